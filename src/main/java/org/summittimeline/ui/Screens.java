package org.summittimeline.ui;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The screen a window stands on, and dialogs kept on it. Written once here: the help windows, the export dialogs,
 * the Add to Lesson dialog and the format guide each had their own copy, each taking the first screen a window
 * touched, which for a window across two screens may be the one it barely reaches.
 */
public final class Screens {
    private Screens() {
    }

    /**
     * The index of the screen that shares the largest area with {@code window}; -1 where it shares none with any.
     * A window that only touches a screen's edge shares no area with it.
     */
    public static int mostOverlapped(List<Rectangle2D> screens, Rectangle2D window) {
        int best = -1;
        double bestArea = 0;
        for (int i = 0; i < screens.size(); i++) {
            Rectangle2D s = screens.get(i);
            double w = Math.min(s.getMaxX(), window.getMaxX()) - Math.max(s.getMinX(), window.getMinX());
            double h = Math.min(s.getMaxY(), window.getMaxY()) - Math.max(s.getMinY(), window.getMinY());
            if (w > 0 && h > 0 && w * h > bestArea) {
                best = i;
                bestArea = w * h;
            }
        }
        return best;
    }

    /** The screen most of {@code window} stands on: the main screen without a window, or where it stands on none. */
    public static Screen of(Window window) {
        if (window == null) {
            return Screen.getPrimary();
        }
        List<Screen> all = Screen.getScreens();
        int at = mostOverlapped(all.stream().map(Screen::getBounds).toList(), new Rectangle2D(window.getX(),
                window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight())));
        return at < 0 ? Screen.getPrimary() : all.get(at);
    }

    /** The part of that screen that windows may take: without the task bar and the like. */
    public static Rectangle2D visibleBoundsOf(Window window) {
        return of(window).getVisualBounds();
    }

    /**
     * Widens {@code stage}, not yet shown, to {@code ems} letters' heights of its type, {@code type} pixels, as far
     * as nine tenths of {@code screen} allow; never narrower than its scene was made. The help windows' widths were
     * set in pixels for the designed type, and at 250 % their text stood wrapped in a narrow column.
     */
    public static void widenToType(Stage stage, double ems, double type, Rectangle2D screen) {
        double wide = Math.min(screen.getWidth() * 0.9, ems * type);
        if (wide > stage.getScene().getWidth()) {
            stage.setWidth(wide);
        }
    }

    /**
     * Where a window {@code size} wide (or high) that JavaFX put at {@code at} stands within {@code lower} to
     * {@code upper}: moved in as little as it takes, and to {@code lower} where it is larger than the room.
     */
    public static double within(double at, double size, double lower, double upper) {
        return Math.max(lower, Math.min(at, upper - size));
    }

    /**
     * Moves {@code dialog}, once its window is placed and whenever its size changes, onto its owner's screen where
     * it stands partly off: a dialog is centred on its owner, and an owner low on a large screen, or half off it,
     * took the dialog's buttons below the screen's bottom edge with it. (Moved by the reader to another screen, it is
     * kept on that one.)
     */
    public static void keepOnScreen(Dialog<?> dialog) {
        // Placed, on its owner's screen; grown later, on the screen it stands on, where the reader may have moved it.
        EventHandler<WindowEvent> placed = e -> onScreen(dialog, visibleBoundsOf(dialog.getOwner()));
        InvalidationListener resized = o -> onScreen(dialog,
                visibleBoundsOf(dialog.getDialogPane().getScene().getWindow()));
        // On its window's showing, not on the dialog's DIALOG_SHOWN: JavaFX fires that before it places the window;
        // and on later sizes too, as its content's first layout can make it taller after it shows.
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.widthProperty().removeListener(resized);
            window.heightProperty().removeListener(resized);
            window.widthProperty().addListener(resized);
            window.heightProperty().addListener(resized);
            window.removeEventHandler(WindowEvent.WINDOW_SHOWN, placed);
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, placed);
        });
    }

    private static void onScreen(Dialog<?> dialog, Rectangle2D screen) {
        Window shown = dialog.getDialogPane().getScene().getWindow();
        if (!shown.isShowing()) {
            return;
        }
        double x = within(shown.getX(), shown.getWidth(), screen.getMinX(), screen.getMaxX());
        double y = within(shown.getY(), shown.getHeight(), screen.getMinY(), screen.getMaxY());
        if (x != shown.getX()) {
            shown.setX(x);
        }
        if (y != shown.getY()) {
            shown.setY(y);
        }
    }

    /**
     * Moves {@code stage}'s top down to {@code top} where it stands above it, its foot kept where it is; where that
     * would leave it lower than {@code leastHeight}, it stays as it is.
     */
    public static void moveBelow(Stage stage, double top, double leastHeight) {
        double foot = stage.getY() + stage.getHeight();
        if (stage.getY() < top && foot - top >= leastHeight) {
            stage.setY(top);
            stage.setHeight(foot - top);
        }
    }
}
