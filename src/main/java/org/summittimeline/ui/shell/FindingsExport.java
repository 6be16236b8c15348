package org.summittimeline.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.summittimeline.export.EventCsvWriter;
import org.summittimeline.export.ReferenceFiles;
import org.summittimeline.export.ReferenceFormat;
import org.summittimeline.export.TimelinePicture;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryResult;
import org.summittimeline.ui.ExportName;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;

/**
 * Writing the window's findings to files (an image, events as CSV, the sources for a reference manager) and what
 * the status bar then says. No toolkit: the dialogs ask, this writes, always through {@link SafeWrite}.
 */
final class FindingsExport {
    private FindingsExport() {
    }

    /** A file name from the timeline's title: "helsinki-summit-16-july-2018-events.csv". */
    static String suggestedName(Timeline timeline, String ending) {
        return ExportName.of(timeline, ending);
    }

    static String writeImage(TimelinePicture picture, boolean svg, Path target, Path openFile, double scale) {
        return write(target, () -> {
            if (svg) {
                picture.writeSvg(target, openFile);
            } else {
                picture.writePng(target, openFile);
            }
        }, Texts.format("export.image.done", Math.round(picture.width() * scale), Math.round(picture.height() * scale),
                SaveFolder.placeOf(target)));
    }

    static String writeEvents(Timeline timeline, List<Event> events, boolean byteOrderMark, char separator, Path target,
                              Path openFile) {
        return write(target, () -> EventCsvWriter.export(timeline, events, target, openFile, byteOrderMark, separator),
                Texts.format("export.events.done", events.size(), SaveFolder.placeOf(target)));
    }

    static String writeSources(ReferenceFormat format, List<Source> sources, LocalDate accessed, Path target,
                               Path openFile) {
        return write(target, () -> ReferenceFiles.export(format, sources, accessed, target, openFile),
                Texts.format("cite.sources.done", sources.size(), format.label(), SaveFolder.placeOf(target)));
    }

    /**
     * The sources that the shown events (their own, their times' and their accounts') and the shown quotes (and
     * their other renderings) cite, in the timeline's order of sources.
     */
    static List<Source> citedSources(Timeline timeline, QueryResult shown) {
        Set<String> cited = new LinkedHashSet<>();
        List<Event> events = shown == null ? timeline.events() : shown.shownEvents();
        List<Quote> quotes = shown == null ? timeline.quotes() : shown.shownQuotes();
        for (Event e : events) {
            e.sources().forEach(c -> cited.add(c.sourceId()));
            addTime(cited, e.start());
            addTime(cited, e.end());
        }
        for (Quote q : quotes) {
            cited.add(q.citation().sourceId());
            q.variants().forEach(v -> cited.add(v.citation().sourceId()));
        }
        return timeline.sources().stream().filter(s -> cited.contains(s.id())).toList();
    }

    private static void addTime(Set<String> cited, TimeBound t) {
        if (t != null) {
            t.sources().stream().map(Citation::sourceId).forEach(cited::add);
            t.accounts().forEach(a -> a.sources().forEach(c -> cited.add(c.sourceId())));
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static String write(Path target, Writing writing, String done) {
        try {
            writing.run();
        } catch (SafeWrite.Refused e) {
            return Texts.format("export.refused", e.getMessage());
        } catch (IOException e) {
            return Texts.format("export.failed", target, e.getMessage());
        }
        return done;
    }
}
