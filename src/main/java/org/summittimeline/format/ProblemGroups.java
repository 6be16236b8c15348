package org.summittimeline.format;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shortens a long list of problems for reading: of each kind of problem the first {@value #SHOWN} are listed,
 * and the rest are counted in one line ("… and 9,980 more like this") that stands after the last one shown.
 * The window's problem list and {@code --validate} both list problems through here, so they agree.
 */
public final class ProblemGroups {
    /** How many problems of one kind are listed before the rest are only counted. */
    public static final int SHOWN = 20;

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private ProblemGroups() {
    }

    /**
     * One line of the shortened list: a problem, or, when {@code moreLikeThis} is above 0, the count of the
     * problems of the same kind as {@code problem} that are not listed.
     */
    public record Line(Problem problem, int moreLikeThis) {
        public boolean isCount() {
            return moreLikeThis > 0;
        }

        /** "… and 9,980 more like this", with the number grouped as English writes it. */
        public String countText() {
            return "\u2026 and " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(moreLikeThis)
                    + " more like this";
        }

        /** The line as the command line prints it. */
        public String format(String file) {
            return isCount() ? file + ": " + problem.severity().label() + ": " + countText() : problem.format(file);
        }
    }

    /** The problems in their order, each kind listed at most {@value #SHOWN} times and then counted. */
    public static List<Line> group(List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (Problem p : problems) {
            seen.merge(kind(p), 1, Integer::sum);
        }
        Map<String, Integer> listed = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Problem p : problems) {
            String kind = kind(p);
            int n = listed.merge(kind, 1, Integer::sum);
            if (n <= SHOWN) {
                lines.add(new Line(p, 0));
            }
            int total = seen.get(kind);
            if (n == SHOWN && total > SHOWN) {
                lines.add(new Line(p, total - SHOWN));
            }
        }
        return lines;
    }

    /**
     * Two problems are of one kind when they say the same thing of the same field: the same severity, path and
     * message once list positions, numbers and the quoted values themselves are set aside.
     */
    static String kind(Problem p) {
        String path = NUMBER.matcher(p.path() == null ? "" : p.path()).replaceAll("#");
        String message = NUMBER.matcher(QUOTED.matcher(p.message()).replaceAll("\"\"")).replaceAll("#");
        return p.severity() + "|" + path + "|" + message;
    }
}
