package org.summittimeline.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Settings.Key;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * Reading timelines for the window: off the UI thread with progress and Cancel in the status bar, only the
 * newest request reaching the screen, and live reload of the open file when it changes on disk. The window
 * decides how a finished read is shown ({@link Screen}); this class decides which reads count.
 */
final class Opening implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Opening.class.getName());

    /** Files larger than this are not watched unless the reader turns live reload on while one is open. */
    static final long LIVE_RELOAD_LIMIT = 50L * 1000 * 1000;
    /** How long a file must stay quiet after a write before it is read again. */
    static final Duration QUIET = Duration.ofMillis(300);

    /**
     * What the window does with a finished read; {@code keep} (or null) is what a reload restores; {@code again}:
     * read again at the reader's asking (Reload), which the window says, as a Reload of the example changed nothing
     * to be seen.
     */
    interface Shown {
        void show(Path file, OpenedTimeline opened, Reload keep, boolean live, boolean again);
    }

    /** What the window shows ({@code opened} null: no timeline) and what a reload keeps of it. */
    record OnScreen(Path file, OpenedTimeline opened, Reload keep) {
    }

    private final TimelineDocuments documents;
    private final BackgroundWork work;
    private final StatusLine status;
    private final Settings settings;
    private final Shown shown;
    private final BiConsumer<Path, Throwable> failed;
    /** What the screen shows now, to keep across a reload or to go back to. */
    private final Supplier<OnScreen> onScreen;
    /**
     * Told after a Cancel, when the screen may have nothing to show, and whenever events shown ahead of their
     * quotes are taken back (before what was on screen earlier comes back).
     */
    private final Runnable cancelled;
    /** How many frames the timeline has drawn: the reader that gave way to its events goes on after the next. */
    private final LongSupplier framesDrawn;
    /** The window's lane mode when a read starts: the read works out those lanes ahead ({@link OpenedTimeline#of}). */
    private final Supplier<LaneMode> laneMode;
    private final FileWatch watch;
    /** The menu toggle: is the file the reader works on watched for changes. */
    private final BooleanProperty liveReload = new SimpleBooleanProperty(this, "liveReload");
    /** A file on disk is open (not the example inside the program), so there is something to watch. */
    private final ReadOnlyBooleanWrapper watchable = new ReadOnlyBooleanWrapper(this, "watchable");
    /** Each read gets the next number; a read whose number is no longer the newest is dropped when it ends. */
    private int generation;
    private ReadProgress reading;
    /** The file the reader works on: the last one asked for, shown or not (null: the bundled timeline). */
    private Path file;
    /**
     * While the events of the file being read are on screen ahead of its quotes: what was on screen before them,
     * to go back to if the file does not open after all; null otherwise.
     */
    private OnScreen beforeEventsFirst;

    Opening(TimelineDocuments documents, BackgroundWork work, StatusLine status, Settings settings, Shown shown,
            BiConsumer<Path, Throwable> failed, Supplier<OnScreen> onScreen, Runnable cancelled,
            LongSupplier framesDrawn, Supplier<LaneMode> laneMode) {
        this.documents = documents;
        this.work = work;
        this.status = status;
        this.settings = settings;
        this.shown = shown;
        this.failed = failed;
        this.onScreen = onScreen;
        this.cancelled = cancelled;
        this.framesDrawn = framesDrawn;
        this.laneMode = laneMode;
        this.watch = new FileWatch(QUIET);
        liveReload.addListener((obs, was, on) -> watchCurrent());
    }

    BooleanProperty liveReloadProperty() {
        return liveReload;
    }

    ReadOnlyBooleanProperty watchableProperty() {
        return watchable.getReadOnlyProperty();
    }

    /** The menu toggle was used: remembered, and acts on the open file at once, whatever its size. */
    void chooseLiveReload(boolean on) {
        settings.put(Key.LIVE_RELOAD, String.valueOf(on));
        liveReload.set(on);
    }

    Path file() {
        return file;
    }

    boolean isReading() {
        return reading != null;
    }

    void openBundled() {
        LaneMode mode = laneMode.get();
        read(null, () -> OpenedTimeline.of(documents.openBundled(), mode), new ReadProgress(0), null, false);
    }

    void open(Path f) {
        ReadProgress progress = ReadProgress.forOpening(size(f));
        LaneMode mode = laneMode.get();
        read(f, () -> OpenedTimeline.of(documents.open(f, progress), mode), progress, null, false);
    }

    /** A read that began before the window existed (the launcher's); shown at once when it is done already. */
    void adopt(Path f, CompletableFuture<OpenedTimeline> started, ReadProgress progress) {
        if (started.isDone() && !started.isCompletedExceptionally()) {
            if (progress != null) {
                progress.endEventsFirst();
            }
            generation++;
            finish(f);
            showAndIndex(f, started.join(), null, false, false);
            return;
        }
        read(f, started::join, progress == null ? new ReadProgress(0) : progress, null, false);
    }

    /** Reads the file again, keeping the selection, the filters and the view where the same ids still exist. */
    void reload() {
        reload(false);
    }

    private void reload(boolean live) {
        if (beforeEventsFirst != null) {
            return; // the file on screen is being read whole already
        }
        Reload kept = onScreen.get().keep();
        Path f = file;
        LOG.info(() -> (live ? "reloading after a change on disk: " : "reloading ") + (f == null ? "the bundled timeline" : f));
        if (f == null) {
            LaneMode mode = laneMode.get();
            read(null, () -> OpenedTimeline.of(documents.openBundled(), mode), new ReadProgress(0), kept, live);
            return;
        }
        ReadProgress progress = new ReadProgress(size(f));
        LaneMode mode = laneMode.get();
        read(f, () -> OpenedTimeline.of(documents.open(f, progress), mode), progress, kept, live);
    }

    /** Stops the read under way; the timeline on screen stays as it is. */
    void cancel() {
        if (reading == null) {
            return;
        }
        reading.cancel();
        reading = null;
        generation++;
        status.doneReading();
        boolean timelineOnScreen = onScreen.get().opened() != null;
        status.say(Texts.get(switch (takeBackEventsFirst()) {
            // The file named at start, cancelled before anything showed, leaves no timeline to speak of.
            case NONE_SHOWN -> timelineOnScreen ? "open.cancelled" : "open.cancelled.none";
            case TIMELINE_BACK -> "open.cancelled.back";
            case NOTHING_BEFORE -> "open.cancelled.none";
        }));
        cancelled.run();
    }

    private void read(Path f, Supplier<OpenedTimeline> task, ReadProgress progress, Reload keep, boolean live) {
        if (reading != null) {
            reading.cancel(); // the newer request wins; the older read stops at its next block
        }
        takeBackEventsFirst(); // the events of a file read before this one are not what the reader asks for now
        int mine = ++generation;
        reading = progress;
        status.showReading(f == null ? Texts.get("open.example") : f.getFileName().toString(), progress, this::cancel);
        if (keep == null) {
            // A reload keeps the whole timeline on screen until the new one is read, quotes and all.
            LaneMode mode = laneMode.get();
            progress.onEventsRead(events -> work.run(() -> OpenedTimeline.eventsFirst(f, events, mode), first -> {
                if (mine == generation && reading == progress) {
                    showEventsFirst(f, first, progress, mine);
                } else {
                    progress.eventsDrawn();
                }
            }, e -> {
                progress.eventsDrawn();
                LOG.log(Level.WARNING, "the events read first could not be shown", e);
            }));
        }
        work.run(task, opened -> {
            progress.endEventsFirst();
            if (mine == generation) {
                finish(f);
                // What the reader did with the events shown first (selection, view, filters) carries over.
                boolean eventsShown = beforeEventsFirst != null;
                Reload carried = eventsShown && !opened.result().hasErrors() ? onScreen.get().keep() : keep;
                if (opened.result().hasErrors()) {
                    takeBackEventsFirst();
                }
                beforeEventsFirst = null;
                showAndIndex(f, opened, carried, live, keep != null && !live);
            }
        }, e -> {
            progress.endEventsFirst();
            if (mine == generation) {
                finish(f);
                takeBackEventsFirst();
                failed.accept(f, e);
            }
        });
    }

    /**
     * Shows a file's events while its quotes are still read; the file's whole timeline replaces them. The reader
     * gave way to this drawing: it goes on, and their ids are indexed, in the third layout pulse after the one that
     * drew them.
     */
    private void showEventsFirst(Path f, OpenedTimeline first, ReadProgress progress, int mine) {
        if (beforeEventsFirst == null) {
            beforeEventsFirst = onScreen.get();
        }
        long framesBefore = framesDrawn.getAsLong();
        shown.show(f, first, null, false, false);
        Scene scene = status.getScene();
        // The reader and the id tables wait until two pulses after the next, while the renderer draws that frame:
        // started at once, they and the collector took both cores from it, and the frame's gap reached 100-108 ms
        // at a million events.
        Pulses.afterLayoutWhen(scene, () -> framesDrawn.getAsLong() > framesBefore || !progress.isGivingWay(),
                () -> Pulses.twoPulsesAfterNextLayout(scene, () -> {
                    progress.eventsDrawn();
                    if (mine == generation && reading == progress) { // else taken back or overtaken meanwhile
                        indexIdsBeside(first);
                    }
                }));
    }

    /** Left out before the events' first frame; a step or a click would otherwise look them up on the UI thread. */
    private void indexIdsBeside(OpenedTimeline first) {
        work.run(() -> {
            first.query().timeline().indexIds();
            return null;
        }, done -> { }, e -> LOG.log(Level.WARNING, "the events' ids were not indexed", e));
    }

    /** What taking back the events shown first left on screen. */
    private enum TakenBack { NONE_SHOWN, TIMELINE_BACK, NOTHING_BEFORE }

    /** The file whose events are on screen did not open (cancelled, failed, overtaken): back to what was before. */
    private TakenBack takeBackEventsFirst() {
        if (beforeEventsFirst == null) {
            return TakenBack.NONE_SHOWN;
        }
        OnScreen before = beforeEventsFirst;
        beforeEventsFirst = null;
        // First the window lets go of the file that did not open (and of an F5 pressed for it), then what was
        // before comes back.
        cancelled.run();
        if (before.opened() != null) {
            shown.show(before.file(), before.opened(), before.keep(), false, false);
            return TakenBack.TIMELINE_BACK;
        }
        return TakenBack.NOTHING_BEFORE;
    }

    /** Shows a read timeline; its word indexes are built a little after the window has drawn the frame that shows it. */
    private void showAndIndex(Path f, OpenedTimeline opened, Reload keep, boolean live, boolean again) {
        shown.show(f, opened, keep, live, again);
        opened.indexAfterFirstFrame(status.getScene(), work);
    }

    private void finish(Path f) {
        reading = null;
        status.doneReading();
        boolean changedFile = f == null ? file != null : !f.equals(file);
        file = f;
        watchable.set(f != null);
        if (changedFile) {
            // A new file starts from the remembered choice; large files are not watched until asked for.
            boolean on = f != null && watchesByDefault(settings.flag(Key.LIVE_RELOAD), size(f));
            if (liveReload.get() == on) {
                watchCurrent();
            }
            liveReload.set(on);
        }
    }

    /**
     * The file an export to {@code target} must not write over: the file the reader works on when the target is
     * that file (it failed to open, the timeline before it is on screen, and it is being edited), else the file
     * on screen. SafeWrite then refuses it by real path and file key.
     */
    Path guardFor(Path target, Path shown) {
        try {
            if (file != null && !file.equals(shown) && SafeWrite.isOpenFile(target, file)) {
                return file;
            }
        } catch (IOException e) {
            return file; // cannot tell them apart: refuse rather than risk the reader's file
        }
        return shown;
    }

    /** {@link #guardFor} for every export of a window whose file on screen {@code shown} tells. */
    UnaryOperator<Path> guard(Supplier<Path> shown) {
        return target -> guardFor(target, shown.get());
    }

    /** A newly opened file is watched when the reader wants live reload and the file is not too large. */
    static boolean watchesByDefault(boolean chosen, long size) {
        return chosen && size <= LIVE_RELOAD_LIMIT;
    }

    boolean isWatching() {
        return watch.isWatching();
    }

    private void watchCurrent() {
        watch.watch(liveReload.get() ? file : null, () -> {
            // A read under way (another file, or this one) is what the reader asked for last; it is not cut short.
            if (liveReload.get() && reading == null) {
                reload(true);
            }
        });
    }

    private static long size(Path f) {
        try {
            return f == null ? 0 : Files.size(f);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        cancel();
        watch.close();
    }
}
