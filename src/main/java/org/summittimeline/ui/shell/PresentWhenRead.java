package org.summittimeline.ui.shell;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Texts;

/**
 * Present ▸ From the Start, From the Current Event and the presenter view. Pressed while a file is still read,
 * the presentation starts once the whole file is on screen, since its lesson steps come after the quotes.
 */
final class PresentWhenRead {
    private final AppState state;
    private final Runnable start;
    private final BooleanSupplier reading;
    private final Consumer<String> notify;
    private boolean pending;

    /** {@code start}: the presentation's; {@code reading}: a file is being read; {@code notify}: a note shown. */
    PresentWhenRead(AppState state, Runnable start, BooleanSupplier reading, Consumer<String> notify) {
        this.state = state;
        this.start = start;
        this.reading = reading;
        this.notify = notify;
    }

    void present(boolean fromSelection) {
        if (state.query() == null || state.query().areQuotesStillReading()) {
            pending = true;
            if (reading.getAsBoolean() || state.query() != null) {
                notify.accept(Texts.get("present.waiting"));
            }
            return;
        }
        if (!fromSelection) {
            state.selectedEventProperty().set(null);
        }
        start.run();
    }

    /** The whole file is on screen: a presentation asked for meanwhile starts, from the selected event. */
    void wholeFileShown() {
        if (pending) {
            pending = false;
            present(true);
        }
    }

    /** The file did not open: an F5 pressed while it was read was for it. */
    void forget() {
        pending = false;
    }
}
