package org.summittimeline.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.CubicCurve;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.RenderedPulse;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compare view on the bundled timeline: Trump and Putin in columns, events in rows, relations as curves. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CompareViewTest {
    private final AppState state = new AppState();
    private Path exportTo;
    private String suggested;
    private CompareView view;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        LoadResult loaded = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json"));
        state.queryProperty().set(new TimelineQuery(loaded.timeline()));
        view = new CompareView(state, name -> {
            suggested = name;
            return exportTo;
        }, target -> Path.of("data", "helsinki-2018-summit.json"));
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** A large file's events come before its quotes: the view says it waits for them, then compares. */
    @Test
    void whileAFilesQuotesAreReadTheViewSaysSoThenComparesTheMostQuoted(FxRobot robot) {
        Timeline whole = state.query().timeline();
        Timeline events = new Timeline(whole.formatVersion(), whole.title(), whole.description(), whole.zone(),
                whole.date(), whole.sources(), whole.actors(), whole.categories(), whole.events(), List.of());
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(events).quotesStillReading()));
        Label message = robot.lookup("#compare-message").queryAs(Label.class);
        assertEquals("The file's quotes are still being read; the speakers to compare appear when they are in.",
                message.getText());
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(whole)));
        assertEquals(List.of("Vladimir Putin", "Donald Trump"), view.modelProperty().get().columns().stream()
                .map(CompareModel.Column::name).toList());
        assertTrue(message.getText().contains("quotes from"), message.getText());
    }

    /** The table's scroll ends with its last row: below it there was four times its height of empty page. */
    @Test
    void theScrollEndsWhereTheTableDoes(FxRobot robot) {
        for (List<String> speakers : List.of(List.of("trump", "putin"), List.of("trump", "putin", "sam-husseini", "jeff-mason"))) {
            Fx.interact(() -> view.choose(speakers, null));
            WaitForAsyncUtils.waitForFxEvents();
            Fx.interact(() -> {
                ScrollPane scroll = (ScrollPane) view.lookup("#compare-scroll");
                Region content = (Region) scroll.getContent();
                double lastRow = content.lookupAll(".compare-event").stream()
                        .mapToDouble(n -> content.sceneToLocal(n.localToScene(n.getLayoutBounds())).getMaxY())
                        .max().orElseThrow();
                double cells = content.lookupAll(".compare-cell").stream()
                        .mapToDouble(n -> content.sceneToLocal(n.localToScene(n.getLayoutBounds())).getMaxY())
                        .max().orElseThrow();
                double end = Math.max(lastRow, cells);
                assertTrue(content.getHeight() <= end + 40, speakers + ": the scrolled page is " + content.getHeight()
                        + " px tall, its table ends at " + end);
            });
        }
    }

    /** Scrolled into a row taller than the window, the event's name stays beside its quotes, within its row. */
    @Test
    void anEventsNameStaysInSightWhileItsRowIsScrolled(FxRobot robot) {
        Fx.interact(() -> view.choose(List.of("trump", "putin"), null));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup("#compare-scroll").queryAs(ScrollPane.class);
        Node event = robot.lookup("#compare-row-press-conference").query();
        Node next = robot.lookup("#compare-row-would-wouldnt").query();
        Fx.interact(() -> {
            Region content = (Region) scroll.getContent();
            double rowTop = content.sceneToLocal(event.localToScene(event.getLayoutBounds())).getMinY();
            double rowBottom = content.sceneToLocal(next.localToScene(next.getLayoutBounds())).getMinY();
            double seen = scroll.getViewportBounds().getHeight();
            assertTrue(rowBottom - rowTop > seen, "the row is taller than the view: " + (rowBottom - rowTop));
            scroll.setVvalue((rowTop + 200) / (content.getHeight() - seen));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            Node viewport = scroll.lookup(".viewport");
            double viewTop = viewport.localToScene(viewport.getLayoutBounds()).getMinY();
            Bounds name = event.localToScene(event.getBoundsInLocal());
            // Under the column headings, which stay at the top of the view too.
            Node heading = scroll.lookup("#compare-column-putin");
            assertEquals(viewTop + heading.getLayoutBounds().getHeight(), name.getMinY(), 2,
                    "the name stands at the top of the view, under the headings");
            assertTrue(name.getMaxY() <= next.localToScene(next.getBoundsInLocal()).getMinY(), "within its row");
            assertEquals(viewTop, heading.localToScene(heading.getBoundsInLocal()).getMinY(), 2,
                    "the speaker's name stays at the top of the view");
        });
    }

    /**
     * Each row's rule runs under the whole row across the event column, as the quotes' cells' rules do: drawn under
     * the event's name, it had stood under the name's last line, above the row's end, and a short name's had stopped
     * short of the column's edge (a new user's walk, dense300.json).
     */
    @Test
    void theEventColumnsRulesEndEachRowAtItsEnd(FxRobot robot) {
        Fx.interact(() -> view.choose(List.of("trump", "putin"), null));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            List<Node> rules = List.copyOf(view.lookupAll(".compare-event-rule"));
            assertEquals(view.lookupAll(".compare-event").size(), rules.size(), "a rule a row");
            Node heading = view.lookup(".compare-header");
            for (Node cell : view.lookupAll(".compare-cell")) {
                Node rule = rules.stream().filter(r -> GridPane.getRowIndex(r).equals(GridPane.getRowIndex(cell)))
                        .findFirst().orElseThrow();
                Bounds row = cell.localToScene(cell.getLayoutBounds());
                Bounds under = rule.localToScene(rule.getLayoutBounds());
                assertEquals(row.getMaxY(), under.getMaxY(), 1, "row " + GridPane.getRowIndex(cell) + " ends with its rule");
                assertEquals(heading.getLayoutBounds().getWidth(), under.getWidth(), 1, "across the event column");
            }
        });
    }

    @Test
    void theTwoMostQuotedSpeakersAreComparedAtFirst(FxRobot robot) {
        assertEquals(List.of("Vladimir Putin", "Donald Trump"), view.modelProperty().get().columns().stream()
                .map(CompareModel.Column::name).toList());
        assertEquals("Vladimir Putin", robot.lookup("#compare-column-putin").queryAs(Label.class).getText());
    }

    @Test
    void trumpAndPutinAtThePressConferenceFaceEachOtherInOneRow(FxRobot robot) {
        Fx.interact(() -> view.choose(List.of("trump", "putin"), null));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds trumpColumn = bounds(robot.lookup("#compare-column-trump").query());
        Bounds putinColumn = bounds(robot.lookup("#compare-column-putin").query());
        assertTrue(trumpColumn.getMaxX() <= putinColumn.getMinX(), "Trump's column stands left of Putin's");
        // The row from its event's name to the rule under it.
        Node name = robot.lookup("#compare-row-press-conference").query();
        Node rule = robot.lookup(".compare-event-rule").queryAll().stream()
                .filter(r -> GridPane.getRowIndex(r).equals(GridPane.getRowIndex(name))).findFirst().orElseThrow();
        Bounds row = new BoundingBox(bounds(name).getMinX(), bounds(name).getMinY(), bounds(name).getWidth(),
                bounds(rule).getMaxY() - bounds(name).getMinY());
        Bounds nextRow = bounds(robot.lookup("#compare-row-would-wouldnt").query());
        assertTrue(row.getMaxY() <= nextRow.getMinY() + 1, "events in time order, top to bottom");
        // The event's time from start to end (its start alone read as its length), each zone held to its clock time
        // and "≈" to its date.
        Event conference = state.query().timeline().event("press-conference").orElseThrow();
        TimeText times = new TimeText(state.zoneProperty().get());
        // The end on the start's day, without the day again.
        assertEquals(conference.title() + "\n" + held(times.bounds(conference.start())) + " to "
                + held(times.bounds(conference.end()).replace("16 Jul ", "")),
                ((Label) name).getText());
        Bounds trump = bounds(entry("trump-raised-meddling"));
        Bounds putin = bounds(entry("putin-never-interfered"));
        assertEquals(trump.getMinY(), putin.getMinY(), 1, "the first words of each face each other");
        assertTrue(trump.getMinY() >= row.getMinY() - 1 && putin.getMaxY() <= row.getMaxY() + 1);
        assertTrue(trump.getMaxX() <= putin.getMinX(), "side by side");
        assertTrue(robot.lookup("#compare-putin-never-interfered .compare-citation").queryAs(Label.class).getText()
                .equals("Associated Press, 16\u00a0July\u00a02018,\u00a0\u00b61"), "the date on one line");
        // Reported speech in italics, as the quote panel sets it; the speaker's own words upright.
        assertEquals("Italic", robot.lookup("#compare-putin-never-interfered .compare-words").queryAs(Label.class)
                .getFont().getStyle());
        assertEquals("Regular", robot.lookup("#compare-putin-denial .compare-words").queryAs(Label.class)
                .getFont().getStyle());
    }

    @Test
    void relationsAreDrawnAsCurvesFromCellToCell(FxRobot robot) {
        Fx.interact(() -> view.choose(List.of("trump", "putin"), null));
        // The curves' ends and the cells' bounds are read as drawn: after a pulse has laid the grid out.
        RenderedPulse.await(robot, view.getScene());
        List<CubicCurve> curves = view.grid().links().getChildren().stream().map(n -> (CubicCurve) n).toList();
        assertEquals(3, curves.size());
        CubicCurve contradicts = curves.stream().filter(c -> c.getStyleClass().contains("compare-link-contradicts"))
                .findFirst().orElseThrow();
        Bounds from = inGrid(entry("trump-would-wouldnt"));
        Bounds to = inGrid(entry("putin-denial"));
        assertEquals(from.getMaxX(), contradicts.getStartX(), 1, "leaves Trump's words at their right edge");
        assertEquals(from.getCenterY(), contradicts.getStartY(), 1);
        assertEquals(to.getMinX(), contradicts.getEndX(), 1, "reaches Putin's words at their left edge");
        assertEquals(to.getCenterY(), contradicts.getEndY(), 1);
        assertEquals(2, curves.stream().filter(c -> c.getStyleClass().contains("compare-link-corrects")).count());
        assertTrue(robot.lookup("#compare-legend").query().isVisible(), "the key to the curves drawn");
        // Of the kinds drawn alone: no quote of either answers the other's.
        assertTrue(robot.lookup("#compare-legend-contradicts").query().isVisible());
        assertTrue(robot.lookup("#compare-legend-corrects").query().isVisible());
        assertFalse(robot.lookup("#compare-legend-answers").query().isVisible(), "no answers curve, no answers key");
        assertFalse(robot.lookup("#compare-legend-answers").query().isManaged());
        // Putin said nothing at Trump's "would"/"wouldn't" correction: his cell there says so, not left blank.
        Integer correctionRow = javafx.scene.layout.GridPane.getRowIndex(robot.lookup("#compare-row-would-wouldnt").query());
        List<Node> none = new java.util.ArrayList<>(robot.lookup(".compare-none").queryAll());
        assertTrue(none.stream().anyMatch(n -> correctionRow.equals(javafx.scene.layout.GridPane.getRowIndex(n.getParent()))
                && ((Label) n).getText().equals("no quote at this event")), none.toString());
        assertTrue(none.stream().noneMatch(n -> !((javafx.scene.layout.VBox) n.getParent()).getChildren().stream()
                .filter(c -> c.getStyleClass().contains("compare-entry")).toList().isEmpty()), "only where none is");
        // With a topic chosen, of that topic: Trump said much at the press conference, nothing of collusion.
        Fx.interact(() -> view.choose(List.of("trump", "putin"), "collusion"));
        assertEquals(List.of("no quote on \u201ccollusion\u201d at this event"), robot.lookup(".compare-none")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
        Fx.interact(() -> view.choose(List.of("trump", "putin"), null));
        // Two speakers with no relation between their quotes: no curve, and no key to explain none.
        Fx.interact(() -> view.choose(List.of("sam-husseini", "jeff-mason"), null));
        assertEquals(List.of(), view.modelProperty().get().links());
        assertFalse(robot.lookup("#compare-legend").query().isVisible());
        assertFalse(robot.lookup("#compare-legend").query().isManaged(), "nor its room");
        String summary = robot.lookup("#compare-message").queryAs(Label.class).getText();
        assertTrue(summary.endsWith(", no relations shown."), summary);
    }

    @Test
    void aTopicNarrowsTheQuotesAndTheExportWritesWhatIsShown(FxRobot robot, @TempDir Path dir) throws IOException {
        Fx.interact(() -> view.choose(List.of("trump", "putin"), "US-Russia relations"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#compare-row-would-wouldnt").tryQuery().isPresent());
        assertTrue(robot.lookup("#compare-message").queryAs(Label.class).getText().startsWith("8 quotes from one event"));
        exportTo = dir.resolve("compare.csv");
        suggested = null;
        robot.clickOn("#compare-export");
        // Named from the timeline's title as every other export is (it had been "compare-speakers.csv").
        assertEquals("the-trump-putin-summit-in-helsinki-15-17-july-2018-compare-speakers.csv", suggested);
        // And where: the folder too, as every export says (the name alone had left the reader to guess).
        assertEquals("Exported the comparison to compare.csv in " + dir.toAbsolutePath() + ".",
                robot.lookup("#compare-message").queryAs(Label.class).getText());
        try (Reader in = Files.newBufferedReader(exportTo, StandardCharsets.UTF_8)) {
            in.read(); // the byte-order mark
            List<CSVRecord> rows = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .get()).getRecords();
            assertEquals(6, rows.size(), "Trump's six quotes on the topic beside Putin's two");
            assertEquals("putin-cold-war-over", rows.get(0).get("Vladimir Putin quote_id"));
            // Each quote says whether it is the speaker's words or a report of them, as the view marks it.
            Set<String> kinds = new HashSet<>();
            for (CSVRecord row : rows) {
                String id = row.get("Donald Trump quote_id");
                if (!id.isEmpty()) {
                    assertEquals(state.query().timeline().quote(id).orElseThrow().kind().name().toLowerCase(java.util.Locale.ROOT),
                            row.get("Donald Trump kind"), id);
                    kinds.add(row.get("Donald Trump kind"));
                }
            }
            assertEquals(Set.of("direct", "paraphrase"), kinds, "the topic has both kinds of Trump's quotes");
        }
    }

    @Test
    void theExportNeverWritesOverTheOpenFile(FxRobot robot) throws IOException {
        Path open = Path.of("data", "helsinki-2018-summit.json");
        byte[] before = Files.readAllBytes(open);
        exportTo = open;
        robot.clickOn("#compare-export");
        assertTrue(robot.lookup("#compare-message").queryAs(Label.class).getText().startsWith("Not exported: "));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(open)));
    }

    @Test
    void fewerThanTwoSpeakersAsksForAnother(FxRobot robot) {
        Fx.interact(() -> view.choose(List.of("trump"), null));
        assertEquals(null, view.modelProperty().get());
        assertEquals("Choose two or more speakers to compare.", robot.lookup("#compare-message").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#compare-export").query().isDisabled());
    }

    @Test
    void aRelationBetweenColumnsApartRunsDownTheGapNotThroughTheQuotesBetween(FxRobot robot) {
        Fx.interact(() -> view.choose(List.of("putin", "trump", "sam-husseini", "jeff-mason"), null));
        RenderedPulse.await(robot, view.getScene());
        // Behind the quotes, so that where it crosses a column it passes under the words.
        List<Node> layers = view.grid().getChildrenUnmodifiable();
        assertTrue(layers.indexOf(view.grid().links()) < layers.size() - 1, "the curves under the grid");
        javafx.scene.shape.Path answer = view.grid().links().getChildren().stream()
                .filter(n -> n instanceof javafx.scene.shape.Path).map(n -> (javafx.scene.shape.Path) n)
                .filter(p -> p.getStyleClass().contains("compare-link-answers")).findFirst()
                .orElseThrow(() -> new AssertionError("Mason's question to Putin's answer, three columns apart"));
        Bounds question = inGrid(entry("mason-question"));
        Bounds yes = inGrid(entry("putin-yes-i-did"));
        javafx.scene.shape.MoveTo start = (javafx.scene.shape.MoveTo) answer.getElements().get(0);
        javafx.scene.shape.LineTo end = (javafx.scene.shape.LineTo) answer.getElements()
                .get(answer.getElements().size() - 1);
        assertEquals(yes.getMaxX(), start.getX(), 1, "leaves the answer at its right edge");
        assertEquals(yes.getCenterY(), start.getY(), 1);
        assertEquals(question.getMinX(), end.getX(), 1, "reaches the question at its left edge");
        assertEquals(question.getCenterY(), end.getY(), 1);
        // Its way down lies in the gap beside Mason's column, clear of every quote's box.
        double down = ((javafx.scene.shape.LineTo) answer.getElements().get(3)).getX();
        for (String id : List.of("trump-server", "trump-would-wouldnt", "husseini-sign", "putin-yes-i-did",
                "mason-question")) {
            Bounds box = inGrid(entry(id));
            assertTrue(down < box.getMinX() || down > box.getMaxX(), "down at x " + down + " beside " + id + " "
                    + box.getMinX() + "-" + box.getMaxX());
        }
        assertTrue(down < question.getMinX() && down > inGrid(entry("husseini-sign")).getMaxX(), "in the gap: "
                + down);
    }

    private Node entry(String quoteId) {
        Node n = view.grid().entry(quoteId);
        assertNotNull(n, quoteId);
        return n;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private Bounds inGrid(Node n) {
        return view.grid().sceneToLocal(bounds(n));
    }

    /** The speakers' box counts them as the filter bar does, "Speakers: 2/4" (it said "Speakers (2/4)" beside it). */
    @Test
    void theSpeakersBoxCountsAsTheFilterBarDoes(FxRobot robot) {
        Fx.interact(() -> view.choose(List.of("trump", "putin"), null));
        org.controlsfx.control.CheckComboBox<?> box = robot.lookup("#compare-speakers")
                .queryAs(org.controlsfx.control.CheckComboBox.class);
        int all = box.getItems().size();
        assertTrue(all > 2, "speakers: " + all);
        Fx.interact(() -> assertEquals("Speakers: 2/" + all,
                org.summittimeline.ui.BoxWidth.drawnBy(box).getButtonCell().getText()));
        Fx.interact(() -> box.getCheckModel().check(java.util.stream.IntStream.range(0, all)
                .filter(i -> !box.getCheckModel().isChecked(i)).findFirst().orElseThrow()));
        Fx.interact(() -> assertEquals("Speakers: 3/" + all,
                org.summittimeline.ui.BoxWidth.drawnBy(box).getButtonCell().getText()));
    }

    /**
     * Each stop of the Tab key is marked with the accent, as in the viewer's window, whose rules do not reach this
     * one: a new user's walk saw a box's border a shade darker, a one-pixel line on Export CSV…, and on the table,
     * whose keys scroll it, nothing.
     */
    @Test
    void eachControlReachedAsTabReachesItIsRinged(FxRobot robot) {
        Region topic = robot.lookup("#compare-topic").queryAs(Region.class);
        Region speakers = (Region) robot.lookup("#compare-speakers").queryAs(Region.class);
        Region export = robot.lookup("#compare-export").queryAs(Region.class);
        ScrollPane table = robot.lookup("#compare-scroll").queryAs(ScrollPane.class);
        javafx.scene.paint.Paint[] accent = new javafx.scene.paint.Paint[1];
        for (Region stop : List.of(topic, speakers, export)) {
            Fx.interact(() -> {
                org.summittimeline.ui.VisibleFocus.request(stop);
                view.applyCss();
                Region drawn = stop == speakers ? (Region) speakers.lookupAll(".combo-box-base").stream()
                        .filter(n -> n != speakers).findFirst().orElseThrow() : stop;
                List<javafx.scene.layout.BackgroundFill> fills = drawn.getBackground().getFills();
                assertTrue(stop.isFocusVisible(), stop.getId() + " reached as Tab reaches it");
                assertTrue(fills.size() >= 2 && fills.get(1).getInsets().getTop() >= 2
                        && !fills.get(0).getFill().equals(fills.get(1).getFill()), stop.getId() + ": " + fills);
                accent[0] = fills.get(0).getFill();
            });
        }
        double[] viewport = new double[1];
        Fx.interact(() -> viewport[0] = table.getViewportBounds().getWidth());
        Fx.interact(() -> {
            org.summittimeline.ui.VisibleFocus.request(table);
            view.applyCss();
            view.layout();
            assertEquals(viewport[0], table.getViewportBounds().getWidth(), 0.5, "the ring moves nothing");
            assertTrue(table.isFocusVisible());
            javafx.scene.layout.BorderStroke edge = table.getBorder().getStrokes().get(0);
            assertEquals(accent[0], edge.getTopStroke(), "the table's edge in the accent");
            assertTrue(edge.getWidths().getTop() >= 2, "two pixels wide: " + edge.getWidths());
        });
    }

    /**
     * With many speakers and topics at large type, each list opens below its box the first time too; placed by every
     * row before any was measured, it had gone up over its own box (the filter bar's lists show the other cases).
     */
    @Test
    void manySpeakersAndTopicsListsOpenBelowTheirBoxesTheFirstTime(FxRobot robot) throws IOException {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(300, 3, false).write(json);
        Timeline many = new TimelineLoader().load(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "generated.json").timeline();
        Fx.interact(() -> {
            state.queryProperty().set(new TimelineQuery(many));
            view.setStyle("-fx-font-size: 28px");
            view.getScene().getWindow().setY(0);
        });
        for (String id : List.of("#compare-speakers", "#compare-topic")) {
            Node box = robot.lookup(id).query();
            RenderedPulse.await(robot, view.getScene());
            robot.clickOn(box);
            RenderedPulse.await(robot, view.getScene());
            Fx.interact(() -> {
                ListView<?> list = Window.getWindows().stream()
                        .filter(w -> w instanceof PopupWindow p && p.isShowing())
                        .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(ListView.class::isInstance)
                        .map(ListView.class::cast).findFirst().orElseThrow();
                assertTrue(list.getItems().size() > 10, id + ": more options than rows: " + list.getItems().size());
                assertEquals(box.localToScreen(box.getLayoutBounds()).getMaxY(),
                        list.localToScreen(list.getLayoutBounds()).getMinY(), 1, id + ": the list's top at its box's bottom");
            });
            Fx.type(KeyCode.ESCAPE);
        }
    }

    /**
     * The speakers' and topic's boxes narrow again when the type goes down: measured by lists never shown in the
     * smaller type, they had kept their width at 250 % after the type went back to 100 %, and sent the export
     * button to a second row.
     */
    @Test
    void theListsBoxesNarrowAgainWhenTheTypeGoesDown(FxRobot robot) {
        List<String> boxes = List.of("#compare-speakers", "#compare-topic");
        RenderedPulse.await(robot, view.getScene());
        List<Double> designed = Fx.interact(() -> boxes.stream().map(id -> wholeCaptionsWidth(id)).toList());
        RenderedPulse.after(view.getScene(), () -> view.setStyle("-fx-font-size: 35px"));
        List<Double> large = Fx.interact(() -> boxes.stream().map(id -> wholeCaptionsWidth(id)).toList());
        RenderedPulse.after(view.getScene(), () -> view.setStyle(""));
        List<Double> again = Fx.interact(() -> boxes.stream().map(id -> wholeCaptionsWidth(id)).toList());
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(large.get(i) > designed.get(i) * 1.5, boxes.get(i) + " grows with the type: " + large);
            assertEquals(designed.get(i), again.get(i), 1, boxes.get(i) + " as wide as at first: " + again);
        }
    }

    /**
     * At the largest type each word of an event's name and times fits its column, so no line breaks inside a word: a
     * time's clock and zone held together ("18:05–18:35 EEST") had been wider than the column at 250 %, and broken
     * into "EES" and "T". Where the column is wide enough they stay together.
     */
    @Test
    void anEventsTimesBreakBetweenWordsAtTheLargestType(FxRobot robot) {
        RenderedPulse.after(view.getScene(), () -> view.setStyle("-fx-font-size: 35px"));
        RenderedPulse.await(robot, view.getScene());
        Fx.interact(() -> {
            Label event = (Label) view.lookup("#compare-row-press-conference");
            double room = event.getWidth() - event.snappedLeftInset() - event.snappedRightInset();
            for (String run : event.getText().split("[ \n]")) {
                Text measured = new Text(run);
                measured.setFont(event.getFont());
                assertTrue(measured.getLayoutBounds().getWidth() <= room, "\"" + run + "\" fits " + room + " px");
            }
            // Too wide for the column whole, the end keeps its "≈" with its clock time (it had ended a line).
            assertTrue(event.getText().contains("\u2248\u00a018:51\u201319:00"), event.getText());
        });
        RenderedPulse.after(view.getScene(), () -> view.setStyle(""));
        Fx.interact(() -> assertTrue(((Label) view.lookup("#compare-row-press-conference")).getText()
                .contains("\u00a0EEST"), "with room, the zone held to its clock time"));
    }

    /** The width of the box {@code id}, whose caption is drawn whole, not cut to "…". */
    private double wholeCaptionsWidth(String id) {
        Node box = view.lookup(id);
        // The closed box's cell, the one with words (the check box's skin keeps a second one, empty).
        Labeled cell = box.lookupAll(".list-cell").stream().map(Labeled.class::cast)
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).findFirst().orElseThrow();
        assertEquals(cell.getText(), ((Text) cell.lookup(".text")).getText(), id + ": the caption drawn whole");
        return box.prefWidth(-1);
    }

    /** A bound with no break after its "≈" nor before its last word. */
    private static String held(String bound) {
        return bound.replaceFirst(" (\\S+)$", "\u00a0$1").replace("\u2248 ", "\u2248\u00a0");
    }

    /** In the open list of topics, which has no boxes, typing chooses the topic its letters begin, Space closes it. */
    @Test
    @SuppressWarnings("unchecked")
    void typingInTheTopicsListChoosesTheTopicItsLettersBegin(FxRobot robot) throws TimeoutException {
        javafx.scene.control.ComboBox<String> topic = robot.lookup("#compare-topic")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(topic);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, topic::isShowing);
        Fx.type(KeyCode.C, KeyCode.O, KeyCode.L, KeyCode.L);
        assertEquals("collusion", topic.getConverter().toString(topic.getValue()));
        Fx.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !topic.isShowing());
        assertEquals("collusion", topic.getConverter().toString(topic.getValue()), "Space chose nothing else");
    }
}
