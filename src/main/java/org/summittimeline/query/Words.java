package org.summittimeline.query;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.summittimeline.model.Locator;
import org.summittimeline.model.SourceDate;

/**
 * The words and formats that times and citations are written with, in the language the user chose: the few
 * words from the bundle {@code org/summittimeline/query/words}, dates and clocks in the locale's own styles.
 *
 * <p>English formats as in Britain (day before month, 24-hour clock), which is how the bundled timeline and
 * its sources write times; German as in Germany.
 */
public final class Words {
    private static volatile Words current = new Words(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayWithYear;
    private final DateTimeFormatter dayAndClock;
    private final DateTimeFormatter clock;
    private final DateTimeFormatter clockSeconds;
    private final DateTimeFormatter fullDay;
    private final DateTimeFormatter fullDayWithoutYear;
    private final DateTimeFormatter month;
    private final DateTimeFormatter monthWithoutYear;
    private final DateTimeFormatter longDay;
    private final DateTimeFormatter longMonth;

    private Words(Locale language) {
        this.locale = language.getLanguage().equals("de") ? Locale.GERMANY : Locale.UK;
        this.bundle = ResourceBundle.getBundle("org.summittimeline.query.words", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.day = formatter(withoutYear(pattern(FormatStyle.MEDIUM, null)));
        this.dayWithYear = formatter(pattern(FormatStyle.MEDIUM, null));
        this.dayAndClock = formatter(pattern(FormatStyle.MEDIUM, FormatStyle.SHORT));
        this.clock = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.clockSeconds = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale);
        this.fullDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.fullDayWithoutYear = DateTimeFormatter.ofPattern(withoutYear(pattern(FormatStyle.FULL, null)), locale);
        // A month and year has no format style before Java 19's skeletons; the month's name is the locale's.
        this.month = formatter("MMM y");
        this.monthWithoutYear = formatter("MMM");
        this.longDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.longMonth = DateTimeFormatter.ofPattern("MMMM y", locale);
    }

    /** The words of {@code language}, whatever the window uses: for a text in a fixed language. */
    public static Words of(Locale language) {
        return new Words(language);
    }

    /** Uses {@code language} from now on; texts made before keep theirs. */
    public static void use(Locale language) {
        current = new Words(language);
    }

    public static Words current() {
        return current;
    }

    /** The locale whose formats are used (a country's, not only a language's). */
    public Locale locale() {
        return locale;
    }

    /** Day and month, no year: the locale's medium date with the year taken out ("16 Jul", "16.07."). */
    public DateTimeFormatter day() {
        return day;
    }

    /** The locale's medium date, year included ("16 Jul 2018", "15 Mar 44 BCE"), for timelines that span years. */
    public String dayWithYear(TemporalAccessor t) {
        int year = t.get(ChronoField.YEAR);
        return year > 0 ? dayWithYear.format(t) : day.format(t) + " " + year(year);
    }

    /** The locale's medium date, with the year, and its short clock ("16 Jul 2018, 14:05"), for a range typed or shown. */
    public DateTimeFormatter dayAndClock() {
        return dayAndClock;
    }

    /**
     * The locale's medium date as a formatter, for a field that reads back what it shows ("16 Jul 2018"); English
     * month names are read in any case.
     */
    public DateTimeFormatter dateFormat() {
        return dayWithYear;
    }

    public DateTimeFormatter clock() {
        return clock;
    }

    public DateTimeFormatter clockSeconds() {
        return clockSeconds;
    }

    /** The whole date with the weekday ("Monday, 16 July 2018"). */
    public String fullDay(TemporalAccessor t) {
        int year = t.get(ChronoField.YEAR);
        return year > 0 ? fullDay.format(t) : fullDayWithoutYear.format(t) + " " + year(year);
    }

    /** Month and year ("Jul 2018", "Mar 44 BCE"), for an axis of months. */
    public String month(TemporalAccessor t) {
        int year = t.get(ChronoField.YEAR);
        return year > 0 ? month.format(t) : monthWithoutYear.format(t) + " " + year(year);
    }

    /** A source's date as precisely as it is known: "16 July 2018", "July 2019", "2019" ("16. Juli 2018"). */
    public String sourceDate(SourceDate date) {
        if (!date.hasMonth()) {
            return String.valueOf(date.year());
        }
        return date.hasDay()
                ? longDay.format(LocalDate.of(date.year(), date.month(), date.day()))
                : longMonth.format(YearMonth.of(date.year(), date.month()));
    }

    /**
     * A year as readers count it: "2018", "1 CE", and for a year before the Common Era "44 BCE" ("44 v. Chr.").
     * Takes the year as java.time and ISO 8601 count it, where 0 is 1 BCE and -43 is 44 BCE.
     */
    public String year(int isoYear) {
        // The first year of the era is named as such: a bare "1" beside "100 BCE" on an axis reads as a count.
        if (isoYear > 1) {
            return String.valueOf(isoYear);
        }
        return isoYear == 1 ? format("year.ce", 1) : format("year.bce", 1 - isoYear);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** Reported speech as every copy marks it, "(reported) …": a paraphrase must not read as the speaker's words. */
    public String reported(String words) {
        return format("reported", words);
    }

    /**
     * The place in a source as a short citation gives it: "¶3", "p. 12", "at 00:12:30" in English; "Abs. 3", "S. 12",
     * "bei 00:12:30" in German, as the German citation styles write them (a German copy had said "¶18" in one
     * command and "Abs. 18" in the next).
     */
    public String place(Locator place) {
        return switch (place.kind()) {
            case PARAGRAPH -> format("place.paragraph", place.value());
            case PAGE -> format("place.page", place.value());
            case TIMECODE -> format("place.timecode", place.value());
            case SECTION, NONE -> place.display();
        };
    }

    /**
     * The pattern {@code key} of this language's words, filled: "times in {0}" with "Helsinki". A text filled in
     * between quotation marks has its own double marks made single ({@link #inMarks}).
     */
    public String format(String key, Object... arguments) {
        String pattern = get(key);
        return new MessageFormat(pattern, locale).format(inMarks(pattern, arguments));
    }

    /** Which arguments of each pattern stand between quotation marks; worked out once per pattern. */
    private static final Map<String, int[]> QUOTED = new ConcurrentHashMap<>();
    private static final Pattern QUOTED_ARGUMENT = Pattern.compile("([\u201c\u201e])\\{(\\d+)\\}[\u201d\u201c]");

    /**
     * {@code arguments} for {@code pattern}, each text that the pattern sets between quotation marks (“{1}”, „{1}“)
     * with its own double marks made single ({@link #nested}), so that no caller can forget to; the array itself
     * when there is none.
     */
    public static Object[] inMarks(String pattern, Object... arguments) {
        Object[] filled = arguments;
        // Each argument's index, twice over, plus one where the marks round it are German („…“).
        for (int coded : QUOTED.computeIfAbsent(pattern, p -> QUOTED_ARGUMENT.matcher(p).results()
                .mapToInt(m -> 2 * Integer.parseInt(m.group(2)) + (m.group(1).equals("\u201e") ? 1 : 0)).toArray())) {
            int i = coded / 2;
            if (i < filled.length && filled[i] instanceof String text) {
                filled = filled == arguments ? arguments.clone() : filled;
                filled[i] = coded % 2 == 1 ? nestedGerman(text) : nested(text);
            }
        }
        return filled;
    }

    /**
     * A text that is set inside quotation marks, with its own double marks made single: a title such as
     * Trump: “would” should have been “wouldn't” then reads “Trump: ‘would’ should have been ‘wouldn't’”, not
     * with two closing marks at its end. Inside German marks, {@link #nestedGerman}.
     */
    public static String nested(String text) {
        return text == null ? null : text.replace('\u201c', '\u2018').replace('\u201d', '\u2019')
                .replace('\u201e', '\u201a').replace('"', '\'');
    }

    /**
     * As {@link #nested}, for a text set inside German marks („…“): its marks become the German single ones, ‚…‘.
     * The German window had set English single marks inside German double ones: „Trump: ‘would’ … ‘wouldn't’“. A “
     * opens a quotation in English (“…”) and closes one in German („…“): it opens where it starts the text or
     * follows a space or a bracket, and closes elsewhere.
     */
    public static String nestedGerman(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opens = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013".indexOf(
                    text.charAt(i - 1)) >= 0;
            out.append(switch (c) {
                case '\u201e' -> '\u201a';
                case '\u201c' -> opens ? '\u201a' : '\u2018';
                case '\u201d' -> '\u2018';
                case '"' -> '\'';
                default -> c;
            });
        }
        return out.toString();
    }

    private String pattern(FormatStyle date, FormatStyle time) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale);
    }

    /**
     * {@code pattern} in this locale, with one change for English: a short month is always three letters. The
     * British data since Java 17 writes "Sept", so an axis read "22 Sept" beside "10 Nov" and a column of dates
     * lost its line. Only for the locale's own patterns and ours, which hold no quoted literal and no stand-alone
     * month (LLL): a "MMM" inside quotes would be split here too.
     */
    private DateTimeFormatter formatter(String pattern) {
        if (!locale.getLanguage().equals("en")) {
            return DateTimeFormatter.ofPattern(pattern, locale);
        }
        Map<Long, String> shortMonths = new HashMap<>();
        for (Month m : Month.values()) {
            shortMonths.put((long) m.getValue(), m.getDisplayName(TextStyle.SHORT, Locale.US));
        }
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        String[] parts = pattern.split("(?<!M)MMM(?!M)", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                b.appendPattern(parts[i]);
            }
            if (i < parts.length - 1) {
                b.appendText(ChronoField.MONTH_OF_YEAR, shortMonths);
            }
        }
        return b.toFormatter(locale);
    }

    /** "d MMM y" → "d MMM", "MMM d, y" → "MMM d", "dd.MM.y" → "dd.MM.": Java 17 has no skeletons to ask for. */
    static String withoutYear(String pattern) {
        return pattern.replaceAll("[,\\s]*y+[\\s,/-]*", "").replaceAll("^[\\s.,/-]+", "").strip();
    }
}
