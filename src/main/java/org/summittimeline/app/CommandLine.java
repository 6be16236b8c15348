package org.summittimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
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
            "       summit-timeline --validate FILE...  check files; print file:line:col: error|warning: message",
            "       summit-timeline --generate N [--seed S] [--bursty] --out FILE",
            "                                           write a synthetic timeline of N events for measurements",
            "       summit-timeline --handout LESSON|TIMELINE --out FILE.pdf [--paper a4|letter]",
            "                                           write the printed handout of a lesson (or a timeline's own",
            "                                           steps) as a PDF; no display needed",
            "       summit-timeline --help",
            "exit codes of --validate: 0 all valid, 1 a file has errors, 2 unusable arguments");

    /** What the arguments ask for. */
    public sealed interface Request permits Open, Validate, Generate, Handout, Help, Usage {
    }

    /** Open the viewer, on {@code file} or, when null, on the bundled timeline; {@code present} starts presenting. */
    public record Open(Path file, boolean present) implements Request {
        public Open(Path file) {
            this(file, false);
        }
    }

    public record Validate(List<Path> files) implements Request {
    }

    /** Write a synthetic timeline; never over an existing file. */
    public record Generate(int events, long seed, boolean bursty, Path out) implements Request {
    }

    /** Write the handout of a lesson or a timeline as a PDF on {@code paper}. */
    public record Handout(Path input, Path out, HandoutPdf.Paper paper) implements Request {
    }

    public record Help() implements Request {
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
            err.println("summit-timeline: cannot write " + request.out() + ": " + e.getMessage());
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
            for (Problem p : result.problems()) {
                out.println(p.format(file.toString()));
            }
            if (result.hasErrors()) {
                anyErrors = true;
            } else {
                var timeline = result.timeline();
                out.println(file + ": ok: " + timeline.events().size() + " events, " + timeline.quotes().size()
                        + " quotes, " + timeline.sources().size() + " sources"
                        + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warnings"));
            }
        }
        return anyErrors ? INVALID_FILE : OK;
    }

    /** Runs a request that needs no window; returns null for {@link Open}, which the caller handles. */
    public static Integer runWithoutWindow(Request request, PrintStream out, PrintStream err) {
        if (request instanceof Help) {
            out.println(USAGE_TEXT);
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
        if (request instanceof Handout h) {
            return HandoutCommand.run(h, TimelineLoader.sizedToMemory(), out, err);
        }
        if (request instanceof Validate v) {
            return validate(v.files(), TimelineLoader.sizedToMemory(), out);
        }
        return null;
    }
}
