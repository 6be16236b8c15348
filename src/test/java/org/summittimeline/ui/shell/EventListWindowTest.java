package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EventListWindowTest {
    private EventListWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        TimelineLoader loader = new TimelineLoader();
        TimelineDocuments documents = new TimelineDocuments() {
            @Override
            public LoadResult open(Path file) {
                return loader.load(file);
            }

            @Override
            public LoadResult openBundled() {
                return loader.load(Path.of("data", "helsinki-2018-summit.json"));
            }
        };
        window = new EventListWindow(documents, BackgroundWork.sameThread());
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    @Test
    void theBundledTimelineIsListedInTimeOrderUnderItsTitle(FxRobot robot) {
        robot.interact(() -> window.openBundled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The Trump\u2013Putin summit in Helsinki, 15\u201317 July 2018",
                robot.lookup("#heading").queryAs(Label.class).getText());
        ListView<Event> events = robot.lookup("#events").queryListView();
        List<String> ids = events.getItems().stream().map(Event::id).toList();
        assertEquals("air-force-one-lands", ids.get(0));
        assertEquals(12, ids.size());
        assertTrue(ids.indexOf("protester-removed") < ids.indexOf("press-conference"));
        assertTrue(robot.lookup(".event-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Air Force One lands in Helsinki")));
    }

    @Test
    void anEventShowsItsQuotesWithTheirCitations(FxRobot robot) {
        robot.interact(() -> window.openBundled());
        ListView<Event> events = robot.lookup("#events").queryListView();
        int presser = events.getItems().stream().map(Event::id).toList().indexOf("press-conference");
        robot.interact(() -> events.scrollTo(presser));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".quote").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Vladimir Putin: \u201cI had to repeat that the Russian state")));
        assertTrue(robot.lookup(".citation").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Associated Press, 16 July 2018, \u00b63")));
    }

    @Test
    void aBrokenFileShowsItsProblemsInsteadOfATimeline(FxRobot robot) throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("/corpus/many-errors.json").toURI());
        robot.interact(() -> window.open(broken));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("This file could not be opened", robot.lookup("#heading").queryAs(Label.class).getText());
        ListView<Problem> problems = robot.lookup("#problems").queryListView();
        assertEquals(4, problems.getItems().size());
        assertTrue(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> ("error: line 3, column 12 \u2014 title: expected text in double quotation marks, "
                        + "found the number 7").equals(c.getText())));
        assertTrue(robot.lookup("#events").tryQuery().isEmpty());
        assertNull(window.resultProperty().get().timeline());
    }
}
