package org.summittimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.summittimeline.export.ImageTheme;
import org.summittimeline.export.PictureRequest;
import org.summittimeline.export.TimeInput;
import org.summittimeline.export.TimelinePicture;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * {@code --export-png} and {@code --export-svg}: a picture of a timeline written without a display, for scripts
 * and servers. It never starts JavaFX; the picture is drawn with Java 2D in headless mode.
 */
final class ImageCommand {
    static final int DEFAULT_WIDTH = 1600;

    /** What to draw and where to write it; {@code file} null draws the bundled timeline. */
    record ExportImage(Path out, boolean svg, int width, String from, String to, LaneMode lanes, double scale,
                       boolean dark, Path file) implements CommandLine.Request {
    }

    private ImageCommand() {
    }

    static CommandLine.Request parse(String[] args) {
        boolean svg = args[0].equals("--export-svg");
        if (args.length < 2 || args[1].startsWith("-")) {
            return new CommandLine.Usage(args[0] + " needs the file to write, e.g. " + args[0] + " timeline."
                    + (svg ? "svg" : "png"));
        }
        Path out = Path.of(args[1]);
        int width = DEFAULT_WIDTH;
        String from = null;
        String to = null;
        LaneMode lanes = LaneMode.CATEGORY;
        double scale = 1;
        boolean dark = false;
        Path file = null;
        for (int i = 2; i < args.length; i++) {
            String option = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (option) {
                case "--width" -> {
                    try {
                        width = Integer.parseInt(hasValue ? args[++i] : "");
                    } catch (NumberFormatException e) {
                        return new CommandLine.Usage("--width takes a number of pixels");
                    }
                    if (width < PictureRequest.MIN_WIDTH || width > PictureRequest.MAX_WIDTH) {
                        return new CommandLine.Usage("--width must be from " + PictureRequest.MIN_WIDTH + " to "
                                + PictureRequest.MAX_WIDTH);
                    }
                }
                case "--from", "--to" -> {
                    if (!hasValue) {
                        return new CommandLine.Usage(option + " takes a time, e.g. 2018-07-16T14:00");
                    }
                    if (option.equals("--from")) {
                        from = args[++i];
                    } else {
                        to = args[++i];
                    }
                }
                case "--lanes" -> {
                    String mode = hasValue ? args[++i].toLowerCase(Locale.ROOT) : "";
                    if (!mode.equals("actor") && !mode.equals("category")) {
                        return new CommandLine.Usage("--lanes takes category or actor");
                    }
                    lanes = mode.equals("actor") ? LaneMode.ACTOR : LaneMode.CATEGORY;
                }
                case "--scale" -> {
                    String s = hasValue ? args[++i] : "";
                    if (!s.equals("1") && !s.equals("2")) {
                        return new CommandLine.Usage("--scale takes 1 or 2");
                    }
                    scale = Double.parseDouble(s);
                }
                case "--dark" -> dark = true;
                default -> {
                    if (option.startsWith("-") || file != null) {
                        return new CommandLine.Usage("unknown option " + option + " after " + args[0]);
                    }
                    file = Path.of(option);
                }
            }
        }
        return new ExportImage(out, svg, width, from, to, lanes, scale, dark, file);
    }

    static int run(ExportImage request, PrintStream out, PrintStream err) {
        FileDocuments documents = new FileDocuments(TimelineLoader.sizedToMemory());
        LoadResult loaded = request.file() == null ? documents.openBundled() : documents.open(request.file());
        String name = request.file() == null ? "the bundled timeline" : request.file().toString();
        if (loaded.hasErrors()) {
            for (Problem p : loaded.problems()) {
                err.println(p.format(name));
            }
            err.println("summit-timeline: " + name + " cannot be drawn: it has errors");
            return CommandLine.INVALID_FILE;
        }
        Timeline timeline = loaded.timeline();
        TimeIndex index = new TimeIndex(timeline);
        ZoneId zone = timeline.zone() == null ? ZoneId.of("UTC") : timeline.zone();
        // Without --from and --to, the whole timeline with a margin, as "zoom to fit" shows it.
        double span = Math.max(60, index.last() - index.first());
        double from = index.size() == 0 ? 0 : index.first() - span * 0.05;
        double to = index.size() == 0 ? 3600 : index.last() + span * 0.05;
        if (request.from() != null) {
            OptionalLong t = TimeInput.parse(request.from(), zone);
            if (t.isEmpty()) {
                return usage(err, notATime("--from", request.from(), "2018-07-16T14:00", zone));
            }
            from = t.getAsLong();
        }
        if (request.to() != null) {
            OptionalLong t = TimeInput.parse(request.to(), zone);
            if (t.isEmpty()) {
                return usage(err, notATime("--to", request.to(), "2018-07-16T18:00", zone));
            }
            to = t.getAsLong();
        }
        if (to <= from) {
            return usage(err, "--to must come after --from");
        }
        PictureRequest picture = new PictureRequest(request.lanes(), null, from, to, request.width(), request.scale(),
                request.dark() ? ImageTheme.DARK : ImageTheme.LIGHT, zone);
        TimelinePicture drawn = new TimelinePicture(timeline, index, picture);
        try {
            if (request.svg()) {
                drawn.writeSvg(request.out(), request.file());
            } else {
                drawn.writePng(request.out(), request.file());
            }
        } catch (SafeWrite.Refused e) {
            err.println("summit-timeline: not written: " + e.getMessage());
            return CommandLine.INVALID_FILE;
        } catch (IOException e) {
            err.println(CannotWrite.message(request.out(), e));
            return CommandLine.INVALID_FILE;
        }
        out.println(request.out() + ": " + Math.round(drawn.width() * request.scale()) + " \u00d7 "
                + Math.round(drawn.height() * request.scale()) + " pixels, " + drawn.eventsShown() + " of "
                + timeline.events().size() + " events");
        return CommandLine.OK;
    }

    /** What is wrong with a time given on the command line, in English as every message of the command line. */
    private static String notATime(String option, String typed, String example, ZoneId zone) {
        String why = TimeInput.outOfRange(typed, Locale.ROOT)
                .map(wrong -> ": " + FIELD_NAMES.get(wrong.field()) + " " + wrong.value() + " is not between "
                        + wrong.min() + " and " + wrong.max())
                .orElse("");
        return option + " \"" + typed + "\" is not a time" + why + "; write " + example + " (in " + zone.getId() + "), "
                + example.substring(0, 10) + ", or " + example + "+03:00";
    }

    private static final Map<ChronoField, String> FIELD_NAMES = Map.of(
            ChronoField.MONTH_OF_YEAR, "month", ChronoField.DAY_OF_MONTH, "day",
            ChronoField.HOUR_OF_DAY, "hour", ChronoField.MINUTE_OF_HOUR, "minute",
            ChronoField.SECOND_OF_MINUTE, "second");

    private static int usage(PrintStream err, String problem) {
        err.println("summit-timeline: " + problem);
        return CommandLine.USAGE;
    }
}
