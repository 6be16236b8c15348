package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.BundledTimeline;
import org.summittimeline.export.ReferenceFormat;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;

/** What the window's exports write and say, without a window. */
@Tag("toolkit-free")
class FindingsExportTest {
    private static Timeline helsinki;

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki();
    }

    @Test
    void theSourcesCitedAreThoseOfTheShownEventsTheirTimesAndTheShownQuotes() {
        TimelineQuery query = new TimelineQuery(helsinki, Runnable::run);
        var security = query.apply(QueryFilter.NONE.withCategories(Set.of("security")));
        List<String> cited = FindingsExport.citedSources(helsinki, security).stream().map(Source::id).toList();
        // The protester's removal cites AP ¶19 and CNN for its time.
        assertTrue(cited.containsAll(List.of("ap", "cnn-live")), cited.toString());
        assertTrue(cited.size() < helsinki.sources().size());
        assertEquals(helsinki.sources().stream().map(Source::id).filter(cited::contains).toList(), cited,
                "in the timeline's order");
        assertTrue(FindingsExport.citedSources(helsinki, null).size() > cited.size());
    }

    @Test
    void writingSaysWhatWasWrittenOrWhyNot(@TempDir Path dir) throws IOException {
        Path open = Files.writeString(dir.resolve("t.json"), "{}");
        String refused = FindingsExport.writeSources(ReferenceFormat.RIS, helsinki.sources(), null, open, open);
        assertTrue(refused.startsWith("Not exported: "), refused);
        assertEquals("Exported 48 sources as BibTeX to s.bib in " + dir.toAbsolutePath(), FindingsExport.writeSources(ReferenceFormat.BIBTEX,
                helsinki.sources(), null, dir.resolve("s.bib"), open));
        assertEquals("Exported one event to e.csv in " + dir.toAbsolutePath(), FindingsExport.writeEvents(helsinki, helsinki.events().subList(0, 1),
                true, ';', dir.resolve("e.csv"), open));
        // Semicolons between the columns, as Excel expects them where the decimal mark is a comma; a semicolon
        // within a text is quoted.
        String header = java.nio.file.Files.readAllLines(dir.resolve("e.csv")).get(0).substring(1);
        assertEquals(String.join(";", org.summittimeline.export.EventCsvWriter.HEADER), header);
        assertEquals(QuoteExport.suggestedName(helsinki).replace("-quotes.csv", "-events.csv"),
                FindingsExport.suggestedName(helsinki, "events.csv"));
    }
}
