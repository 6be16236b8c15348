package org.summittimeline.ui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.ui.FxBackgroundWork;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;

/**
 * What the reader sees when something fails that nothing else caught: the message in a dialog with "Copy
 * details" (the whole trace, for a bug report), while the log keeps the detail and the program stays usable.
 */
public final class ErrorDialog {
    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());
    private static boolean showing;

    private ErrorDialog() {
    }

    /**
     * Makes {@link #show} the handler of every exception nothing caught, on any thread: a worker's, and the UI
     * thread's, where JavaFX hands on what an event handler or a pulse threw.
     */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(ErrorDialog::show);
    }

    /** For {@code Thread.setDefaultUncaughtExceptionHandler}: logs at once, shows on the UI thread. */
    public static void show(Thread thread, Throwable e) {
        LOG.log(Level.SEVERE, "uncaught on " + thread.getName(), e);
        FxBackgroundWork.onUiThread(() -> open(e));
    }

    /** What the dialog says: the kind of failure and its message, without a trace. */
    static String message(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Texts.format("error.message", text);
    }

    private static void open(Throwable e) {
        // One dialog at a time: a failure that repeats on every frame must not bury the window in dialogs.
        if (showing) {
            return;
        }
        showing = true;
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            StockButtons.inTheProgramsWords(alert);
            VisibleFocus.whenOpened(alert);
            alert.setTitle(Texts.get("error.title"));
            alert.setHeaderText(Texts.get("error.header"));
            alert.setContentText(message(e));
            ButtonType copy = new ButtonType(Texts.get("error.copy"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
            alert.showAndWait().filter(b -> b == copy).ifPresent(b -> {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                ClipboardContent content = new ClipboardContent();
                content.putString(trace.toString());
                Clipboard.getSystemClipboard().setContent(content);
            });
        } finally {
            showing = false;
        }
    }
}
