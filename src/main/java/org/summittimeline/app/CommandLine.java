package org.summittimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.ProblemGroups;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.format.TimelineWriter;
import org.summittimeline.handout.HandoutPdf;

/**
 * The command line: what to open, or which files to check. Checking needs no display, so it runs before
 * JavaFX starts and exits with a code a script can test.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int INVALID_FILE = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: summit-timeline [FILE]              open FILE (default: the bundled Helsinki summit)",
            "       summit-timeline --present [FILE]    open it and start the classroom presentation",
            "       summit-timeline --validate FILE...  check files; print file:line:col: error|warning|note: message",
            "       summit-timeline --convert IN --out OUT.json",
            "                                           write IN (ours, TimelineJS JSON or its CSV sheet) in our",
            "                                           format; its warnings go to standard error",
            "       summit-timeline --generate N [--seed S] [--bursty] --out FILE",
            "                                           write a synthetic timeline of N events for measurements",
            "       summit-timeline --export-png OUT.png [--width W] [--from T] [--to T] [--lanes category|actor]",
            "                       [--scale 1|2] [--dark] [FILE]",
            "                                           draw the timeline (default: all of it, 1600 px wide) without",
            "                                           a display; T is 2018-07-16T14:00 in the file's zone, a date,",
            "                                           or a time with its offset",
            "       summit-timeline --export-svg OUT.svg [the same options] [FILE]",
            "       summit-timeline --handout LESSON|TIMELINE --out FILE.pdf [--paper a4|letter]",
            "                                           write the printed handout of a lesson (or a timeline's own",
            "                                           steps) as a PDF; no display needed",
            "       summit-timeline --version               print the version",
            "       summit-timeline --help                  print this text",
            "FILE may be a timeline of ours, a TimelineJS JSON file or TimelineJS's spreadsheet saved as CSV.",
            "exit codes of --validate and --convert: 0 all valid, 1 a file has errors (or OUT cannot be written),",
            "2 unusable arguments");

    /** What the arguments ask for. */
    public sealed interface Request permits Open, Validate, Convert, Generate, Help, Version, Handout, Usage, ImageCommand.ExportImage {
    }

    /** Open the viewer, on {@code file} or, when null, on the bundled timeline; {@code present} starts presenting. */
    public record Open(Path file, boolean present) implements Request {
        public Open(Path file) {
            this(file, false);
        }
    }

    public record Validate(List<Path> files) implements Request {
    }

    /** Read {@code in}, of any kind the loader reads, and write it in our format to {@code out}. */
    public record Convert(Path in, Path out) implements Request {
    }

    /** Write a synthetic timeline; never over an existing file. */
    public record Generate(int events, long seed, boolean bursty, Path out) implements Request {
    }

    /** Write the handout of a lesson or a timeline as a PDF on {@code paper}. */
    public record Handout(Path input, Path out, HandoutPdf.Paper paper) implements Request {
    }

    public record Help() implements Request {
    }

    public record Version() implements Request {
    }

    /** Arguments that cannot be used, with the reason. */
    public record Usage(String problem) implements Request {
    }

    private CommandLine() {
    }

    public static Request parse(String... args) {
        if (args.length == 0) {
            return new Open(null);
        }
        String first = args[0];
        if (first.equals("--help") || first.equals("-h")) {
            return new Help();
        }
        if (first.equals("--version")) {
            return args.length == 1 ? new Version() : new Usage("--version takes no arguments");
        }
        if (first.equals("--validate")) {
            List<Path> files = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    return new Usage("unknown option " + args[i] + " after --validate");
                }
                files.add(Path.of(args[i]));
            }
            return files.isEmpty() ? new Usage("--validate needs at least one file") : new Validate(files);
        }
        if (first.equals("--convert")) {
            if (args.length != 4 || !args[2].equals("--out") || args[1].startsWith("-") || args[3].startsWith("-")) {
                return new Usage("--convert takes one file, then --out and the file to write: "
                        + "--convert IN --out OUT.json");
            }
            return new Convert(Path.of(args[1]), Path.of(args[3]));
        }
        if (first.equals("--present")) {
            if (args.length > 2) {
                return new Usage("--present takes at most one file");
            }
            if (args.length == 2 && args[1].startsWith("-")) {
                return new Usage("unknown option " + args[1] + " after --present");
            }
            return new Open(args.length == 2 ? Path.of(args[1]) : null, true);
        }
        if (first.equals("--generate")) {
            return parseGenerate(args);
        }
        if (first.equals("--export-png") || first.equals("--export-svg")) {
            return ImageCommand.parse(args);
        }
        if (first.equals("--handout")) {
            return HandoutCommand.parse(args);
        }
        if (first.startsWith("-")) {
            return new Usage("unknown option " + first);
        }
        if (args.length > 1) {
            return new Usage("the viewer opens one file at a time; use --validate to check several");
        }
        return new Open(Path.of(first));
    }

    private static Request parseGenerate(String[] args) {
        Integer events = null;
        long seed = 1;
        boolean bursty = false;
        Path out = null;
        try {
            events = Integer.parseInt(args.length > 1 ? args[1] : "");
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--bursty" -> bursty = true;
                    case "--out" -> out = Path.of(args[++i]);
                    default -> {
                        return new Usage("unknown option " + args[i] + " after --generate");
                    }
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return new Usage("--generate takes a number of events, then --seed NUMBER, --bursty and --out FILE");
        }
        if (events < 1) {
            return new Usage("--generate needs at least 1 event");
        }
        if (out == null) {
            return new Usage("--generate needs --out FILE");
        }
        return new Generate(events, seed, bursty, out);
    }

    static int generate(Generate request, PrintStream out, PrintStream err) {
        if (Files.exists(request.out())) {
            err.println("summit-timeline: " + request.out() + " exists already; choose another name");
            return INVALID_FILE;
        }
        try {
            // All or nothing: a full disk leaves no half-written timeline behind.
            SafeWrite.toNew(request.out(),
                    writer -> new SyntheticTimeline(request.events(), request.seed(), request.bursty()).write(writer));
        } catch (IOException e) {
            err.println(CannotWrite.message(request.out(), e));
            return INVALID_FILE;
        }
        out.println(request.out() + ": wrote " + request.events() + " events and as many quotes");
        return OK;
    }

    /** Checks each file and prints its problems; returns the exit code. */
    public static int validate(List<Path> files, TimelineLoader loader, PrintStream out) {
        boolean anyErrors = false;
        for (Path file : files) {
            LoadResult result = loader.load(file);
            for (ProblemGroups.Line line : ProblemGroups.group(result.problems())) {
                out.println(line.format(file.toString()));
            }
            printStopNote(result, file, out);
            if (result.hasErrors()) {
                anyErrors = true;
            } else {
                var timeline = result.timeline();
                out.println(file + ": ok: " + count(timeline.events().size(), "event") + ", "
                        + count(timeline.quotes().size(), "quote") + ", " + count(timeline.sources().size(), "source")
                        + (result.warnings().isEmpty() ? "" : ", " + count(result.warnings().size(), "warning")));
            }
        }
        return anyErrors ? INVALID_FILE : OK;
    }

    /**
     * After a syntax error, says that the reading stopped there, as a compiler's {@code note:} line that scripts
     * filtering for {@code error:} and {@code warning:} pass over: a new user mended three mistakes in three rounds,
     * told of one at a time without a word that more might follow.
     */
    private static void printStopNote(LoadResult result, Path file, PrintStream out) {
        if (result.readStopped()) {
            Problem at = result.problems().get(result.problems().size() - 1);
            out.println(at.place(file.toString()) + ": note: reading stopped at this syntax error; "
                    + "mistakes after it, if any, are told once it is mended");
        }
    }

    /**
     * Reads {@code in} and writes it in our format to {@code out}, never over {@code in} itself; the problems go to
     * {@code err}. Returns the exit code: 1 when the input has errors or the output cannot be written.
     */
    static int convert(Convert request, TimelineLoader loader, PrintStream out, PrintStream err) {
        try {
            if (SafeWrite.isOpenFile(request.out(), request.in())) {
                err.println("summit-timeline: " + request.out() + " is the file being converted; "
                        + "write to another file with --out");
                return USAGE;
            }
        } catch (IOException e) {
            // cannot tell (a folder that cannot be read, say): SafeWrite checks again when it writes
        }
        LoadResult result = loader.load(request.in());
        for (ProblemGroups.Line line : ProblemGroups.group(result.problems())) {
            err.println(line.format(request.in().toString()));
        }
        printStopNote(result, request.in(), err);
        if (result.hasErrors()) {
            err.println("summit-timeline: " + request.in() + " has errors; nothing was written");
            return INVALID_FILE;
        }
        var timeline = result.timeline();
        try {
            TimelineWriter.export(timeline, timeline.events(), timeline.quotes(), request.out(), request.in());
        } catch (IOException e) {
            err.println(CannotWrite.message(request.out(), e));
            return INVALID_FILE;
        }
        out.println(request.out() + ": wrote " + count(timeline.events().size(), "event") + ", "
                + count(timeline.quotes().size(), "quote") + ", " + count(timeline.eras().size(), "era") + " and "
                + count(timeline.sources().size(), "source"));
        return OK;
    }

    /** Runs a request that needs no window; returns null for {@link Open}, which the caller handles. */
    public static Integer runWithoutWindow(Request request, PrintStream out, PrintStream err) {
        if (request instanceof Help) {
            out.println(USAGE_TEXT);
            return OK;
        }
        if (request instanceof Version) {
            out.println("summit-timeline " + ProgramVersion.get());
            return OK;
        }
        if (request instanceof Usage u) {
            err.println("summit-timeline: " + u.problem());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (request instanceof Generate g) {
            return generate(g, out, err);
        }
        if (request instanceof ImageCommand.ExportImage image) {
            // Drawn with Java 2D, which must not look for a display on a server.
            System.setProperty("java.awt.headless", "true");
            return ImageCommand.run(image, out, err);
        }
        if (request instanceof Convert c) {
            return convert(c, TimelineLoader.sizedToMemory(), out, err);
        }
        if (request instanceof Handout h) {
            return HandoutCommand.run(h, TimelineLoader.sizedToMemory(), out, err);
        }
        if (request instanceof Validate v) {
            return validate(v.files(), TimelineLoader.sizedToMemory(), out);
        }
        return null;
    }

    /** "1 warning", "4 warnings": a count with its noun, singular for one. */
    static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
