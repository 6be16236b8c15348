package org.summittimeline.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.format.TimelineWriter;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;

/**
 * File ▸ Export ▸ Timeline as JSON: the events and quotes that pass the filters, in our own format, so that a
 * part of a timeline (or an imported one) can be kept, shared and opened again. Never over the open file.
 */
final class TimelineExport {
    private TimelineExport() {
    }

    /** Asks where to write; null when the reader cancels. */
    static Path choose(Window owner, SaveFolder folder, Timeline timeline) {
        return folder.ask(owner, Texts.get("import.exportJson.title"),
                QuoteExport.suggestedName(timeline).replaceAll("-quotes\\.csv$", ".json"),
                new FileChooser.ExtensionFilter(Texts.get("import.exportJson.filter"), "*.json")).orElse(null);
    }

    /** Writes what passes the filters; returns what the status bar says. */
    static String write(Path target, Path openFile, AppState state) {
        Timeline timeline = state.query().timeline();
        List<Event> events = state.result() == null ? timeline.events() : state.result().shownEvents();
        List<Quote> quotes = state.result() == null ? timeline.quotes() : state.result().shownQuotes();
        try {
            TimelineWriter.export(timeline, events, quotes, target, openFile);
        } catch (SafeWrite.Refused e) {
            return Texts.format("import.exportJson.refused", e.getMessage());
        } catch (IOException e) {
            return Texts.format("import.exportJson.failed", target, e.getMessage());
        }
        long written = quotes.stream().filter(q -> events.stream().anyMatch(e -> e.id().equals(q.eventId()))).count();
        return Texts.format("import.exportJson.done", events.size(), written, SaveFolder.placeOf(target));
    }
}
