package org.summittimeline.ui.shell;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;

/**
 * The zones the toolbar and View ▸ Time Zone offer: the timeline's own, the computer's, UTC, and every zone the
 * reader chose in View ▸ Other Zone or View ▸ Second Axis ▸ Other Zone during this run. Both lists follow the timeline and the chosen zones.
 */
final class ZoneOffer {
    private final AppState state;
    private final ShellToolbar toolbar;
    private final ShellMenuBar menu;
    private final Supplier<Window> window;
    private final List<ZoneId> chosen = new ArrayList<>();

    ZoneOffer(AppState state, ShellToolbar toolbar, ShellMenuBar menu, Supplier<Window> window) {
        this.state = state;
        this.toolbar = toolbar;
        this.menu = menu;
        this.window = window;
        state.queryProperty().addListener((obs, old, q) -> show());
        state.zoneProperty().addListener((obs, old, z) -> show());
        state.secondZoneProperty().addListener((obs, old, z) -> show());
    }

    /** View ▸ Other Zone: any zone Java knows, offered from then on beside the others. */
    void chooseOther() {
        HelpWindows.chooseZone(window.get(), false).ifPresent(z -> {
            remember(z);
            state.zoneProperty().set(z);
        });
    }

    /**
     * View ▸ Second Axis ▸ Other Zone: any zone for the second axis, offered from then on in both lists. The main
     * axis's own zone is not shown twice: choosing it leaves the second axis as it was.
     */
    void chooseOtherSecond() {
        HelpWindows.chooseZone(window.get(), true).ifPresent(z -> {
            remember(z);
            ZoneId main = state.zoneProperty().get() != null ? state.zoneProperty().get()
                    : state.query() == null ? null : state.query().timeline().zone();
            if (!z.equals(main)) {
                state.secondZoneProperty().set(z);
            }
        });
    }

    private void remember(ZoneId z) {
        if (!chosen.contains(z)) {
            chosen.add(z);
        }
        show();
    }

    private void show() {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        var choices = ZoneChoices.forAxis(q.timeline(), ZoneId.systemDefault(), chosen);
        toolbar.showZones(choices, state.zoneProperty().get());
        menu.showZones(choices, state.zoneProperty().get(), state.secondZoneProperty().get(), this::chooseOtherSecond);
    }
}
