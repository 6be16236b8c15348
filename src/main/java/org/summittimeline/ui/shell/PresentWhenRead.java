package org.summittimeline.ui.shell;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Texts;

/**
 * Present ▸ From the Start, From the Current Event and the presenter view. Asked for while a file is still read,
 * the presentation starts as asked once the whole file is on screen, since its lesson steps come after the quotes;
 * a file that does not open takes the request with it.
 */
final class PresentWhenRead {
    /** How the presentation was asked for: F5, Shift+F5, Ctrl+F5. */
    enum Way { FROM_START, FROM_SELECTION, PRESENTER_VIEW }

    private final AppState state;
    private final Runnable start;
    private final BooleanSupplier running;
    private final Runnable presenterView;
    private final BooleanSupplier reading;
    private final Consumer<String> notify;
    private Way pending;

    /**
     * {@code start}: the presentation's; {@code running}: one is running; {@code presenterView}: turns on the
     * presenter's overlay of a running one; {@code reading}: a file is being read; {@code notify}: a note shown over
     * the window.
     */
    PresentWhenRead(AppState state, Runnable start, BooleanSupplier running, Runnable presenterView,
                    BooleanSupplier reading, Consumer<String> notify) {
        this.state = state;
        this.start = start;
        this.running = running;
        this.presenterView = presenterView;
        this.reading = reading;
        this.notify = notify;
    }

    void present(Way way) {
        if (state.query() == null || state.query().areQuotesStillReading()) {
            pending = way;
            if (reading.getAsBoolean() || state.query() != null) {
                notify.accept(Texts.get("present.waiting"));
            }
            return;
        }
        // Pressed in the viewer while a presentation runs on the other screen, F5 and Ctrl+F5 start nothing new, and
        // the viewer keeps its selection (it had been cleared); Ctrl+F5 still shows the presenter's band.
        if (!running.getAsBoolean()) {
            // Ctrl+F5 is F5 with the presenter's band: from the first step too (it had started at the selection).
            if (way == Way.FROM_START || way == Way.PRESENTER_VIEW) {
                state.selectedEventProperty().set(null);
            }
            start.run();
        }
        if (way == Way.PRESENTER_VIEW && running.getAsBoolean()) {
            presenterView.run();
        }
    }

    /** The whole file is on screen: a presentation asked for meanwhile starts, as it was asked for. */
    void wholeFileShown() {
        Way asked = pending;
        pending = null;
        if (asked != null) {
            present(asked);
        }
    }

    /** The file did not open (cancelled, failed, or with errors): an F5 pressed while it was read was for it. */
    void forget() {
        pending = null;
    }
}
