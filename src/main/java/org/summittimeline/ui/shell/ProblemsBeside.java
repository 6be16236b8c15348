package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.Severity;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.Texts;

/**
 * A file that fails while a timeline is on screen: the timeline stays and stays usable, the failed file's
 * problems stand below it, under a heading that says what happened, until the next good read or until put away.
 */
final class ProblemsBeside {
    private final StackPane centre;
    private final Node timelinePane;
    private final BooleanSupplier timelineShown;
    private final StatusLine status;
    private final Supplier<Window> window;
    private final BiConsumer<Path, LoadResult> showAlone;
    private final Runnable chooseFile;
    private final Runnable reload;
    private final Runnable formatGuide;
    private final SplitPane split = new SplitPane();
    private boolean refitAsked;
    /** Whether the reader dragged the divider since the problems were shown. */
    private boolean dragged;
    /** The failed file's lines are read again for the problems' list, away from the window. */
    private final BackgroundWork work;

    ProblemsBeside(StackPane centre, Node timelinePane, BooleanSupplier timelineShown, StatusLine status,
                   Supplier<Window> window, BiConsumer<Path, LoadResult> showAlone, Runnable chooseFile, Runnable reload,
                   Runnable formatGuide, BackgroundWork work) {
        this.formatGuide = formatGuide;
        this.work = work;
        this.centre = centre;
        this.timelinePane = timelinePane;
        this.timelineShown = timelineShown;
        this.status = status;
        this.window = window;
        this.showAlone = showAlone;
        this.chooseFile = chooseFile;
        this.reload = reload;
        split.setOrientation(Orientation.VERTICAL);
        split.setId("problems-beside");
        // Fitted anew when the window changes size, as when the type does (ProblemsView#onTypeSize), but never over
        // a divider the reader has dragged.
        split.heightProperty().addListener(o -> refitShown());
        split.widthProperty().addListener(o -> refitShown());
        split.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> dragged |= onDivider(e.getTarget()));
    }

    private boolean onDivider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void refitShown() {
        if (split.getItems().size() == 2 && split.getItems().get(1) instanceof ScrollPane pane
                && pane.getContent() instanceof ProblemsView problems) {
            refit(problems);
        }
    }

    /** Fits once after the layout that the change asked for, however many changes asked in one pulse. */
    private void refit(ProblemsView problems) {
        if (refitAsked || dragged || split.getScene() == null) {
            return;
        }
        refitAsked = true;
        Pulses.afterLayoutWhen(split.getScene(), () -> true, () -> {
            refitAsked = false;
            fit(problems);
        });
    }

    /**
     * {@code live}: live reload read this save; {@code readAgain}: the file is the one on screen, read again by hand,
     * so what stays is its last good version, not another timeline; {@code watched}: live reload watches the file, so
     * the words say to save rather than to reload (also after Reload by hand, or when the file was opened anew).
     */
    void show(Path file, LoadResult result, boolean live, boolean readAgain, boolean watched) {
        if (!timelineShown.getAsBoolean()) {
            showAlone.accept(file, result);
            return;
        }
        String name = file == null ? result.fileName() : file.getFileName().toString();
        String said = Texts.format(live ? "open.reloadKept" : readAgain ? "open.readAgainKept" : "open.openKept", name,
                result.errors().size());
        ProblemsView problems = new ProblemsView(result, chooseFile, reload, said, this::hide);
        problems.whenLinesRead(() -> fit(problems)).withExcerptsOf(file, work).withFormatGuide(formatGuide);
        problems.onTypeSize(() -> refit(problems));
        if (live || watched) {
            problems.whileWatched(result);
        }
        Node focused = focusOwner();
        dragged = false;
        split.getItems().setAll(shrinkable(timelinePane), page(problems, ProblemsView.LIST_LINES_BESIDE));
        split.setDividerPositions(DIVIDER);
        centre.getChildren().setAll(split);
        // The split holds its items in its skin's panes: made now, so that the timeline is back in the scene.
        split.applyCss();
        fit(problems);
        keepFocus(focused);
        // No notice as well: the problems' own heading says it, and the status bar. A notice at the lower corner
        // covered the problems it announced, and at the top corner the toolbar and the Help menu, for five seconds.
        status.say(said);
        closeNotices();
    }

    /**
     * The problems in a pane of their own that scrolls when they need more than their part of the window: at the
     * largest type their heading and words alone were taller than it, and the split drew them over the menu bar.
     */
    private static ScrollPane scrolled(ProblemsView problems) {
        ScrollPane pane = new ScrollPane(problems);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setMinHeight(0);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }

    /**
     * The problems filling the window, or beside the timeline, in a page that scrolls where their heading and words
     * leave the list less than its least height, {@code listLines} type heights
     * ({@link ProblemsView#keepRoomForTheList}). Shown first with the list's least height in view and as much above it
     * as there is room for: the heading and words stand above the problems they explain.
     */
    static ScrollPane page(ProblemsView problems, double listLines) {
        problems.keepRoomForTheList(listLines);
        ScrollPane page = scrolled(problems);
        // Again whenever the page or the view changes height (Ctrl+plus after the file was shown, as a walk did);
        // a reader's own scrolling, between such changes, stays.
        InvalidationListener showList = o -> {
            double view = page.getViewportBounds().getHeight();
            double room = problems.getHeight() - view;
            double[] list = problems.listPlace();
            // On whole lines: the line the page's top would cut hidden, or, where the page cannot scroll that far
            // (the list at its least height), shown whole, the list then keeping a line less in view.
            double top = problems.wholeLinesFrom(list[0] + list[1] - view, room);
            double now = (page.getVvalue() - page.getVmin()) / (page.getVmax() - page.getVmin()) * room;
            if (view > 0 && room > 0 && top > now) {
                page.setVvalue(page.getVmin() + Math.min(1, top / room) * (page.getVmax() - page.getVmin()));
            }
        };
        // Heights only: the skin sets the viewport's bounds anew at each layout, a scroll's among them, and a
        // listener to any change of them had scrolled the reader straight back from the heading.
        double[] heights = {-1, -1};
        InvalidationListener changed = o -> {
            double view = page.getViewportBounds().getHeight();
            if (view != heights[0] || problems.getHeight() != heights[1]) {
                heights[0] = view;
                heights[1] = problems.getHeight();
                Pulses.afterLayoutWhen(page.getScene(), () -> true, () -> showList.invalidated(null));
            }
        };
        problems.heightProperty().addListener(changed);
        page.viewportBoundsProperty().addListener(changed);
        return page;
    }

    /** The problems' heading, words and buttons take about 130 px: at 0.6 a window of 720 px listed two lines. */
    private static final double DIVIDER = 0.55;
    /** The most the problems take, to show two problems whole with the first one's line of the file. */
    private static final double ROOMIEST = 0.5;

    /**
     * The problems as tall as they need and no taller, the first one's line of the file shown where every problem
     * still shows whole with it: one problem took 40 % of the window, most of it blank until it was clicked. Run
     * when the problems are shown and again when the file's lines are read (whichever comes last shows the line).
     */
    private void fit(ProblemsView problems) {
        if (split.getItems().size() < 2 || !(split.getItems().get(1) instanceof ScrollPane pane)
                || pane.getContent() != problems || centre.getScene() == null) {
            return;
        }
        split.setDividerPositions(DIVIDER);
        centre.layout();
        boolean line = problems.showFirstLine();
        if (problems.roomUnderProblems() < 0) {
            split.setDividerPositions(ROOMIEST);
            centre.layout();
            if (line && problems.roomUnderProblems() < 0) {
                problems.hideFirstLine();
                split.setDividerPositions(DIVIDER);
                centre.layout();
                // Without it, at 121 % on 720 lines the second of two problems still needed the larger part.
                if (problems.roomUnderProblems() < 0) {
                    split.setDividerPositions(ROOMIEST);
                    centre.layout();
                }
            }
        }
        double blank = problems.roomUnderProblems();
        // Not where the page scrolls already: the list keeps its least height, and a smaller part left the heading
        // and words above it out of sight for room under problems the list had no need of (at 250 %, 120 px).
        boolean scrolls = problems.getHeight() > pane.getViewportBounds().getHeight() + 0.5;
        if (blank > 0 && split.getHeight() > 0 && !scrolls) {
            split.setDividerPositions(Math.min(1, split.getDividerPositions()[0] + blank / split.getHeight()));
            centre.layout();
        }
    }

    /**
     * Closes this window's notices as their own close button does: the "reloaded" notice of the save before stood
     * over the lowest problems of this one, and said what is no longer so, for the rest of its five seconds.
     */
    private void closeNotices() {
        Window owner = window.get();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof PopupWindow notice && notice.getOwnerWindow() == owner && w.getScene() != null
                    && w.getScene().getRoot().lookup(".notification-bar") instanceof Parent bar
                    && bar.lookup(".close-button") instanceof Button close) {
                close.fire();
            }
        }
    }

    /**
     * The problems of a file that failed with nothing on screen to keep: they fill the window. {@code watched}: live
     * reload reads each save of it, and the words say to save rather than to reload.
     */
    ProblemsView alone(Path file, LoadResult result, boolean watched) {
        ProblemsView problems = new ProblemsView(result, chooseFile, reload).withExcerptsOf(file, work)
                .withFormatGuide(formatGuide);
        return watched ? problems.whileWatched(result) : problems;
    }

    boolean isShown() {
        return !split.getItems().isEmpty();
    }

    /**
     * The timeline's part of the split, able to give the problems up to {@link #ROOMIEST} of the split where the
     * least heights of the timeline, the details and the quotes would leave them less, cut at its foot then: at 250 %
     * on 720 lines those had left the problems 120 px, a line and a half of the first one. Elsewhere the least
     * heights hold, for the divider's drag too.
     */
    private Region shrinkable(Node timeline) {
        StackPane holder = new StackPane(timeline) {
            @Override
            protected double computeMinHeight(double width) {
                return Math.min(super.computeMinHeight(width), split.getHeight() * (1 - ROOMIEST));
            }
        };
        StackPane.setAlignment(timeline, Pos.TOP_CENTER);
        Rectangle cut = new Rectangle();
        cut.widthProperty().bind(holder.widthProperty());
        cut.heightProperty().bind(holder.heightProperty());
        holder.setClip(cut);
        return holder;
    }

    /** Puts the problems away; the timeline fills the centre again. */
    void hide() {
        if (split.getItems().isEmpty()) {
            return;
        }
        split.getItems().clear();
        StackPane.setAlignment(timelinePane, null);
        centre.getChildren().setAll(timelinePane);
    }

    private Node focusOwner() {
        return centre.getScene() == null ? null : centre.getScene().getFocusOwner();
    }

    /**
     * The timeline is taken out of the scene as it moves into the split (until the split's skin holds it), and loses
     * the focus; the scene gave it to the toolbar or the menu bar, where Left and Right walked the menus instead of
     * stepping events. What had the focus and is still shown gets it back.
     */
    private static void keepFocus(Node focused) {
        if (focused != null && focused.getScene() != null) {
            focused.requestFocus();
        }
    }

    /**
     * A ControlsFX notification at the window's lower left corner, gone after a few seconds: over the status bar's
     * words, which say the same, not over its counts of the events and quotes shown (at the right it hid them).
     */
    void notify(String text) {
        notify(text, Pos.BOTTOM_LEFT);
    }

    /**
     * As {@link #notify(String)}, at {@code corner}: another one while the status bar shows a reading's Cancel.
     */
    void notify(String text, Pos corner) {
        Window w = window.get();
        if (w == null || !w.isShowing()) {
            return;
        }
        Notifications.create().owner(w).title(Texts.get("open.noticeTitle")).text(text).position(corner)
                .hideAfter(Duration.seconds(5)).showInformation();
    }

    /** A reading that threw, as one problem, so that it stands beside the timeline like any other. */
    static LoadResult asResult(Path file, Throwable e) {
        String name = file == null ? Texts.get("open.example") : file.toString();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new LoadResult(name, null, List.of(new Problem(Severity.ERROR, 0, 0, "",
                Texts.format("open.couldNotRead", reason))));
    }
}
