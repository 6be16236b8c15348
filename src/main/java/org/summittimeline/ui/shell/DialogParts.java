package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.ui.CsvSeparator;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Screens;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;

/** What the export dialogs share: their choices, their Export… and Cancel, and the question where to save. */
final class DialogParts {
    /** Above a dialog's buttons: the theme's 2 em at the designed type (14 px). */
    static final double DESIGNED_GAP = 28;
    /** A window's title bar and a little room above and below the dialog, in pixels. */
    private static final double TITLE_AND_MARGIN = 80;

    /**
     * Gives the choices their margin: as far in as the header's words and the buttons' edge, in letters' heights as
     * theirs are, so at any text size. With 8 pixels a side the "to" field ran to within a few pixels of the
     * dialog's edge, 6 further out than the Export… button below it.
     */
    static <T extends Region> T padded(T content) {
        // Below, room for the ring a focused last choice draws outside itself: the scrolling view clips at its edge.
        content.setStyle("-fx-padding: 0.57em 1em 0.3em 1em;");
        return content;
    }

    private DialogParts() {
    }

    /** One choice of a group; its text is shown as written (an underscore in a file's name stays). */
    static RadioButton radio(ToggleGroup group, String id, String text, boolean selected) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(selected);
        b.setMnemonicParsing(false);
        // Wrapped where the dialog is narrower than its words; no wider than they are, so that its focus ring
        // stays round them.
        b.setWrapText(true);
        b.setAlignment(Pos.TOP_LEFT);
        return b;
    }

    /**
     * A tick's or a note's words wrapped at about 33 letters' heights (460 px at the designed size), at any text
     * size: at a fixed 460 px they stood in a narrow column at the largest type.
     */
    static <T extends Labeled> T wrapped(T words) {
        words.setWrapText(true);
        // A box beside its first line, not the middle of its lines: at 250 % a choice's first line showed at the
        // scrolled view's foot with its box below it, out of sight, and read as plain text (a new user's walk).
        words.setAlignment(Pos.TOP_LEFT);
        words.setStyle(words.getStyle() + "-fx-max-width: 33em;");
        return words;
    }

    /**
     * The CSV exports' choice of a byte-order mark, ticked: spreadsheet programs need it to read UTF-8 (¶ and
     * accents); other tools may read it as part of the first column's name, so it can be left out.
     */
    static CheckBox byteOrderMark(String id) {
        CheckBox bom = new CheckBox(Texts.get("export.bom"));
        bom.setId(id);
        bom.setSelected(true);
        return wrapped(bom);
    }

    /** Semicolons between the columns: ticked at first in a German window, where Excel expects them. */
    static CheckBox semicolons(String id) {
        CheckBox box = new CheckBox(Texts.get("export.semicolons"));
        box.setId(id);
        box.setSelected(CsvSeparator.preferred() == ';');
        return wrapped(box);
    }

    /** The separator {@code semicolons} chose. */
    static char separator(CheckBox semicolons) {
        return semicolons.isSelected() ? ';' : ',';
    }

    /** Gives {@code dialog} its content, OK and Cancel, and its window; the caller shows it. */
    static void okCancel(Dialog<?> dialog, Node content, Window owner) {
        withButtons(dialog, content, owner, ButtonType.OK);
    }

    /**
     * Gives an export dialog its content, Export… and Cancel, and its window; the caller shows it. The button that
     * goes on to the question where to save is named for what it does, with the dots that say more is asked (it
     * read "OK", which said nothing of a file to come).
     */
    static void exportCancel(Dialog<?> dialog, Node content, Window owner) {
        // As tall as its words need, up to its screen's height less room for the window's title: at 250 % the
        // sources' and the image's dialogs ran below a 720-pixel screen with Cancel and Export… under its edge. What
        // does not fit scrolls; the header and the buttons stay.
        withButtons(dialog, scrolling(content), owner,
                new ButtonType(Texts.get("export.button"), ButtonBar.ButtonData.OK_DONE));
        if (owner != null) {
            // The theme holds a dialog to 600 px, at any text size: at the largest type the export's choices wrapped
            // in a column and one ended in "(…". As wide as its words need, up to its window's width less a margin
            // (a width in letters, 43 em, had run the image's dialog past both edges of a 1280-pixel screen at
            // 250 %). (A style, as the theme's rule is: it outweighs a width set in code.)
            double widest = Math.round(Math.max(600, owner.getWidth() - 40));
            double tallest = Math.round(Math.max(300, Screens.visibleBoundsOf(owner).getHeight() - TITLE_AND_MARGIN));
            DialogPane pane = dialog.getDialogPane();
            pane.setStyle(pane.getStyle() + "-fx-max-width: " + widest + "px; -fx-max-height: " + tallest + "px;");
            // The dialog is centred on its window by its preferred size, which its largest size does not bound: at
            // 250 % it was placed for 922 px, its header above the screen's top edge. Held to the bounds here.
            dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
                pane.applyCss();
                double width = Math.min(pane.prefWidth(-1), widest);
                if (pane.prefWidth(-1) > widest) {
                    pane.setPrefWidth(widest);
                }
                if (pane.prefHeight(width) > tallest) {
                    pane.getStyleClass().add("held-short");
                    pane.applyCss();
                    pane.setPrefHeight(tallest - cutChoice(pane, (ScrollPane) pane.getContent(), width, tallest));
                } else if (pane.lookup(".button-bar > .container") instanceof Region buttons) {
                    // The theme's 2 em above the buttons, no more than at the designed type: at 250 % a band of
                    // 100 px stood empty between the last choice and Export… (a new user's walk at 1920×1080).
                    Insets in = buttons.getPadding();
                    buttons.setPadding(new Insets(Math.min(in.getTop(), DESIGNED_GAP), in.getRight(), in.getBottom(),
                            in.getLeft()));
                }
            });
            Screens.keepOnScreen(dialog);
        }
    }

    /**
     * How much shorter than {@code height} the dialog is to be so that its scrolled choices end between two of them,
     * not through one: at 250 % the view's edge ran through a choice's words. Nothing where the choice cut is taller
     * than half the view.
     */
    private static double cutChoice(DialogPane pane, ScrollPane scroller, double width, double height) {
        pane.resize(width, height);
        pane.layout();
        scroller.layout();
        Node content = scroller.getContent();
        double edge = scroller.getViewportBounds().getHeight();
        double top = edge;
        for (Node n : content.lookupAll("*")) {
            if (n instanceof Control && n != content && n.isVisible()) {
                Bounds at = content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
                if (at.getMinY() < edge && at.getMaxY() > edge) {
                    top = Math.min(top, at.getMinY());
                }
            }
        }
        return edge - top < edge / 2 ? Math.ceil(edge - top) : 0;
    }

    /** Content that scrolls up and down when the dialog is held shorter than it, and is never scrolled sideways. */
    private static ScrollPane scrolling(Node content) {
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("edge-to-edge");
        return scroller;
    }

    /** Whether {@code button} is an export dialog's Export… (or another dialog's OK). */
    static boolean isGo(ButtonType button) {
        return button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    /** The dialog's Export… (or OK) button. */
    static Node goButton(Dialog<?> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream().filter(DialogParts::isGo).findFirst()
                .map(dialog.getDialogPane()::lookupButton).orElseThrow();
    }

    private static void withButtons(Dialog<?> dialog, Node content, Window owner, ButtonType go) {
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        StockButtons.inTheProgramsWords(dialog);
        VisibleFocus.whenOpened(dialog);
        if (owner != null) {
            dialog.initOwner(owner);
        }
    }

    /** Shows an export dialog and waits: true when the reader chose Export…. */
    static boolean confirmed(Dialog<ButtonType> dialog) {
        return dialog.showAndWait().filter(DialogParts::isGo).isPresent();
    }

    /**
     * Asks where to save, offering {@code suggested} and files of one kind ("CSV", "csv"), in the folder saved to
     * last ({@link SaveFolder}); empty on Cancel.
     */
    static Optional<Path> saveAs(Window owner, SaveFolder folder, String title, String suggested, String kind,
                                 String extension) {
        return folder.ask(owner, title, suggested, new FileChooser.ExtensionFilter(kind + " (*." + extension + ")",
                "*." + extension));
    }
}
