package org.summittimeline.ui.lesson;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Labels;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.Screens;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;

/** Asks which of an event's quotes the lesson shows and the teacher's note for the step. */
final class AddToLessonDialog {
    /** The dialog's title bar and a margin above and below it on the screen. */
    private static final double TITLE_AND_MARGIN = 60;

    /** The teacher's choice: the quotes in the order to reveal them, and the note. */
    record Choice(List<String> quoteIds, String notes) {
    }

    private AddToLessonDialog() {
    }

    /**
     * About {@code max} characters, cut after a whole word, so no quote ends mid-word; a text at most a quarter
     * longer stays whole.
     */
    static String shortened(String text, int max) {
        // A cut that leaves out a word or two saves no room and loses the end ("… during their summit in…", the
        // last word "Helsinki"): up to a quarter over, the words stay whole.
        if (text.length() <= max + max / 4) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "\u2026";
    }

    /** How many rows {@code text} wraps to in {@code width}. */
    static int rows(String text, Font font, double width) {
        Text all = new Text(text);
        all.setFont(font);
        all.setWrappingWidth(width);
        Text one = new Text("X");
        one.setFont(font);
        return (int) Math.ceil(all.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight() - 0.01);
    }

    /**
     * The order of reveal after a box is ticked or cleared: a quote ticked goes last, one cleared leaves its place to
     * the next. So the teacher sets the order by ticking, and the numbers beside the boxes say it.
     */
    static void reorder(List<String> order, String quoteId, boolean ticked) {
        order.remove(quoteId);
        if (ticked) {
            order.add(quoteId);
        }
    }

    /**
     * The height the quotes' view asks for: as tall as their {@code lines}, up to three fifths of a screen
     * {@code screen} pixels high, and never so tall that the dialog, {@code rest} pixels without the view, puts its
     * buttons off the screen; a few lines at least, where the screen is too low for all of that.
     */
    static double quotesHeight(double lines, double rest, double screen, double fontSize) {
        double room = Math.min(0.6 * screen, screen - rest - TITLE_AND_MARGIN);
        return Math.min(lines, Math.max(4 * fontSize, room));
    }

    /**
     * The quotes' width: 40 letters' heights, at least 45 % of a screen {@code screen} pixels wide, at most 80 %. A
     * fixed 560 pixels had wrapped the quotes after four words at 200 %, and on a 1920-pixel screen at 146 % the
     * dialog stayed 600 pixels wide, six quotes in view.
     */
    static double quotesWidth(double fontSize, double screen) {
        return Math.min(Math.max(40 * fontSize, 0.45 * screen), 0.8 * screen);
    }

    /**
     * Whether a quotes' view {@code view} pixels high at type {@code fontSize}, for quotes {@code lines} pixels high,
     * is too low to choose in: cut short of them, and under about four quotes of two lines. (A few quotes shown
     * whole are not cut short, however low their view.)
     */
    static boolean isShort(double view, double lines, double fontSize) {
        return view < Math.min(lines, 11 * fontSize) - 0.5;
    }

    /** Sets the quotes' view as high as the dialog leaves room for on the screen, and returns that height. */
    private static double quotesView(Dialog<?> dialog, ScrollPane scroll, double lines, Rectangle2D screen,
            double fontSize) {
        // One pixel, not 0: at 0 the scroll pane asks for its content's whole height.
        scroll.setPrefViewportHeight(1);
        double rest = dialog.getDialogPane().prefHeight(-1) - 1;
        double view = quotesHeight(lines, rest, screen.getHeight(), fontSize);
        scroll.setPrefViewportHeight(view);
        return view;
    }

    /** {@code lesson}: the lesson's steps so far, where the event may be one already. */
    static Optional<Choice> ask(Window owner, Timeline timeline, Event event, List<Quote> quotes,
                                List<PresentationStep> lesson) {
        int alreadyAt = lesson.stream().map(PresentationStep::eventId).toList().indexOf(event.id());
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("lesson.add.title"));
        dialog.setHeaderText(Texts.format("lesson.add.header", event.title()));
        VBox content = new VBox(8);
        content.setId("lesson-add");
        List<CheckBox> boxes = new ArrayList<>();
        if (alreadyAt >= 0) {
            // Said, not refused: a second step of one event can reveal other quotes. Added twice by mistake, two
            // identical steps had followed each other without a word.
            Label again = Labels.wrapped(Texts.format("lesson.add.already", alreadyAt + 1), "lesson-add-already");
            again.setId("lesson-add-already");
            again.getStyleClass().add(Styles.WARNING);
            content.getChildren().add(again);
        }
        content.getChildren().add(Labels.wrapped(quotes.isEmpty() ? Texts.get("lesson.add.noQuotes")
                : Texts.get("lesson.add.quotes"), "lesson-quotes-label"));
        VBox choices = new VBox(6);
        Map<String, Integer> shownBefore = StepAtFirst.shownIn(event, quotes, lesson);
        List<String> ticked = StepAtFirst.tickedAtFirst(timeline, event, quotes, shownBefore);
        List<String> order = new ArrayList<>(ticked);
        List<Label> places = new ArrayList<>();
        Label count = Labels.wrapped("", "lesson-add-count");
        count.setId("lesson-add-count");
        Runnable recount = () -> {
            long chosen = order.size();
            // The step's own click shows the event; each ticked quote takes one more.
            count.setText(Texts.format("lesson.add.count", chosen, boxes.size(), chosen + 1));
            for (int i = 0; i < places.size(); i++) {
                int at = order.indexOf((String) boxes.get(i).getUserData());
                places.get(i).setText(at < 0 ? "" : Integer.toString(at + 1));
            }
        };
        for (Quote q : quotes) {
            String who = timeline.actor(q.speakerId()).map(a -> a.name()).orElse(q.speakerId());
            String words = shortened(q.text(), 140);
            CheckBox box = new CheckBox(Texts.format(q.kind() == QuoteKind.DIRECT ? "lesson.add.direct"
                    : "lesson.add.reported", who, words));
            if (!words.equals(q.text())) {
                // The whole quote on hover, to read before ticking it: cut, Trump's ended "…'I don't see any reason…'".
                Tooltip whole = new Tooltip(who + ": " + q.text());
                whole.setWrapText(true);
                box.setTooltip(whole);
            }
            box.setId("lesson-quote-" + q.id());
            box.setUserData(q.id());
            box.setSelected(ticked.contains(q.id()));
            box.selectedProperty().addListener((o, was, is) -> {
                reorder(order, q.id(), is);
                recount.run();
            });
            box.setWrapText(true);
            // Beside the quote's first line, as every wrapped choice in the dialogs: centred on a long quote's lines,
            // at 250 % its box stood below the view's foot while the first line showed, and read as plain text.
            box.setAlignment(Pos.TOP_LEFT);
            // Without a height of its own a wrapping check box keeps one line and cuts the words.
            box.setMinHeight(Region.USE_PREF_SIZE);
            // The quote's place in the order of reveal, beside its box: which click in class shows it.
            Label place = new Label();
            place.setId("lesson-place-" + q.id());
            place.getStyleClass().addAll(Styles.ACCENT, Styles.TEXT_BOLD);
            place.setMinWidth(Region.USE_PREF_SIZE);
            place.setPrefWidth(2 * count.getFont().getSize());
            boxes.add(box);
            places.add(place);
            HBox row = new HBox(4, place, box);
            // Level with the box and the quote's first line.
            row.setAlignment(Pos.TOP_LEFT);
            choices.getChildren().add(row);
            Integer shownAt = shownBefore.get(q.id());
            if (shownAt != null) {
                // Said under the quote: left unticked without a word, a quote the class has seen looked merely
                // forgotten, and ticked again it is shown twice.
                Label seen = Labels.wrapped(Texts.format("lesson.add.shownIn", shownAt), "lesson-add-shown");
                seen.setId("lesson-shown-" + q.id());
                // The list's own size, muted: smaller as well, it was hard to read on a projector.
                seen.getStyleClass().add(Styles.TEXT_MUTED);
                // Close under the quote, in line with its words wherever the theme and the type put them.
                box.skinProperty().addListener((o, old, skin) -> {
                    Node text = box.lookup(".text");
                    if (text != null) {
                        text.boundsInParentProperty().addListener((b, was, at) -> VBox.setMargin(seen,
                                new Insets(-4, 0, 0, box.getLayoutX() + at.getMinX())));
                    }
                });
                choices.getChildren().add(seen);
            }
        }
        // The press conference has a score of quotes: they scroll, so the buttons stay on a 720-pixel screen.
        if (quotes.size() > 3) {
            Hyperlink all = new Hyperlink(Texts.get("lesson.add.all"));
            Hyperlink none = new Hyperlink(Texts.get("lesson.add.none"));
            all.setId("lesson-add-all");
            none.setId("lesson-add-none");
            // Commands, not places: marked visited, "Tick none" turned the theme's black and looked greyed out.
            all.setOnAction(e -> {
                boxes.forEach(b -> b.setSelected(true));
                all.setVisited(false);
            });
            none.setOnAction(e -> {
                boxes.forEach(b -> b.setSelected(false));
                none.setVisited(false);
            });
            // A gap as wide as a word's: underlined side by side, 4 px apart, the two read as one link.
            content.getChildren().add(new HBox(16, all, none));
        }
        recount.run();
        TextArea note = new TextArea();
        note.setId("lesson-note");
        note.setPromptText(Texts.get("lesson.add.notePrompt"));
        // The dialog opens with the caret here, and the theme hides a focused field's hint: the teacher saw an empty
        // box with nothing to say what it is for (a new user's walk).
        note.setStyle("-fx-prompt-text-fill: -color-fg-muted;");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        if (alreadyAt < 0) {
            // A second step of the event is for other quotes: its note is the teacher's own to write.
            String notes = StepAtFirst.notesAtFirst(timeline, event);
            note.setText(notes);
            LessonControls.spaceAfter(note, notes);
        }
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        // As tall as the quotes' lines, as far as the screen has room: a fixed height per quote showed one long quote
        // by half, and a fixed 300 pixels showed five of the press conference's 26 on a 1080-pixel screen at larger
        // type. Measured once styled, before the dialog takes its size from its content.
        dialog.setOnShowing(e -> {
            // The pane's style pass gives the scroll pane its skin, which puts the quotes into the scene; only then
            // are their boxes styled and measured (before, each measured 0).
            dialog.getDialogPane().applyCss();
            choices.applyCss();
            Rectangle2D screen = Screens.visibleBoundsOf(owner);
            double fontSize = count.getFont().getSize();
            double width = quotesWidth(fontSize, screen.getWidth());
            // AtlantaFX's theme caps a dialog at 600 pixels, whatever the type: the width chosen here had been cut to
            // it, and at 146 % the press conference's quotes wrapped to three lines, two of them in view at 720 lines.
            // (The theme is the user-agent stylesheet, which a value set in code outranks.)
            dialog.getDialogPane().setMaxWidth(screen.getWidth());
            // The wrapped texts measured at that width too: on one line, the explanation of the order had made the
            // dialog open as wide as itself and then narrower, its left side and its buttons off the screen at 146 %.
            content.getChildren().forEach(n -> {
                if (n instanceof Label l && l.isWrapText()) {
                    l.setPrefWidth(width);
                    // And as wide as the dialog where its heading makes it wider: at 146 % the German explanation
                    // of an event without quotes wrapped at three fifths of the dialog, its right side empty.
                    l.setMaxWidth(Double.MAX_VALUE);
                }
            });
            boxes.forEach(b -> {
                b.setMaxWidth(width - 24 - 2 * fontSize);
                if (b.getTooltip() != null) {
                    b.getTooltip().setMaxWidth(width);
                }
            });
            places.forEach(p -> p.setPrefWidth(2 * fontSize));
            // The note too: its forty letters' width made the dialog 1,487 px wide at 250 %, and JavaFX centres a
            // dialog by that width before holding it to the screen's, so its left side was off the screen.
            note.setPrefWidth(width);
            int designedRows = note.getPrefRowCount();
            if (!note.getText().isEmpty()) {
                // The timeline's notes whole, up to six rows, with one spare for what the teacher adds (as measured,
                // the box's own wrapping differs by a row): in three, the caret after them had scrolled the first
                // line half out of view.
                note.setPrefRowCount(Math.max(note.getPrefRowCount(),
                        Math.min(6, 1 + rows(note.getText(), note.getFont(), width - 3 * fontSize))));
            }
            scroll.setPrefViewportWidth(width);
            double lines = choices.prefHeight(width);
            double view = quotesView(dialog, scroll, lines, screen, fontSize);
            if (note.getPrefRowCount() > designedRows && isShort(view, lines, fontSize)) {
                // The quotes first: grown for the notes, the box left the press conference's quotes short at 146 %.
                note.setPrefRowCount(designedRows);
                view = quotesView(dialog, scroll, lines, screen, fontSize);
            }
            if (isShort(view, lines, fontSize)) {
                // At 146 % on a 720-line screen two or three of the press conference's quotes were in view. The
                // header's band becomes a line of the content, the note needs two rows to begin, and the buttons need
                // no gap of two lines above them.
                Label heading = Labels.wrapped(dialog.getHeaderText(), "lesson-add-heading");
                heading.getStyleClass().add(Styles.TEXT_BOLD);
                heading.setPrefWidth(width);
                content.getChildren().add(0, heading);
                dialog.setHeaderText(null);
                // Without a header AtlantaFX leaves the content no left margin, for a graphic there.
                content.setStyle("-fx-padding: 1em 1em 0 1em;");
                note.setPrefRowCount(2);
                Node buttons = dialog.getDialogPane().lookup(".button-bar > .container");
                if (buttons != null) { // the theme's own container; another theme may lay the bar out otherwise
                    buttons.setStyle("-fx-padding: 0.5em 1em 1em 1em;");
                }
                dialog.getDialogPane().applyCss();
                quotesView(dialog, scroll, lines, screen, fontSize);
            }
            double tallest = screen.getHeight() - TITLE_AND_MARGIN;
            if (dialog.getDialogPane().prefHeight(-1) > tallest) {
                AddDialogPage.scrollAsOne(dialog, content, scroll, tallest);
            }
        });
        Screens.keepOnScreen(dialog);
        if (!quotes.isEmpty()) {
            content.getChildren().addAll(scroll, count);
        }
        // Wrapped: at larger type the dialog's width cut it to "(the class does not see it on two sc…".
        content.getChildren().addAll(Labels.wrapped(Texts.get("lesson.add.note"), "lesson-note-label"), note);
        dialog.getDialogPane().setContent(content);
        ButtonType add = new ButtonType(Texts.get("lesson.add.button"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        StockButtons.inTheProgramsWords(dialog);
        dialog.getDialogPane().lookupButton(add).setId("lesson-add-ok");
        if (alreadyAt >= 0) {
            // Enter, pressed out of habit, had added the step a second time under the warning that it is one.
            ((Button) dialog.getDialogPane().lookupButton(add)).setDefaultButton(false);
            ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        dialog.setResultConverter(b -> b != add ? null : new Choice(List.copyOf(order), note.getText()));
        // The caret starts in the note: the first words typed had gone nowhere, and a Space after them had pressed
        // the focused Add with no note. Enter there still presses the default button (Add, or Cancel under the
        // warning), as before; Shift+Enter starts a new line of the note.
        // Where the whole dialog scrolls, the note is below its view: the focus starts on the first quote's box, and
        // the page shows the heading and the quotes, not a note that pushed them out of sight.
        dialog.setOnShown(e -> {
            VisibleFocus.request(dialog.getDialogPane().getContent() != content && !boxes.isEmpty() ? boxes.get(0)
                    : note);
            // After the timeline's notes, so that what the teacher types adds to them.
            note.end();
            // Read from their start, though: where the box has two rows (146 % on a 720-line screen), the caret had
            // scrolled the notes to their end, the first words out of view and the top line cut in half. The first
            // key typed brings the caret into view.
            Pulses.afterLayoutWhen(note.getScene(), () -> true, () -> note.setScrollTop(0));
        });
        // Tab goes on to the quotes and buttons: it had typed tabs into the note.
        LessonControls.tabMovesOn(note);
        // Enter on a quote's box presses the default button, as in the rest of the dialog: the box took it for a
        // Space and ticked or unticked the quote, where the dialog scrolls and the focus starts on the first box.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof CheckBox && !e.isShiftDown()
                    && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                pressDefault(dialog);
                e.consume();
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (alreadyAt >= 0 && !note.getText().isEmpty()) {
                // Under the warning Enter means Cancel: a note begun is not thrown away by it, Enter is a new line.
                return;
            }
            if (e.isShiftDown()) {
                note.replaceSelection("\n");
            } else {
                pressDefault(dialog);
            }
            e.consume();
        });
        return dialog.showAndWait();
    }

    /** Presses the dialog's default button: Add, or Cancel under the warning that the event is a step already. */
    private static void pressDefault(Dialog<?> dialog) {
        dialog.getDialogPane().getButtonTypes().stream().map(dialog.getDialogPane()::lookupButton)
                .filter(b -> b instanceof Button button && button.isDefaultButton())
                .findFirst().ifPresent(b -> ((Button) b).fire());
    }
}
