package org.summittimeline.ui.shell;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.ui.Screens;
import org.summittimeline.ui.TextWidth;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.VisibleFocus;

/** Help ▸ Keyboard shortcuts, Help ▸ About, and View ▸ Other Zone: the window's small secondary windows. */
final class HelpWindows {
    /** The libraries the program ships with and their licences, for the About box. */
    static final List<String> LIBRARIES = List.of(
            Texts.get("window.about.library.javafx"),
            "ControlsFX 11 \u2014 BSD 3-Clause",
            "AtlantaFX 2 \u2014 MIT",
            Texts.get("window.about.library.ikonli"),
            Texts.get("window.about.library.gson"),
            Texts.get("window.about.library.csv"),
            Texts.get("window.about.library.citeproc"),
            Texts.get("window.about.library.cslLocales"),
            "jbibtex, ANTLR 4 runtime \u2014 BSD 3-Clause",
            Texts.get("window.about.library.jsoup"),
            Texts.get("window.about.library.commonmark"),
            Texts.get("window.about.library.pdfbox"));

    /**
     * The keyboard help's width in letters' heights of its type (980 px at the designed 14 px), as far as the screen
     * allows. At 54 (760 px) the descriptions' column was 420 px and the first row's wrapped five lines deep, half a
     * 1280 × 720 screen empty beside the window.
     */
    static final double SHORTCUTS_EMS = 70;

    private HelpWindows() {
    }

    static Stage shortcuts(Window owner) {
        return shortcuts(owner, false, owner);
    }

    /**
     * {@code presenting}: asked for in a presentation, whose keys then come first; {@code styledLike}: the window
     * whose stylesheets, the type's size among them, it takes (a presentation's scenes have none of the viewer's).
     */
    static Stage shortcuts(Window owner, boolean presenting, Window styledLike) {
        VBox viewer = section(Texts.get("window.help.viewer"), KeyTable.viewer());
        VBox presentation = section(Texts.get("window.help.presentation"), KeyTable.presentation());
        VBox content = presenting ? new VBox(14, presentation, viewer) : new VBox(14, viewer, presentation);
        content.setPadding(new Insets(16, 16, 24, 16));
        content.setId("shortcuts");
        Stage stage = new Stage();
        Button close = new Button(Texts.get("window.help.close"));
        close.setId("shortcuts-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.getStyleClass().add("window-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 16, 12, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setBottom(buttons);
        if (presenting) {
            // An edge of its own over the slides: where no window manager draws a frame (a classroom's kiosk), the
            // dark window ran into the black slide around it with nothing to say where it ended.
            root.setStyle("-fx-border-color: -color-fg-subtle; -fx-border-width: 2;");
            root.setId("shortcuts-over-slides");
        }
        // The focus stands on Close: Page Down, Down, End and Home scroll the table from it (from the keyboard only
        // the first ten rows could be read).
        scrollWithKeys(root, scroll, content);
        stage.setTitle(Texts.get("window.help.shortcutsTitle"));
        // As tall as the screen allows, less the window's frame (the table is longer than any screen): at 1920x1080
        // it kept 600 pixels and scrolled.
        Rectangle2D screen = Screens.visibleBoundsOf(owner);
        stage.setScene(new Scene(root, 760, Math.max(400, Math.min(1000, screen.getHeight() - WINDOW_FRAME))));
        Theme.fillWhenShown(stage);
        stage.setOnShown(e -> VisibleFocus.request(close));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                stage.close();
            }
        });
        if (owner != null) {
            stage.initOwner(owner);
            stage.getScene().getStylesheets().addAll((styledLike != null ? styledLike : owner).getScene()
                    .getStylesheets());
            // SHORTCUTS_EMS letters' heights of its type wide, as far as the screen allows: in pixels, at 250 % it
            // stayed 760 px on a 1280-pixel screen, its keys wrapped four lines deep.
            root.applyCss();
            Screens.widenToType(stage, SHORTCUTS_EMS, close.getFont().getSize(), screen);
        }
        return stage;
    }

    private static VBox section(String title, List<KeyTable.Row> rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.getStyleClass().add("key-table");
        grid.setVgap(6);
        // Each column as narrow as the window makes it, but never narrower than its longest word (a menu's path,
        // joined by no-break spaces, is one): squeezed, at 250 % the keys had broken inside "Strg+Umschalt+E," and,
        // with the keys' column held at its width, the explanations inside "Citation Style".
        ColumnConstraints keysColumn = new ColumnConstraints();
        ColumnConstraints whatColumn = new ColumnConstraints();
        grid.getColumnConstraints().addAll(keysColumn, whatColumn);
        List<Label> keyLabels = new ArrayList<>();
        List<Label> whatLabels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Label keys = new Label(KeyTable.unbroken(rows.get(i).keys()));
            keys.getStyleClass().add("text-bold");
            keys.setWrapText(true);
            // In letters' heights (260 and 616 px at the designed size): in pixels, the columns kept their width at
            // 250 % in the wider window, and the keys wrapped four lines deep beside an empty half.
            keys.setStyle("-fx-max-width: " + KEYS_EMS + "em;");
            Label what = new Label(rows.get(i).what().replace("`", ""));
            what.setWrapText(true);
            what.setStyle("-fx-max-width: 44em;");
            grid.addRow(i, keys, what);
            // Both from the row's top: centred, a one-line key stood half-way down beside the first line of a
            // description that wraps, as if it named the second.
            GridPane.setValignment(keys, VPos.TOP);
            GridPane.setValignment(what, VPos.TOP);
            keyLabels.add(keys);
            whatLabels.add(what);
        }
        // Measured in the first label's new font, which all of its column share: the others are styled after it.
        Runnable fit = () -> fitColumns(grid, keyLabels, whatLabels);
        keyLabels.get(0).fontProperty().addListener(o -> fit.run());
        whatLabels.get(0).fontProperty().addListener(o -> fit.run());
        grid.widthProperty().addListener(o -> fit.run());
        return new VBox(8, heading, grid);
    }

    /**
     * The keys' column at least {@link #KEYS_SHARE} of the table, as far as its designed width and the explanations'
     * longest word allow, and never narrower than its own longest word. Held at that word alone, at 250 % the grid's
     * shrinking took both columns down by the same amount and the keys stood one word a line ("Right," "Down,"
     * "Page" … nine lines) beside a single line of what they do.
     */
    private static void fitColumns(GridPane grid, List<Label> keyLabels, List<Label> whatLabels) {
        Font keysFont = keyLabels.get(0).getFont();
        double keysWord = longestWord(keyLabels, keysFont);
        double whatWord = longestWord(whatLabels, whatLabels.get(0).getFont());
        double share = Math.min(KEYS_EMS * keysFont.getSize(),
                Math.min(KEYS_SHARE * grid.getWidth(), grid.getWidth() - grid.getHgap() - whatWord));
        grid.getColumnConstraints().get(0).setMinWidth(Math.max(keysWord, share));
        grid.getColumnConstraints().get(1).setMinWidth(whatWord);
    }

    /** The keys' column's designed width, in letters' heights of its type (260 px at the designed 14 px). */
    private static final double KEYS_EMS = 18.6;
    /** The least part of the table's width the keys' column takes where the type is too large for both columns. */
    static final double KEYS_SHARE = 0.3;

    /** The width of the longest word of {@code labels} in {@code font}: a line breaks at a space, not at a no-break one. */
    private static double longestWord(List<Label> labels, Font font) {
        List<String> words = new ArrayList<>();
        for (Label label : labels) {
            words.addAll(Arrays.asList(label.getText().split("[ \\t\\n]+")));
        }
        return Math.ceil(TextWidth.widest(words, font));
    }

    /** Page Down / Up, Down / Up, End and Home scroll {@code scroll}'s {@code content} wherever in {@code root} the focus is. */
    private static void scrollWithKeys(Node root, ScrollPane scroll, Region content) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            double page = scroll.getViewportBounds().getHeight();
            double room = content.getHeight() - page;
            double top = scroll.getVvalue() * room;
            double step = switch (e.getCode()) {
                case PAGE_DOWN, PAGE_UP -> PageLines.pagedTo(top, page, room, e.getCode() == KeyCode.PAGE_DOWN,
                        lines(content)) - top;
                case DOWN -> 40;
                case UP -> -40;
                case END -> room;
                case HOME -> -room;
                default -> 0;
            };
            if (step != 0 && room > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + step / room)));
                e.consume();
            }
        });
    }

    /** Where each of {@code content}'s labels stands in it, top and bottom: the lines Page Down keeps whole. */
    private static List<double[]> lines(Region content) {
        List<double[]> lines = new ArrayList<>();
        for (Node label : content.lookupAll(".label")) {
            Bounds at = content.sceneToLocal(label.localToScene(label.getLayoutBounds()));
            lines.add(new double[] {at.getMinY(), at.getMaxY()});
        }
        return lines;
    }

    /** Help ▸ About, with the version the jar's manifest gives (none in a build from the IDE). */
    static void about(Window owner) {
        String version = HelpWindows.class.getPackage().getImplementationVersion();
        about(owner, version == null ? Texts.get("window.about.devBuild") : version);
    }

    static void about(Window owner, String version) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        StockButtons.inTheProgramsWords(about);
        about.setTitle(Texts.get("window.about.title"));
        about.setHeaderText(Texts.format("window.about.header", version));
        VBox text = new VBox(0);
        text.setId("about-text");
        text.getChildren().addAll(aboutLine(Texts.get("window.about.intro"), 0, 0),
                aboutLine(Texts.get("window.about.licence"), 0, 10), aboutLine(Texts.get("window.about.libraries"), 0, 10));
        // One label a library, indented as a whole: a licence wrapped onto the next line had begun at the margin
        // and read as another library.
        for (String library : LIBRARIES) {
            text.getChildren().add(aboutLine(library, 16, 0));
        }
        text.getChildren().addAll(aboutLine(Texts.get("cite.about"), 0, 10), aboutLine(Texts.get("window.about.data"), 0, 10));
        text.setPrefWidth(ABOUT_WIDTH);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        // At 1280x720 the whole text was taller than the screen: the heading and OK stood off it, with no scroll
        // bar. The text scrolls within the room the screen leaves beside the heading and the button.
        Rectangle2D screen = Screens.visibleBoundsOf(owner);
        scroll.setPrefViewportHeight(Math.min(text.prefHeight(ABOUT_WIDTH), screen.getHeight() - ABOUT_FRAME));
        scroll.setMaxHeight(screen.getHeight() - ABOUT_FRAME);
        about.getDialogPane().setContent(scroll);
        // The focus stands on OK, so the text's own keys never reached it: Page Down, Down and the rest scroll it
        // from wherever the focus is (the data's licence, last, could not be read without the mouse).
        scrollWithKeys(about.getDialogPane(), scroll, text);
        about.getDialogPane().setMaxWidth(ABOUT_WIDTH + 60);
        about.getDialogPane().setId("about");
        about.setResizable(true);
        if (owner != null) {
            about.initOwner(owner);
        }
        VisibleFocus.whenOpened(about);
        about.show();
    }

    /** The text's width in About: wide enough that no library's line wraps at the default type. */
    private static final double ABOUT_WIDTH = 600;
    /** What About's heading, button and window frame take of the screen's height. */
    static final double ABOUT_FRAME = 200;
    /** A window's title bar and border, which the screen's room for a scene leaves out. */
    static final double WINDOW_FRAME = 80;

    private static Label aboutLine(String words, double indent, double above) {
        Label line = new Label(words);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.setPadding(new Insets(above, 0, 0, indent));
        return line;
    }

    /**
     * A searchable list of every zone Java knows; the chosen one, or empty. For the second axis ({@code second}) it
     * says so: it had promised that every time would be shown in the zone, and the main axis stayed as it was.
     */
    static Optional<ZoneId> chooseZone(Window owner, boolean second) {
        Dialog<ZoneId> dialog = new Dialog<>();
        dialog.setTitle(Texts.get(second ? "window.zone.titleSecond" : "window.zone.title"));
        dialog.setHeaderText(Texts.get(second ? "window.zone.headerSecond" : "window.zone.header"));
        TextField filter = new TextField();
        filter.setId("zone-filter");
        filter.setPromptText(Texts.get("window.zone.prompt"));
        // The field has the focus from the start, and the theme hides a focused field's prompt: the dialog showed
        // an empty box with nothing to say what to type.
        filter.setStyle("-fx-prompt-text-fill: -color-fg-muted;");
        ListView<ZoneId> list = new ListView<>();
        list.setId("zone-list");
        list.getItems().setAll(ZoneChoices.search(""));
        Label none = new Label();
        none.setId("zone-none");
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        list.setPlaceholder(none);
        // The first match is chosen as the list narrows, so typing a city and pressing Enter is enough.
        filter.textProperty().addListener((obs, old, text) -> {
            list.getItems().setAll(ZoneChoices.search(text));
            list.getSelectionModel().selectFirst();
            // An empty list said nothing: OK greyed, and no word of why.
            none.setText(Texts.format("window.zone.none", text.trim()));
        });
        dialog.setOnShown(e -> filter.requestFocus());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ZoneId z, boolean empty) {
                super.updateItem(z, empty);
                String other = empty || z == null ? null : ZoneChoices.alsoCalled(z.getId(), filter.getText());
                // Found by another name ("Beijing"): the row says so, or it seemed to answer another question.
                setText(empty || z == null ? null : other == null ? ZoneChoices.label(z)
                        : Texts.format("window.zone.alsoCalled", ZoneChoices.label(z), other));
            }
        });
        VBox box = new VBox(8, filter, list);
        box.setPrefSize(420, 420);
        DialogParts.okCancel(dialog, box, owner);
        // OK with no zone chosen did nothing and said nothing: it waits for one.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
