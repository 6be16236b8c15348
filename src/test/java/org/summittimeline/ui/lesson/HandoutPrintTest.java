package org.summittimeline.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.BundledTimeline;
import org.summittimeline.handout.Handout;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Fx;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The printed handout's pages: as the PDF's, a step's heading stays with its first quote. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HandoutPrintTest {
    @Start
    void start(Stage stage) {
        // The toolkit measures the texts; no window is needed.
    }

    @Test
    void aStepsHeadingIsPrintedOnThePageOfItsFirstQuoteAtEveryPageHeight(FxRobot robot) {
        Timeline helsinki = BundledTimeline.helsinki();
        List<PresentationStep> everything = new ArrayList<>();
        helsinki.events().forEach(e -> everything.add(new PresentationStep(e.id(), null, null)));
        Handout h = Handout.of(helsinki, everything, helsinki.zone(), null);
        int texts = 2 + h.steps().stream().mapToInt(s -> 2 + (s.summary() == null ? 0 : 1)
                + s.disputes().stream().mapToInt(d -> 1 + d.accounts().size()).sum() + (s.sources().isEmpty() ? 0 : 1)
                + s.quotes().size()).sum();
        assertTrue(h.steps().stream().anyMatch(s -> s.disputes().size() == 2), "a step disputed at both ends");
        for (double height = 300; height <= 800; height += 25) {
            double tall = height;
            List<List<String>> pages = new ArrayList<>();
            Fx.interact(() -> {
                for (VBox page : HandoutPrint.pages(h, 450, tall)) {
                    pages.add(page.getChildren().stream().map(HandoutPrintTest::text).toList());
                }
            });
            assertEquals(texts, pages.stream().mapToInt(List::size).sum(), "every text printed once");
            for (Handout.Step s : h.steps()) {
                if (s.quotes().isEmpty()) {
                    continue;
                }
                String heading = "\n" + s.number() + ". " + s.title();
                List<String> page = pages.stream().filter(p -> p.contains(heading)).findFirst().orElseThrow();
                assertTrue(page.stream().anyMatch(t -> t.startsWith(s.quotes().get(0).speaker() + "\n")),
                        "page " + tall + " px: " + s.title() + " without its first quote");
                for (Handout.Dispute d : s.disputes()) {
                    assertTrue(page.contains(d.heading()) && page.contains("\u2022 " + d.accounts().get(0)),
                            "page " + tall + " px: " + s.title() + " without the sources' own times");
                }
            }
        }
    }

    /** A printed text's words; an item of a list, its dot and words. */
    private static String text(Node n) {
        return n instanceof Text t ? t.getText()
                : ((HBox) n).getChildren().stream().map(c -> ((Text) c).getText()).reduce("", String::concat);
    }
}
