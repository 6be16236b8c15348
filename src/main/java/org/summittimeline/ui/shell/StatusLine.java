package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import atlantafx.base.theme.Styles;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.ProblemGroups;
import org.summittimeline.ui.TextWidth;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;
import org.summittimeline.format.Problem;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;

/**
 * The status bar: what happened last (opened, exported, could not open), how many events and quotes are shown
 * of how many, which filters act on events and which on quotes, and the file's warnings behind a button.
 */
final class StatusLine extends StatusBar {
    private final Label counts = new Label();
    /** The counts with each filter that acts described, as the tooltip holds them ({@link #countsShown}). */
    private String wholeCounts = "";
    /** The counts with how many filters act ("— 2 filters"), and the counts alone; null while no filter acts. */
    private String countsWithFilterCount;
    private String countsAlone;
    /**
     * Where the counts are cut ("… actor: Jon Hu…"), the whole of them on hovering. One tooltip, its text set again:
     * the line changes with every search result.
     */
    private final Tooltip countsTip = wrapping();
    private final Button warnings = new Button();
    private final Button cancel = new Button(Texts.get("open.cancel"));
    /** Looks at the reading's progress ten times a second; the reading thread never touches the bar itself. */
    private final Timeline ticker = new Timeline();
    private ReadProgress reading;
    private String readingName;
    /** What a hint aside waits on to change (the selection, for F), and how it listens; empty when none. */
    private List<ObservableValue<?>> hintWatched = List.of();
    private ChangeListener<Object> hintListener;
    /** What was said last, and whether a message aside ({@link #sayAside}) stands over it now. */
    private String resting = "";
    private boolean aside;

    StatusLine(Runnable showWarnings) {
        setId("status");
        // The bar is no stop of Tab's (the walk saw the focus go to it with no mark); its buttons still are.
        setFocusTraversable(false);
        counts.setId("counts");
        // Beside the taller warnings button the counts stood at the top and touched it: centred, with room.
        counts.setMaxHeight(Double.MAX_VALUE);
        counts.setAlignment(Pos.CENTER_LEFT);
        // Room on the left too: the progress bar of a reading stands right before the counts.
        counts.setPadding(new Insets(0, 8, 0, 12));
        // With many filters the counts took the whole line: the reading's name and percentage were cut to "…" and
        // its progress bar squeezed to nothing (a new user's walk). They give way after half the line, whole in
        // their tooltip, and the progress bar keeps its width.
        // Half the line at least; more when the left side needs less (a short file name and no reading): the names
        // of two filters were cut ("… events and quotes by t…") beside an empty half of the line. Set at each
        // layout (layoutChildren), where the sizes it depends on (texts, type size, buttons) are current.
        // A long message is cut as well ("Copied in APA … (Associa…"): the whole of it on hovering, as the counts'.
        Tooltip wholeMessage = wrapping();
        textProperty().addListener((obs, old, text) -> showWhole(wholeMessage, text));
        skinProperty().addListener((obs, old, skin) -> {
            if (lookup(".progress-bar") instanceof Region bar) {
                bar.setMinWidth(Region.USE_PREF_SIZE);
            }
            showWhole(wholeMessage, getText());
        });
        // AtlantaFX's small buttons fit the bar's own height, with room above and below (the theme's usual ones
        // filled it to a pixel); and they keep their whole caption when many filters make the counts long ("C…"
        // was all that showed of Cancel at 1280 px): the counts give way instead, whole in their tooltip.
        for (Button b : List.of(warnings, cancel)) {
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        warnings.setId("warnings");
        warnings.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warnings.setOnAction(e -> showWarnings.run());
        showWarnings(List.of());
        cancel.setId("open-cancel");
        cancel.setGraphic(new FontIcon("mdi2c-close-circle-outline"));
        showCancel(false);
        getRightItems().addAll(counts, warnings, cancel);
        ticker.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> showProgress()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * A tooltip that wraps its text at about forty letters' width: a copied citation's ran off the screen's right
     * edge on one line, and its end, the part the bar had cut, was cut again.
     */
    private static Tooltip wrapping() {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.maxWidthProperty().bind(tip.fontProperty().map(f -> f.getSize() * WRAP_EMS));
        return tip;
    }

    /** The width a status tooltip wraps at, in its type's size. */
    static final double WRAP_EMS = 40;

    /** The message's tooltip holds its whole text; none while there is no message. */
    private void showWhole(Tooltip whole, String text) {
        if (lookup(".status-label") instanceof Label message) {
            whole.setText(text);
            message.setTooltip(text == null || text.isEmpty() ? null : whole);
        }
    }

    @Override
    protected void layoutChildren() {
        double room = roomForCounts();
        counts.setMaxWidth(room);
        // The form chosen for the room the counts are sure of: beside a reading's bar or the buttons in a narrow
        // window that is less than their largest.
        double sure = Math.min(room, roomBesideHeldParts());
        counts.setText(countsShown(sure));
        // Whole up to their room: beside a long message (a copied citation) the bar had cut the counts to
        // "29 of 2…" as well as the message; the message gives way first, whole in the log and the clipboard.
        counts.setMinWidth(Math.max(0, Math.min(counts.prefWidth(-1), sure)));
        super.layoutChildren();
    }

    /**
     * The counts as they fit in {@code room}: with the filters described; else with how many act (at 215 % on
     * 1280 px, "— events by actor:…" was all that showed of one filter); else alone; else described and cut, the
     * whole in the tooltip. The filter bar shows which filters act either way.
     */
    private String countsShown(double room) {
        String whole = wholeCounts;
        if (countsAlone == null) {
            return whole;
        }
        double padding = counts.snappedLeftInset() + counts.snappedRightInset() + 1;
        return TextWidth.firstFitting(List.of(whole, countsWithFilterCount, countsAlone), counts.getFont(),
                room - padding, whole);
    }

    /**
     * What the parts held whole (a reading's progress bar, the buttons) leave, so that the counts' minimum never
     * asks for more than the bar has in a narrow window with large type.
     */
    private double roomBesideHeldParts() {
        double bar = lookup(".progress-bar") instanceof Region b && b.isVisible() ? b.prefWidth(-1) : 0;
        double buttons = (warnings.isManaged() ? warnings.prefWidth(-1) : 0)
                + (cancel.isManaged() ? cancel.prefWidth(-1) : 0);
        return getWidth() - bar - buttons - 48;
    }

    /** Half the line, or all the room the left side (a message, a reading's bar) and the buttons leave. */
    private double roomForCounts() {
        double width = getWidth();
        if (!(lookup(".status-label") instanceof Region name)) {
            return width * 0.5;
        }
        // A message claims at most a third of the line: "Select an event first: F folds…", in German at 250 %,
        // had left the counts half of it and cut them to "29 von 2…" (the message is whole in its tooltip).
        double left = Math.min(name.prefWidth(-1), width / 3) + (lookup(".progress-bar") instanceof Region bar
                && bar.isVisible() ? bar.prefWidth(-1) : 0);
        double buttons = (warnings.isManaged() ? warnings.prefWidth(-1) : 0)
                + (cancel.isManaged() ? cancel.prefWidth(-1) : 0);
        // The bar's own padding and the gaps between its parts (36 px at the default type), with room to spare.
        return Math.max(width * 0.5, width - left - buttons - 48);
    }

    /**
     * As tall as with Cancel and the warnings' button shown, even while they are not (the progress bar is lower):
     * the bar grew by 8 px when a reading started, and the whole window above it was laid out again in the pulse of
     * the Open, the timeline moving and the quote list remaking its cells (20–25 ms at a million events, as the read
     * began).
     */
    @Override
    protected double computeMinHeight(double width) {
        // The minimum alone: ControlsFX's stylesheet sets the bar's preferred height (30 px), which a parent
        // raises to the minimum.
        return Math.max(super.computeMinHeight(width),
                snappedTopInset() + Math.max(cancel.prefHeight(-1), warnings.prefHeight(-1)) + snappedBottomInset());
    }

    /** A file is being read: its name, a progress bar and Cancel, from the moment the reading starts. */
    void showReading(String name, ReadProgress progress, Runnable onCancel) {
        reading = progress;
        readingName = name;
        cancel.setOnAction(e -> onCancel.run());
        showCancel(true);
        showProgress();
        ticker.play();
    }

    /** The reading ended (shown, failed or cancelled): the bar and Cancel go; the caller says what happened. */
    /**
     * Esc anywhere in {@code window} stops a reading as Cancel does; in the search field it clears the search
     * instead (consumed there before it reaches the window).
     */
    void cancelOnEscape(Node window) {
        window.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && reading != null) {
                cancel.fire();
                e.consume();
            }
        });
    }

    void doneReading() {
        ticker.stop();
        reading = null;
        setProgress(0);
        showCancel(false);
    }

    boolean isReading() {
        return reading != null;
    }

    private void showProgress() {
        ReadProgress p = reading;
        if (p == null) {
            return;
        }
        double fraction = p.fraction();
        // The bar shows only while progress is not 0; a read that has not begun shows as indeterminate.
        setProgress(fraction <= 0 ? -1 : fraction);
        if (p.isReadToEnd()) {
            setText(Texts.format("open.indexing", readingName));
        } else if (fraction >= 0) {
            setText(Texts.format("open.reading", readingName, Math.round(fraction * 100),
                    p.bytesRead() / 1_000_000.0));
        } else {
            setText(Texts.format("open.readingUnsized", readingName));
        }
    }

    private void showCancel(boolean shown) {
        cancel.setVisible(shown);
        cancel.setManaged(shown);
    }

    void say(String text) {
        resting = text;
        aside = false;
        setText(text);
    }

    /**
     * A message about the moment (where a search's step went, what was copied or exported), which {@link #endAside}
     * takes back: a search typed after "Copied …" showed the copy's message beside its own matches.
     */
    void sayAside(String text) {
        aside = true;
        setText(text);
    }

    /**
     * A hint aside, taken back at the next change of any of {@code until} (the reader did what it asked, or changed
     * what it spoke of) unless something else has been said by then.
     */
    void hintUntil(String text, ObservableValue<?>... until) {
        stopWatchingForHint();
        sayAside(text);
        hintWatched = List.of(until);
        // A change listener, not an invalidation one: it hears every change whether or not the value was read.
        hintListener = (o, was, now) -> {
            stopWatchingForHint();
            if (aside && text.equals(getText())) {
                endAside();
            }
        };
        hintWatched.forEach(watched -> watched.addListener(hintListener));
    }

    /** One hint at a time: F pressed again and again watches the selection once, not once a press. */
    private void stopWatchingForHint() {
        hintWatched.forEach(watched -> watched.removeListener(hintListener));
        hintWatched = List.of();
    }

    /** Back to what was said before the message aside, unless something else has been said since. */
    void endAside() {
        if (aside) {
            aside = false;
            setText(resting);
        }
    }

    void showCounts(TimelineQuery q, QueryResult r, List<String> activeFilters) {
        if (q == null || r == null) {
            showCounts("", null, null);
            return;
        }
        int events = q.timeline().events().size();
        int quotes = q.timeline().quotes().size();
        String text = q.areQuotesStillReading()
                ? Texts.format("window.status.countsReading", r.shownEventCount(), events)
                : Texts.format("window.status.counts", r.shownEventCount(), events, r.shownQuoteCount(), quotes);
        showCounts(activeFilters.isEmpty() ? text : text + " \u2014 " + String.join(" \u00b7 ", activeFilters),
                activeFilters.isEmpty() ? null
                        : text + " \u2014 " + Texts.format("window.status.filterCount", activeFilters.size()),
                activeFilters.isEmpty() ? null : text);
    }

    /**
     * The counts in their forms: {@code whole} names each filter that acts; where the bar has no room for it, it shows
     * {@code withFilterCount} or {@code alone} (both null while no filter acts), the whole in the tooltip.
     */
    void showCounts(String whole, String withFilterCount, String alone) {
        wholeCounts = whole;
        countsWithFilterCount = withFilterCount;
        countsAlone = alone;
        countsTip.setText(whole);
        counts.setTooltip(whole.isEmpty() ? null : countsTip);
        counts.setText(whole);
        requestLayout();
    }

    /** After a file that could not be opened: how many errors and warnings, as the problems' explanation counts. */
    void showErrors(int errors, int warnings) {
        showCounts(Texts.format("window.status.errors", errors, warnings), null, null);
        showWarnings(List.of());
    }

    /** The warnings of the file shown ({@link #warnings}). */
    static void warningsDialog(LoadResult result, Window owner) {
        if (result == null) {
            return;
        }
        Alert alert = warnings(result);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /**
     * The dialog of a file's warnings: each as the command line prints it, with the file's own name (the header
     * gives its path: each line repeating it wrapped), a blank line between two (they ran together), under
     * the warning sign a warning has everywhere else.
     */
    static Alert warnings(LoadResult result) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        StockButtons.inTheProgramsWords(alert);
        VisibleFocus.whenOpened(alert);
        alert.setTitle(Texts.get("window.warnings.title"));
        alert.setHeaderText(Texts.format("window.warnings.header", result.fileName(), result.warnings().size()));
        Path path = Path.of(result.fileName()).getFileName();
        String name = path == null ? result.fileName() : path.toString();
        alert.setContentText(String.join("\n\n", ProblemGroups.group(result.warnings()).stream()
                .map(line -> line.isCount() ? Texts.format("import.moreLikeThis", line.moreLikeThis())
                        : line.format(name)).toList()));
        return alert;
    }

    void showWarnings(List<Problem> found) {
        warnings.setVisible(!found.isEmpty());
        warnings.setManaged(!found.isEmpty());
        warnings.setText(Texts.format("window.status.warnings", found.size()));
    }
}
