package org.summittimeline.ui.help;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Screens;
import org.summittimeline.ui.TextWidth;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.WrappingCell;

/**
 * Help ▸ Timeline File Format: the format's description (docs/FORMAT.md, which the jar carries) in a window of its
 * own, with its sections listed beside it, and the JSON Schema to save for an editor. A researcher who writes a
 * timeline by hand, or is told by the problems list what to correct, has the rules at hand in the installed
 * program, which ships no docs folder.
 */
public final class FormatGuide {
    /** The guide open for each window (the UI thread's alone). */
    private static final Map<Window, Stage> OPEN = new WeakHashMap<>();
    /** A heading scrolled to stands this far under the page's top (or as near as the page's end allows). */
    static final double HEADING_ROOM = 8;

    private final Stage stage = new Stage();
    private final MarkdownPage page;
    private final ScrollPane scroll;
    private final ListView<MarkdownPage.Section> contents = new ListView<>();
    /** The sections the list offers (the page's second and third levels), whatever Find narrows it to. */
    private final List<MarkdownPage.Section> sections;
    private final Label note = new Label();
    private final TextField find = new TextField();
    private final GuideFind finding;
    /** While the list follows the page's scrolling, its selection must not scroll the page back. */
    private boolean following;
    /**
     * While a chosen section is brought into view, the list is not to follow: a short section near the end cannot
     * reach the top, and the list chose the one above it instead of the one clicked.
     */
    private boolean jumping;
    /** Where the page was when the guide was last closed: opened again, a reader goes on where they were. */
    private static double lastPosition;

    private FormatGuide(Window owner, SaveFolder folder, UnaryOperator<Path> notToReplace) {
        page = MarkdownPage.of(GuideFiles.resource(GuideFiles.DESCRIPTION), this::copy);
        page.content().setPadding(new Insets(16, 24, 24, 20));
        scroll = new ScrollPane(page.content());
        scroll.setFitToWidth(true);
        scroll.setId("format-guide-page");
        contents.setId("format-guide-contents");
        // Its sections are listed; its one first-level heading (the format's name) heads the page.
        sections = page.sections().stream().filter(s -> s.level() == 2 || s.level() == 3).toList();
        contents.getItems().setAll(sections);
        contents.setCellFactory(list -> new WrappingCell<>() {
            {
                // A click on the section chosen already brings it back to the top after the page was scrolled.
                setOnMouseClicked(e -> {
                    if (getItem() != null) {
                        scrollTo(getItem().node(), HEADING_ROOM);
                    }
                });
            }

            @Override
            protected void updateItem(MarkdownPage.Section section, boolean empty) {
                super.updateItem(section, empty);
                getStyleClass().removeAll("md-contents-sub");
                if (empty || section == null) {
                    setText(null);
                    return;
                }
                setText(section.title());
                setWrapText(true);
                if (section.level() > 2) {
                    getStyleClass().add("md-contents-sub");
                }
            }
        });
        // The keys choose sections too (Up, Down, Home, End).
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null && !following) {
                scrollTo(section.node(), HEADING_ROOM);
            }
        });
        // The list shows which section is being read as the page scrolls.
        scroll.vvalueProperty().addListener(o -> follow());
        find.setId("format-guide-find");
        // The hint whole, shorter where the field has no room for it: at 250 % "Find in the description (Ctrl+F)"
        // was cut to "Find in the de", with no sign that more was cut.
        InvalidationListener hint = o -> find.setPromptText(fittingHint(find, Texts.get("help.format.find"),
                Texts.get("help.format.findShort")));
        find.widthProperty().addListener(hint);
        find.fontProperty().addListener(hint);
        hint.invalidated(null);
        finding = new GuideFind(new FoundWords(page), sections, contents, find, note, this::scrollTo, this::choose,
                () -> {
                    // Find's pieces of text are new: styled and laid out first, or they would be measured in the
                    // default font.
                    page.content().applyCss();
                    scroll.layout();
                    return scroll.getViewportBounds().getHeight();
                });
        find.textProperty().addListener((obs, old, words) -> finding.find(words));
        // Enter the next place, Shift+Enter the one before, as the window's own search steps through events.
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finding.step(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        VBox side = new VBox(6, find, contents);
        side.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(contents, Priority.ALWAYS);
        SplitPane split = new SplitPane(side, scroll);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(side, false);

        Button saveSchema = new Button(Texts.get("help.format.saveSchema"));
        saveSchema.setId("format-guide-save-schema");
        saveSchema.setOnAction(e -> folder.ask(stage, Texts.get("help.format.saveSchemaTitle"), "timeline.schema.json",
                        new FileChooser.ExtensionFilter(Texts.get("help.format.schemaKind"), "*.json"))
                .ifPresent(target -> note.setText(GuideFiles.saveSchema(target, notToReplace.apply(target)))));
        Button close = new Button(Texts.get("window.help.close"));
        close.setId("format-guide-close");
        // Escape closes; Enter does not (it was the list's key to choose a section, and closed the window).
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        note.setId("format-guide-note");
        note.setWrapText(true);
        note.setMinWidth(0);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        // The note wraps and gives way; the buttons keep their words (a long search's note squeezed them to "…").
        saveSchema.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, note, saveSchema, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 16, 12, 16));

        BorderPane root = new BorderPane(split);
        if (!"en".equals(Texts.locale().getLanguage())) {
            Label language = new Label(Texts.get("help.format.englishOnly"));
            language.setId("format-guide-language");
            language.setPadding(new Insets(8, 16, 8, 16));
            language.setMaxWidth(Double.MAX_VALUE);
            language.getStyleClass().add("md-language-note");
            root.setTop(language);
        }
        root.setBottom(buttons);
        root.getStyleClass().add("format-guide");
        stage.setTitle(Texts.get("help.format.title"));
        // Within the screen: at 1280 by 720 a window of 680 pixels stood with its title bar above the screen's top.
        Rectangle2D screen = Screens.visibleBoundsOf(owner);
        // On a large screen larger (at 1920 by 1080 a window of 980 pixels wrapped the example's lines at 60 letters).
        stage.setScene(new Scene(root, Math.min(Math.max(980, screen.getWidth() * 0.6), screen.getWidth() * 0.9),
                Math.min(Math.max(680, screen.getHeight() * 0.8), screen.getHeight() * 0.85)));
        Theme.fillWhenShown(stage);
        // A filter, before the list and the page take the keys: Escape in the list did nothing.
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> scroll.setVvalue(lastPosition));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> lastPosition = scroll.getVvalue());
        String markdown = FormatGuide.class.getResource("markdown.css").toExternalForm();
        if (owner == null) {
            stage.getScene().getStylesheets().add(markdown);
            return;
        }
        stage.initOwner(owner);
        // The owner's sheets, as they change: the text size is one of them, and the guide stays open beside the
        // window while a reader makes the type larger.
        ObservableList<String> ownerSheets = owner.getScene().getStylesheets();
        InvalidationListener sameSheets = o -> {
            List<String> sheets = new ArrayList<>(ownerSheets);
            sheets.add(markdown);
            stage.getScene().getStylesheets().setAll(sheets);
        };
        sameSheets.invalidated(ownerSheets);
        // As wide as seventy letters' heights of its type, as far as the screen allows: 980 pixels at 250 % left the
        // page 700 wide, narrower than a table's words side by side, and the page ran past the window's right edge.
        root.applyCss();
        Screens.widenToType(stage, 70, close.getFont().getSize(), screen);
        ownerSheets.addListener(sameSheets);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ownerSheets.removeListener(sameSheets));
    }

    /**
     * The window, not yet shown. {@code notToReplace} tells, for the file the schema is to be saved to, the file
     * that save must not replace (the timeline on screen), as the window's other saves are told.
     */
    public static Stage window(Window owner, SaveFolder folder, UnaryOperator<Path> notToReplace) {
        return new FormatGuide(owner, folder, notToReplace).stage;
    }

    /**
     * Shows the window: the one open for {@code owner} brought to the front, else a new one. The menu chosen
     * twice had made a second window over the first.
     */
    public static Stage show(Window owner, SaveFolder folder, UnaryOperator<Path> notToReplace) {
        Stage open = OPEN.get(owner);
        if (open == null) {
            open = window(owner, folder, notToReplace);
            Stage made = open;
            OPEN.put(owner, made);
            made.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> OPEN.remove(owner, made));
        }
        open.show();
        open.toFront();
        return open;
    }

    /** Escape and Ctrl+W close; Page Up and Down, Ctrl+Home and Ctrl+End move the page wherever the focus is. */
    private void key(KeyEvent e) {
        boolean shortcut = e.isShortcutDown();
        if (e.getCode() == KeyCode.ESCAPE && find.isFocused() && !find.getText().isEmpty()) {
            find.clear();
        } else if (e.getCode() == KeyCode.ESCAPE || shortcut && e.getCode() == KeyCode.W) {
            stage.close();
        } else if (shortcut && e.getCode() == KeyCode.F) {
            find.requestFocus();
            find.selectAll();
        } else if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) {
            double room = page.content().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                double step = scroll.getViewportBounds().getHeight() * 0.9 / room;
                scroll.setVvalue(Math.max(0, Math.min(1,
                        scroll.getVvalue() + (e.getCode() == KeyCode.PAGE_DOWN ? step : -step))));
            }
        } else if (shortcut && (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END)) {
            scroll.setVvalue(e.getCode() == KeyCode.HOME ? 0 : 1);
        } else {
            return;
        }
        e.consume();
    }

    /** Selects the section whose heading was passed last, as the page is scrolled, without scrolling it. */
    private void follow() {
        if (jumping) {
            return;
        }
        double room = page.content().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        double top = Math.max(0, room) * scroll.getVvalue();
        // A heading in the page's upper third counts as being read: Find shows its place a quarter down, and the
        // list chose the section above the one whose heading it had just shown.
        double reading = top + Math.max(40, scroll.getViewportBounds().getHeight() * 0.3);
        MarkdownPage.Section passed = null;
        for (MarkdownPage.Section section : contents.getItems()) {
            Node node = section.node();
            if (page.content().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY() <= reading) {
                passed = section;
            }
        }
        if (passed != null && passed != contents.getSelectionModel().getSelectedItem()) {
            choose(passed);
        }
    }

    /**
     * Chooses a section in the list without scrolling the page to it (the page is where it should be). The list
     * scrolls as little as it takes to show it: at 250 % Ctrl+End had marked "A complete example" below the list's
     * view, which still showed the first sections, none marked.
     */
    private void choose(MarkdownPage.Section section) {
        following = true;
        contents.getSelectionModel().select(section);
        if (contents.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(contents.getSelectionModel().getSelectedIndex());
        }
        following = false;
    }

    /** Scrolls the page so that {@code node} stands {@code below} pixels under its top, as near as it can. */
    private void scrollTo(Node node, double below) {
        // Find's pieces of text are new: styled first, or they would be laid out (and the place measured) in the
        // default font.
        page.content().applyCss();
        scroll.layout();
        Bounds viewport = scroll.getViewportBounds();
        double height = page.content().getLayoutBounds().getHeight();
        double room = height - viewport.getHeight();
        if (room <= 0) {
            return;
        }
        Bounds at = page.content().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        jumping = true;
        scroll.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - below) / room)));
        jumping = false;
    }

    private void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        note.setText(Texts.get("help.copied"));
    }

    /** The first of {@code hints} that {@code field} has room for, else the last; the first before it is laid out. */
    static String fittingHint(TextField field, String... hints) {
        return field.getWidth() <= 0 ? hints[0] : TextWidth.firstFitting(List.of(hints), field.getFont(),
                field.getWidth() - field.snappedLeftInset() - field.snappedRightInset(), hints[hints.length - 1]);
    }
}
