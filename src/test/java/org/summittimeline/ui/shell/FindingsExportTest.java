package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.export.ReferenceFormat;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;

/** What the window's exports write and say, without a window. */
class FindingsExportTest {
    private static final Timeline HELSINKI = new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline();

    @Test
    void theSourcesCitedAreThoseOfTheShownEventsTheirTimesAndTheShownQuotes() {
        TimelineQuery query = new TimelineQuery(HELSINKI, Runnable::run);
        var security = query.apply(QueryFilter.NONE.withCategories(Set.of("security")));
        List<String> cited = FindingsExport.citedSources(HELSINKI, security).stream().map(Source::id).toList();
        // The protester's removal cites AP ¶19 and CNN for its time.
        assertTrue(cited.containsAll(List.of("ap", "cnn-live")), cited.toString());
        assertTrue(cited.size() < HELSINKI.sources().size());
        assertEquals(HELSINKI.sources().stream().map(Source::id).filter(cited::contains).toList(), cited,
                "in the timeline's order");
        assertTrue(FindingsExport.citedSources(HELSINKI, null).size() > cited.size());
    }

    @Test
    void writingSaysWhatWasWrittenOrWhyNot(@TempDir Path dir) throws IOException {
        Path open = Files.writeString(dir.resolve("t.json"), "{}");
        String refused = FindingsExport.writeSources(ReferenceFormat.RIS, HELSINKI.sources(), null, open, open);
        assertTrue(refused.startsWith("Not exported: "), refused);
        assertEquals("Exported 48 sources as BibTeX to s.bib", FindingsExport.writeSources(ReferenceFormat.BIBTEX,
                HELSINKI.sources(), null, dir.resolve("s.bib"), open));
        assertEquals("Exported one event to e.csv", FindingsExport.writeEvents(HELSINKI, HELSINKI.events().subList(0, 1),
                true, dir.resolve("e.csv"), open));
        assertEquals(QuoteExport.suggestedName(HELSINKI).replace("-quotes.csv", "-events.csv"),
                FindingsExport.suggestedName(HELSINKI, "events.csv"));
    }
}
