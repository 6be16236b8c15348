package org.summittimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.summittimeline.format.LessonFile;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.handout.Handout;
import org.summittimeline.handout.HandoutPdf;
import org.summittimeline.model.Lesson;
import org.summittimeline.model.PresentationStep;

/**
 * {@code --handout LESSON|TIMELINE --out FILE.pdf [--paper a4|letter]}: the printed handout without a window. A
 * lesson finds its timeline beside it by the file name it records (the bundled timeline when that is its name
 * and no such file is there); a changed timeline or missing events are warnings, not failures.
 */
final class HandoutCommand {
    private HandoutCommand() {
    }

    static CommandLine.Request parse(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            return new CommandLine.Usage("--handout needs a lesson (*.lesson.json) or a timeline, then --out FILE.pdf");
        }
        Path out = null;
        HandoutPdf.Paper paper = HandoutPdf.Paper.forCountry(Locale.getDefault().getCountry());
        for (int i = 2; i < args.length; i++) {
            if (i + 1 >= args.length) {
                return new CommandLine.Usage(args[i] + " needs a value after it");
            }
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--paper" -> {
                    paper = HandoutPdf.Paper.parse(args[++i]);
                    if (paper == null) {
                        return new CommandLine.Usage("--paper is a4 or letter, not " + args[i]);
                    }
                }
                default -> {
                    return new CommandLine.Usage("unknown option " + args[i] + " after --handout");
                }
            }
        }
        if (out == null) {
            return new CommandLine.Usage("--handout needs --out FILE.pdf");
        }
        return new CommandLine.Handout(Path.of(args[1]), out, paper);
    }

    static int run(CommandLine.Handout request, TimelineLoader loader, PrintStream out, PrintStream err) {
        Path input = request.input();
        List<PresentationStep> steps = List.of();
        String title = null;
        Path timelineFile = input;
        LoadResult loaded;
        if (input.getFileName().toString().endsWith(LessonFile.SUFFIX)) {
            LessonFile.Read read = LessonFile.read(input);
            read.problems().forEach(p -> err.println(p.format(input.toString())));
            if (read.hasErrors()) {
                return CommandLine.INVALID_FILE;
            }
            Lesson lesson = read.lesson();
            steps = lesson.steps();
            title = lesson.title();
            Path folder = input.toAbsolutePath().getParent();
            timelineFile = folder.resolve(lesson.timelineFile());
            if (Files.exists(timelineFile)) {
                loaded = loader.load(timelineFile);
                warnIfChanged(lesson, timelineFile, err);
            } else if (lesson.timelineFile().equals(FileDocuments.BUNDLED.substring(FileDocuments.BUNDLED.lastIndexOf('/') + 1))) {
                timelineFile = null;
                loaded = new FileDocuments(loader).openBundled();
            } else {
                err.println(input + ": the lesson's timeline " + lesson.timelineFile() + " is not beside it ("
                        + timelineFile + "); put the timeline there and run again");
                return CommandLine.INVALID_FILE;
            }
        } else {
            loaded = loader.load(input);
        }
        String shown = timelineFile == null ? loaded.fileName() : timelineFile.toString();
        for (Problem p : loaded.errors()) {
            err.println(p.format(shown));
        }
        if (loaded.hasErrors()) {
            return CommandLine.INVALID_FILE;
        }
        if (!steps.isEmpty()) {
            Lesson lesson = new Lesson(title, shown, null, steps);
            for (Lesson.Missing m : lesson.missingIn(loaded.timeline())) {
                err.println(input + ": warning: step " + m.step() + ": " + (m.quoteId() == null
                        ? "event \"" + m.eventId() + "\" is not in the timeline; the step is left out"
                        : "quote \"" + m.quoteId() + "\" is not in the timeline; it is left out"));
            }
            steps = lesson.presentableIn(loaded.timeline());
        }
        Handout handout = Handout.of(loaded.timeline(), steps, loaded.timeline().zone(), title);
        try {
            // Neither the lesson read nor its timeline: --out x.lesson.json must not destroy the lesson.
            HandoutPdf.write(handout, request.paper(), request.out(), Arrays.asList(timelineFile, input));
        } catch (IOException e) {
            err.println(CannotWrite.message(request.out(), e));
            return CommandLine.INVALID_FILE;
        }
        out.println(request.out() + ": wrote the handout, " + handout.steps().size() + " steps, on "
                + request.paper().name().toLowerCase(Locale.ROOT) + " paper");
        return CommandLine.OK;
    }

    private static void warnIfChanged(Lesson lesson, Path timeline, PrintStream err) {
        if (lesson.timelineSha256() == null) {
            return;
        }
        try {
            if (!LessonFile.sha256(timeline).equals(lesson.timelineSha256())) {
                err.println(timeline + ": warning: the timeline has changed since the lesson was made; check the steps");
            }
        } catch (IOException e) {
            err.println(timeline + ": warning: cannot check it against the lesson: " + e.getMessage());
        }
    }
}
