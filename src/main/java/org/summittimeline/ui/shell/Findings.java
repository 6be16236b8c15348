package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.summittimeline.export.CitationStyle;
import org.summittimeline.export.ImageTheme;
import org.summittimeline.export.PictureRequest;
import org.summittimeline.export.StyledCitations;
import org.summittimeline.export.TimelinePicture;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.CsvSeparator;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Settings.Key;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.timeline.TimelineView;
import org.summittimeline.ui.timeline.layout.TimeWindow;

/**
 * The window's ways of getting findings out: File ▸ Export Image, Events and Sources, and Edit ▸ Copy in Citation
 * Style (the style remembered). The citation processor for the open timeline is made in the background work
 * once something is selected, so that the first copy does not wait for the style files to be read.
 */
final class Findings {
    private static final Logger LOG = Logger.getLogger(Findings.class.getName());

    private final AppState state;
    private final Settings settings;
    private final TimelineView view;
    private final Supplier<Window> owner;
    /** For each target, the file it must not overwrite: the one on screen, or the one that failed to open. */
    private final UnaryOperator<Path> openFile;
    private final Consumer<String> say;
    private final SaveFolder saveFolder;
    private final ObjectProperty<CitationStyle> style = new SimpleObjectProperty<>(this, "citationStyle");
    private final BackgroundWork work;
    /** The processor being made, completed by the work itself so that a copy can wait for the rest of it. */
    private CompletableFuture<StyledCitations> citations;

    Findings(AppState state, BackgroundWork work, Settings settings, TimelineView view, Supplier<Window> owner,
             UnaryOperator<Path> openFile, Supplier<Path> currentFile, Consumer<String> say) {
        this.state = state;
        this.work = work;
        this.settings = settings;
        this.view = view;
        this.owner = owner;
        this.openFile = openFile;
        this.say = say;
        this.saveFolder = new SaveFolder(settings, currentFile);
        style.set(settings.choice(Key.CITATION_STYLE, CitationStyle.class));
        // Reading a style costs half a second of a core: not at start-up, beside the first frame and the word
        // indexes, but once the reader selects something, which is what a copy needs.
        state.queryProperty().addListener((obs, old, q) -> citations = null);
        state.selectedEventProperty().addListener((obs, old, e) -> {
            if (e != null && citations == null) {
                prepareCitations(state.query());
            }
        });
    }

    /** Where this window's save windows open (the handout's too): the folder saved to last, else beside the file. */
    SaveFolder saveFolder() {
        return saveFolder;
    }

    /** The file a save to {@code target} must not replace: the timeline on screen, or the one that failed to open. */
    Path notToReplace(Path target) {
        return openFile.apply(target);
    }

    /** The style Copy in Citation Style uses; the menu shows it ticked. */
    ObjectProperty<CitationStyle> citationStyleProperty() {
        return style;
    }

    /**
     * Starts reading the chosen style for the timeline in the background work; a copy then takes the result,
     * waiting only for what is left of it. The work completes the future itself, not its hand-back on the UI
     * thread, so that a copy waiting on the UI thread is never waiting for itself.
     */
    private void prepareCitations(TimelineQuery q) {
        if (q == null) {
            citations = null;
            return;
        }
        Timeline timeline = q.timeline();
        CitationStyle chosen = style.get();
        CompletableFuture<StyledCitations> ready = new CompletableFuture<>();
        citations = ready;
        work.run(() -> {
            StyledCitations made;
            try {
                made = new StyledCitations(timeline);
            } catch (RuntimeException | Error e) {
                ready.completeExceptionally(e);
                throw e;
            }
            try {
                made.prepare(chosen);
            } catch (RuntimeException e) {
                // Said again, to the reader, when a copy asks for the style.
                LOG.log(Level.WARNING, "the citation style " + chosen + " could not be prepared", e);
            }
            ready.complete(made);
            return made;
        }, made -> { }, failed -> ready.completeExceptionally(failed));
    }

    /** Copies the selected quote, or else the selected event, cited in {@code chosen}, and remembers the style. */
    void copyCitation(CitationStyle chosen) {
        style.set(chosen);
        settings.put(Key.CITATION_STYLE, chosen.name());
        TimelineQuery q = state.query();
        Quote quote = state.selectedQuoteProperty().get();
        Event event = state.selectedEvent();
        if (q == null || quote == null && event == null) {
            // Chosen from the menu with nothing selected, the style is kept for the next copy; said, since nothing
            // reached the clipboard.
            if (q != null) {
                say.accept(Texts.format("cite.chosenNothingCopied", Texts.get("cite.style." + chosen.name())));
            }
            return;
        }
        StyledCitations cite = citations == null ? new StyledCitations(q.timeline())
                : citations.exceptionally(failed -> new StyledCitations(q.timeline())).join();
        String text = quote != null ? cite.quote(chosen, quote) : cite.event(chosen, event);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        say.accept(copiedMessage(Texts.get("cite.style." + chosen.name()), text));
    }

    /**
     * What the status bar says of {@code text} copied in {@code style}: the references first (those after the first
     * blank line, where the reference list begins), then the first line of what is cited. The bar cuts a long line at
     * its end, and cut after the quote's first words the reference a researcher checks stood only in the tooltip.
     */
    static String copiedMessage(String style, String text) {
        String[] parts = text.split("\\R[ \\t]*\\R", 2);
        String cited = parts[0].lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        List<String> references = parts.length < 2 ? List.of() : parts[1].lines().filter(l -> !l.isBlank()).toList();
        return references.isEmpty() ? Texts.format("cite.copied", style, cited)
                : Texts.format("cite.copiedWithReference", style, cited, String.join(" \u00b7 ", references),
                references.size());
    }

    void copyCitation() {
        copyCitation(style.get());
    }

    void exportImage() {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        ZoneId zone = state.zoneProperty().get() == null ? q.timeline().zone() : state.zoneProperty().get();
        TimeWindow viewport = view.timeWindow();
        ImageTheme theme = settings.choice(Key.THEME, Theme.class) == Theme.DARK ? ImageTheme.DARK : ImageTheme.LIGHT;
        ImageExportDialog.ask(owner.get(), saveFolder, q.timeline(), zone, viewport.start(), viewport.end(),
                (int) Math.round(viewport.width()), theme).filter(c -> state.query() == q).ifPresent(this::writeImage);
    }

    /** Draws the choice with the lanes and filters on screen and writes it; the status bar says how it went. */
    void writeImage(ImageExportDialog.Choice c) {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        ZoneId zone = state.zoneProperty().get() == null ? q.timeline().zone() : state.zoneProperty().get();
        QueryResult shown = state.result();
        PictureRequest request = new PictureRequest(state.laneModeProperty().get(),
                shown == null ? null : shown::isEventShown, c.from(), c.to(), c.width(), c.scale(), c.theme(), zone);
        TimelinePicture picture = new TimelinePicture(q.timeline(), q.index(), request);
        say.accept(FindingsExport.writeImage(picture, c.svg(), c.file(), openFile.apply(c.file()), c.scale()));
    }

    /** File ▸ Export Quotes: asks what and where, then writes them as {@link #writeQuotes} does. */
    void exportQuotes() {
        ExportDialog.ask(owner.get(), saveFolder, state).filter(choice -> state.query() != null)
                .ifPresent(choice -> say.accept(QuoteExport.write(choice.file(), openFile.apply(choice.file()),
                        state.query().timeline(), QuoteExport.quotes(choice.scope(), state), choice.byteOrderMark(),
                        choice.separator())));
    }

    /** Writes the quotes the panel shows; refuses to write over the timeline that is open. */
    void writeQuotes(Path target) {
        if (state.query() != null) {
            say.accept(QuoteExport.write(target, openFile.apply(target), state.query().timeline(),
                    QuoteExport.quotes(QuoteExport.Scope.PANEL, state), true, CsvSeparator.preferred()));
        }
    }

    /** Writes the events and quotes that pass the filters in our format; a null target asks where. */
    void exportTimeline(Path target) {
        Path file = target != null || state.query() == null ? target
                : TimelineExport.choose(owner.get(), saveFolder, state.query().timeline());
        if (file != null && state.query() != null) {
            say.accept(TimelineExport.write(file, openFile.apply(file), state));
        }
    }

    void exportEvents() {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        Timeline timeline = q.timeline();
        List<Event> shown = state.result() == null ? timeline.events() : state.result().shownEvents();
        EventExportDialog.ask(owner.get(), saveFolder, timeline, shown.size(), timeline.events().size())
                .filter(c -> state.query() == q).ifPresent(this::writeEvents);
    }

    /** Writes the events chosen; the status bar says how it went. */
    void writeEvents(EventExportDialog.Choice c) {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        Timeline timeline = q.timeline();
        List<Event> events = c.filtered() && state.result() != null ? state.result().shownEvents() : timeline.events();
        say.accept(FindingsExport.writeEvents(timeline, events, c.byteOrderMark(), c.separator(), c.file(),
                openFile.apply(c.file())));
    }

    void exportSources() {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        Timeline timeline = q.timeline();
        var cited = FindingsExport.citedSources(timeline, state.result());
        SourcesExportDialog.ask(owner.get(), saveFolder, timeline, cited.size(), timeline.sources().size(),
                LocalDate.now()).filter(c -> state.query() == q).ifPresent(this::writeSources);
    }

    /** Writes the sources chosen as a reference file; the status bar says how it went. */
    void writeSources(SourcesExportDialog.Choice c) {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        Timeline timeline = q.timeline();
        var sources = c.cited() ? FindingsExport.citedSources(timeline, state.result()) : timeline.sources();
        say.accept(FindingsExport.writeSources(c.format(), sources, c.accessed(), c.file(), openFile.apply(c.file())));
    }
}
