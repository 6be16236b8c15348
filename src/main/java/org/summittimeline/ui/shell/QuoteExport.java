package org.summittimeline.ui.shell;

import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.summittimeline.format.QuoteCsvWriter;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.ExportName;
import org.summittimeline.ui.quotes.QuoteListModel;

/**
 * Exporting quotes as CSV: which quotes (those in the panel, all that pass the filters, or every one), the file
 * name it suggests, and the writing itself, which starts with a byte-order mark so that spreadsheets read ¶ and
 * accents right, and never writes over the timeline that is open. No toolkit; {@link ExportDialog} asks.
 */
final class QuoteExport {
    /** Which quotes to write. */
    enum Scope {
        PANEL, FILTERED, EVERY;

        String label() {
            return Texts.get("window.quotes.scope." + name());
        }
    }

    private QuoteExport() {
    }

    static List<Quote> quotes(Scope scope, AppState state) {
        if (state.query() == null) {
            return List.of();
        }
        return switch (scope) {
            case PANEL -> QuoteListModel.shown(state.query(), state.result(), state.selectedEvent(),
                    state.quotesOfSelectionOnlyProperty().get()).quotes();
            case FILTERED -> state.query().quotesInTimeOrder(state.result());
            case EVERY -> state.query().timeline().quotes();
        };
    }

    /** "helsinki-summit-16-july-2018-quotes.csv": the timeline's title in plain letters. */
    static String suggestedName(Timeline timeline) {
        return ExportName.of(timeline, "quotes.csv");
    }

    /**
     * Writes the quotes to {@code target} through {@link SafeWrite}: never over the open file (by any path or
     * link), all or nothing; returns what the status bar says.
     */
    static String write(Path target, Path openFile, Timeline timeline, List<Quote> quotes, boolean byteOrderMark,
                        char separator) {
        try {
            QuoteCsvWriter.export(timeline, quotes, target, openFile, byteOrderMark, separator);
        } catch (SafeWrite.Refused e) {
            return Texts.format("window.quotes.refused", e.getMessage());
        } catch (IOException e) {
            return Texts.format("window.quotes.failed", target, e.getMessage());
        }
        return Texts.format("window.quotes.done", quotes.size(), SaveFolder.placeOf(target));
    }
}
