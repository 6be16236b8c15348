package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing in an open list on a clock of the test's: what a pause, a Space and a closing do to the letters typed. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ListTypeAheadPauseTest {
    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private CheckComboBox<String> box;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        box = new CheckComboBox<>();
        box.getItems().setAll("Donald Trump", "Dmitry Peskov", "Sauli Niinistö", "Oleg Sokolov", "Daria Orlova");
        ListTypeAhead.install(box, clock::get);
        stage.setScene(new Scene(new StackPane(box), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPauseBeginsAnewSpaceAfterItChecksAndAmidANameGoesOn(FxRobot robot) throws TimeoutException {
        ListView<?> list = open(robot);
        Fx.type(KeyCode.D);
        assertEquals("Donald Trump", chosen(list));
        Fx.type(KeyCode.M);
        assertEquals("Dmitry Peskov", chosen(list), "\"dm\" within the second");
        pause();
        Fx.type(KeyCode.N);
        assertEquals("Sauli Niinistö", chosen(list), "after a pause \"n\" alone, a surname's beginning");
        pause();
        Fx.type(KeyCode.SPACE);
        assertEquals(List.of("Sauli Niinistö"), checked(), "Space after the pause checks");
        Fx.type(KeyCode.S, KeyCode.A, KeyCode.U, KeyCode.L, KeyCode.I, KeyCode.SPACE, KeyCode.N);
        assertEquals("Sauli Niinistö", chosen(list));
        assertEquals(List.of("Sauli Niinistö"), checked(), "amid \"sauli n\" Space unchecked nothing");
        // A new beginning looks from the top: Donald Trump, not Daria Orlova after Sauli; the same letter again
        // goes on to the next.
        pause();
        Fx.type(KeyCode.D);
        assertEquals("Donald Trump", chosen(list));
        pause();
        Fx.type(KeyCode.D);
        assertEquals("Dmitry Peskov", chosen(list), "the same letter again: the next");
        // Closed and opened again within the second: "d" is a beginning of its own, from the top, not "dd" going
        // on from Dmitry Peskov to Daria Orlova.
        Fx.interact(box::hide);
        ListView<?> again = open(robot);
        Fx.type(KeyCode.D);
        assertEquals("Donald Trump", chosen(again));
    }

    private ListView<?> open(FxRobot robot) throws TimeoutException {
        Fx.interact(box::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopupWindow && w.isShowing()));
        return (ListView<?>) Window.getWindows().stream().filter(w -> w instanceof PopupWindow p && p.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(ListView.class::isInstance)
                .findFirst().orElseThrow();
    }

    private void pause() {
        clock.addAndGet(ListTypeAhead.PAUSE_NANOS + 1);
    }

    private static Object chosen(ListView<?> list) {
        return Fx.interact(() -> list.getSelectionModel().getSelectedItem());
    }

    private List<String> checked() {
        return Fx.interact(() -> List.copyOf(box.getCheckModel().getCheckedItems()));
    }
}
