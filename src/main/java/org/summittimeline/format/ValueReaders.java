package org.summittimeline.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.summittimeline.model.Locator;
import org.summittimeline.model.SourceDate;

/**
 * Reads the small values of the format that have a shape of their own (dates, publication dates, colours, web
 * addresses, the place a citation points to), each with its located message when the shape is wrong.
 */
final class ValueReaders extends NodeChecks {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern SOURCE_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern TIMECODE = Pattern.compile("\\d{1,2}:(\\d{2})(?::(\\d{2}))?(\\.\\d+)?");

    /**
     * The paragraphs cited so far, by number: a large file cites the same few hundred paragraphs again and again,
     * and each was a number turned to text and interned.
     */
    private final Locator[] paragraphs = new Locator[1 << 12];

    /** Reading values for {@code checks}: with its problems, and its fields found misspelt. */
    ValueReaders(NodeChecks checks) {
        super(checks);
    }

    LocalDate date(JsonNode.Obj o, JsonPath path, String field) {
        String text = string(o, path, field, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(o.get(field), child(path, field), "\"" + text + "\" is not a date; write it as YYYY-MM-DD, "
                    + "such as 2018-07-16");
            return null;
        }
    }

    private Locator paragraph(long p) {
        if (p >= paragraphs.length) {
            return new Locator(Locator.Kind.PARAGRAPH, String.valueOf(p).intern());
        }
        Locator known = paragraphs[(int) p];
        if (known == null) {
            known = new Locator(Locator.Kind.PARAGRAPH, String.valueOf(p).intern());
            paragraphs[(int) p] = known;
        }
        return known;
    }

    /** A publication date as precise as it is known: YYYY-MM-DD, YYYY-MM or YYYY. */
    SourceDate sourceDate(JsonNode.Obj o, JsonPath path) {
        String text = string(o, path, "date", false);
        if (text == null) {
            return null;
        }
        var m = SOURCE_DATE.matcher(text);
        // Month or day 00 is no date: SourceDate reads 0 as "not known", so "2018-00-16" threw (found by fuzzing).
        if (m.matches() && !"00".equals(m.group(2)) && !"00".equals(m.group(3))) {
            try {
                return new SourceDate(Integer.parseInt(m.group(1)),
                        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            } catch (DateTimeException | IllegalArgumentException e) {
                // a month or day out of range; reported below
            }
        }
        error(o.get("date"), child(path, "date"), "\"" + text + "\" is not a date; write YYYY-MM-DD, or YYYY-MM or "
                + "YYYY when only the month or year is known, such as 2018-07-16 or 2019");
        return null;
    }

    String colour(JsonNode.Obj o, JsonPath path) {
        String colour = string(o, path, "colour", false);
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            error(o.get("colour"), child(path, "colour"), "\"" + colour
                    + "\" is not a colour; write it as # and six hex digits, such as \"#1f77b4\"");
            return null;
        }
        return colour;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    Locator locator(JsonNode.Obj o, JsonPath path, String field) {
        JsonNode n = o.get(field);
        JsonPath fpath = child(path, field);
        switch (field) {
            case "paragraph" -> {
                Long p = integer(n, fpath);
                if (p != null && p < 1) {
                    error(n, fpath, "paragraphs are counted from 1, found " + p);
                    return null;
                }
                return p == null ? null : paragraph(p);
            }
            case "page" -> {
                if (n instanceof JsonNode.Num num) {
                    return new Locator(Locator.Kind.PAGE, num.literal());
                }
                String page = string(o, path, field, true);
                return page == null ? null : new Locator(Locator.Kind.PAGE, page);
            }
            case "timecode" -> {
                String code = string(o, path, field, true);
                var m = code == null ? null : TIMECODE.matcher(code);
                if (m != null && !m.matches()) {
                    error(n, fpath, "\"" + code + "\" is not a timecode; write hours:minutes:seconds, "
                            + "such as \"01:02:03\"");
                    return null;
                }
                if (m != null && (Integer.parseInt(m.group(1)) > 59
                        || (m.group(2) != null && Integer.parseInt(m.group(2)) > 59))) {
                    error(n, fpath, "\"" + code + "\" is not a timecode: minutes and seconds run from 00 to 59; "
                            + "write hours:minutes:seconds, such as \"01:02:03\"");
                    return null;
                }
                return code == null ? null : new Locator(Locator.Kind.TIMECODE, code);
            }
            default -> {
                String section = string(o, path, field, true);
                return section == null ? null : new Locator(Locator.Kind.SECTION, section);
            }
        }
    }

    /** An IANA zone in {@code field}; a source's own zone shows its times as it gives them (EDT for Washington). */
    ZoneId zone(JsonNode.Obj o, JsonPath path, String field, boolean required) {
        if (required && (o.get(field) == null || o.get(field) instanceof JsonNode.Null)) {
            missing(o, path, field, "write the zone the clock times are told in, as its IANA name, such as \""
                    + field + "\": \"Europe/Helsinki\" (or \"UTC\")");
            return null;
        }
        String text = string(o, path, field, required);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            ZoneId zone = ZoneId.of(text);
            // GMT+3, UTC+03:00 and Etc/GMT-3 are fixed offsets under a zone's name; UTC itself is a real choice.
            boolean fixed = zone instanceof ZoneOffset || (zone.getRules().isFixedOffset()
                    && zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() != 0);
            if (fixed) {
                error(o.get(field), child(path, field), "\"" + text + "\" is a fixed offset, not a time zone; "
                        + "write the place's IANA name, such as \"Europe/Helsinki\", so that summer time is right");
                return null;
            }
            return zone;
        } catch (DateTimeException e) {
            String guess = closest(text, ZoneId.getAvailableZoneIds());
            error(o.get(field), child(path, field), "unknown time zone \"" + text + "\"; write an IANA name "
                    + "such as " + (guess != null ? "\"" + guess + "\"" : "\"Europe/Helsinki\" or \"UTC\""));
            return null;
        }
    }
}
