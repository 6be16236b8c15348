package org.summittimeline.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/**
 * JavaFX's own dialog buttons (Cancel, Close, OK), named in the program's language and kept whole. JavaFX names
 * them in the language of the system it runs on, so the German interface had "Cancel" in every dialog; and its
 * button bar's skin, made in the dialog's first style pass, gives each button the bar's least width for its own,
 * so that a narrow dialog squeezed them: at 177 % the German question before closing read "Nicht spe…".
 */
public final class StockButtons {
    private static final Map<ButtonType, String> NAMES = Map.of(ButtonType.CANCEL, "dialog.cancel",
            ButtonType.CLOSE, "dialog.close", ButtonType.OK, "dialog.ok");

    private StockButtons() {
    }

    /** Names and sizes {@code dialog}'s buttons as it is shown, whatever buttons it was given by then. */
    public static void inTheProgramsWords(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> name(dialog.getDialogPane()));
    }

    static void name(DialogPane pane) {
        // The bar's skin, made in the first style pass, gives each button the bar's least width for its own; made
        // now, so that the least widths set below stay.
        pane.applyCss();
        for (ButtonType type : pane.getButtonTypes()) {
            Node node = pane.lookupButton(type);
            String key = NAMES.get(type);
            if (key != null && node instanceof Button button) {
                button.setText(Texts.get(key));
            }
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
