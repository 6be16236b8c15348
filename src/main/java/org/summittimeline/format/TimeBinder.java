package org.summittimeline.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Precision;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;

/**
 * Reads the four forms a time can take: an exact ISO-8601 instant, bounds with a precision and the source's
 * phrase, a time relative to another event (optionally limited by clock times as well), or several
 * conflicting accounts. Each clock time's own text is read by {@link InstantReader}.
 */
final class TimeBinder extends NodeChecks {
    /** The fields of a time's bounds, in the order they are read and told. */
    private static final String[] BOUNDS = {"earliest", "latest"};

    private final CitationBinder citations;
    private final Supplier<ZoneId> zone;
    /** Each clock time's text: read, explained when wrong, its offset noted. */
    private final InstantReader instants;

    /** {@code zone}: the file's as read so far, null while none is known (UTC then). */
    TimeBinder(List<Problem> problems, CitationBinder citations, Supplier<ZoneId> zone) {
        super(problems, citations.suggestions);
        this.instants = new InstantReader(problems, citations.suggestions, zone);
        this.citations = citations;
        this.zone = zone;
    }

    /** Null when the time is unusable; the reason is then recorded. */
    TimeSpec time(JsonNode node, JsonPath path) {
        if (node instanceof JsonNode.Str s) {
            Instant at = instants.read(s, path);
            return at == null ? null : new TimeSpec.Fixed(TimeBound.exact(at, impliedPrecision(s.value())));
        }
        JsonNode.Obj o = object(node, path, "a time (an ISO-8601 text such as \"2018-07-16T14:07+03:00\" or an "
                + "object with at, earliest/latest, relativeTo or accounts)");
        if (o == null) {
            return null;
        }
        unknownFields(o, path, FormatFields.TIME);
        // The forms are told apart by the fields present, without a list or a text per time: a large file has a
        // time or two per event, and this ran for each in the JIT's slowest code while a cold load read them.
        boolean relative = o.get("relativeTo") != null;
        boolean at = o.get("at") != null;
        boolean bounds = !relative && (o.get("earliest") != null || o.get("latest") != null);
        boolean accounts = o.get("accounts") != null;
        if ((at ? 1 : 0) + (bounds ? 1 : 0) + (relative ? 1 : 0) + (accounts ? 1 : 0) != 1) {
            error(o, path, formsProblem(at, bounds, relative, accounts));
            return null;
        }
        String phrase = string(o, path, "phrase", false);
        List<Citation> sources = citations.citations(o, path, "sources", false);
        Precision precision = precision(o, path);
        if (at) {
            return at(o, path, phrase, sources, precision);
        }
        if (bounds) {
            return bounds(o, path, phrase, sources, precision);
        }
        return relative ? relative(o, path, phrase, sources, precision)
                : accounts(o, path, phrase, sources, precision);
    }

    /** Why a time object has no form or more than one (beside relativeTo, earliest/latest are limits). */
    private static String formsProblem(boolean at, boolean bounds, boolean relative, boolean accounts) {
        List<String> forms = new ArrayList<>();
        if (at) {
            forms.add("at");
        }
        if (bounds) {
            forms.add("earliest/latest");
        }
        if (relative) {
            forms.add("relativeTo");
        }
        if (accounts) {
            forms.add("accounts");
        }
        return forms.isEmpty()
                ? "a time needs one of \"at\", \"earliest\" and \"latest\", \"relativeTo\" or \"accounts\""
                : "a time takes exactly one form, but this one has " + String.join(" and ", forms) + "; keep one";
    }

    private TimeSpec at(JsonNode.Obj o, JsonPath path, String phrase, List<Citation> sources, Precision precision) {
        JsonNode atNode = o.get("at");
        if (!(atNode instanceof JsonNode.Str s)) {
            error(atNode, child(path, "at"), "expected an ISO-8601 time in quotation marks, found "
                    + atNode.describe());
            return null;
        }
        Instant at = instants.read(s, child(path, "at"));
        if (at == null) {
            return null;
        }
        Precision p = precision != null ? precision : impliedPrecision(s.value());
        return new TimeSpec.Fixed(new TimeBound(at, at, p, phrase, null, List.of(), sources));
    }

    private TimeSpec bounds(JsonNode.Obj o, JsonPath path, String phrase, List<Citation> sources,
                            Precision precision) {
        Instant[] range = range(o, path);
        if (range == null) {
            return null;
        }
        Precision p = precision != null ? precision : Precision.MINUTE;
        return new TimeSpec.Fixed(new TimeBound(range[0], range[1], p, phrase, null, List.of(), sources));
    }

    /** Reads earliest and latest, both required, in order; null when either is unusable. */
    private Instant[] range(JsonNode.Obj o, JsonPath path) {
        // One call of requiredInstant for both bounds: each call the optimising compiler inlines copies the whole
        // parse of a time, and two copies made the compiled time() the largest and slowest to compile of a load.
        Instant[] range = new Instant[2];
        for (int k = 0; k < 2; k++) {
            range[k] = requiredInstant(o, path, BOUNDS[k]);
        }
        Instant earliest = range[0];
        Instant latest = range[1];
        if (earliest == null || latest == null) {
            return null;
        }
        if (latest.isBefore(earliest)) {
            error(o.get("latest"), child(path, "latest"), "the latest time " + show(latest)
                    + " is before the earliest " + show(earliest) + "; swap them");
            return null;
        }
        return range;
    }

    private Instant requiredInstant(JsonNode.Obj o, JsonPath path, String field) {
        JsonNode n = o.get(field);
        if (n == null) {
            missing(o, path, field, "bounds need both \"earliest\" and \"latest\"");
            return null;
        }
        if (n instanceof JsonNode.Str s) {
            return instants.read(s, child(path, field));
        }
        error(n, child(path, field), "expected an ISO-8601 time in quotation marks, found " + n.describe());
        return null;
    }

    private TimeSpec relative(JsonNode.Obj o, JsonPath path, String phrase, List<Citation> sources,
                              Precision precision) {
        JsonPath rpath = child(path, "relativeTo");
        JsonNode.Obj r = object(o.get("relativeTo"), rpath, "the anchor (event, point, offsets)");
        if (r == null) {
            return null;
        }
        unknownFields(r, rpath, FormatFields.RELATIVE);
        String event = string(r, rpath, "event", true);
        String pointText = string(r, rpath, "point", false);
        Anchor.Point point = Anchor.Point.START;
        if ("end".equals(pointText)) {
            point = Anchor.Point.END;
        } else if (pointText != null && !"start".equals(pointText)) {
            error(r.get("point"), child(rpath, "point"), "expected \"start\" or \"end\", found \"" + pointText + "\"");
            return null;
        }
        Duration earliest;
        Duration latest;
        if (r.get("offset") != null) {
            if (r.get("earliestOffset") != null || r.get("latestOffset") != null) {
                error(r, rpath, "give either \"offset\" or \"earliestOffset\" and \"latestOffset\", not both");
                return null;
            }
            earliest = duration(r.get("offset"), child(rpath, "offset"));
            latest = earliest;
        } else if (r.get("earliestOffset") != null || r.get("latestOffset") != null) {
            earliest = requiredDuration(r, rpath, "earliestOffset");
            latest = requiredDuration(r, rpath, "latestOffset");
            if (earliest != null && latest != null && latest.compareTo(earliest) < 0) {
                error(r.get("latestOffset"), child(rpath, "latestOffset"), "the latest offset "
                        + latest + " is before the earliest offset " + earliest + "; swap them");
                return null;
            }
        } else {
            earliest = Duration.ZERO;
            latest = Duration.ZERO;
        }
        if (event == null || earliest == null || latest == null) {
            return null;
        }
        Instant notBefore = optionalInstant(o, path, "earliest");
        Instant notAfter = optionalInstant(o, path, "latest");
        if ((o.get("earliest") != null && notBefore == null) || (o.get("latest") != null && notAfter == null)) {
            return null;
        }
        if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
            error(o.get("latest"), child(path, "latest"), "the latest time " + show(notAfter)
                    + " is before the earliest " + show(notBefore) + "; swap them");
            return null;
        }
        Precision p = precision != null ? precision : Precision.MINUTE;
        return new TimeSpec.Relative(event, point, earliest, latest, notBefore, notAfter, p, phrase, sources,
                kept(r.get("event")), child(rpath, "event"), o.kept(), path);
    }

    /** An optional clock time; null when absent or unusable (the reason is then recorded). */
    private Instant optionalInstant(JsonNode.Obj o, JsonPath path, String field) {
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        if (n instanceof JsonNode.Str s) {
            return instants.read(s, child(path, field));
        }
        error(n, child(path, field), "expected an ISO-8601 time in quotation marks, found " + n.describe());
        return null;
    }

    private Duration requiredDuration(JsonNode.Obj o, JsonPath path, String field) {
        JsonNode n = o.get(field);
        if (n == null) {
            missing(o, path, field, "offsets come in pairs: \"earliestOffset\" and \"latestOffset\"");
            return null;
        }
        return duration(n, child(path, field));
    }

    private Duration duration(JsonNode n, JsonPath path) {
        String hint = "write an ISO-8601 duration such as \"-PT15M\" (15 minutes before) or \"PT2H\" (2 hours after)";
        if (n instanceof JsonNode.Str s) {
            try {
                return IsoDuration.parse(s.value());
            } catch (DateTimeParseException e) {
                error(n, path, "\"" + s.value() + "\" is not a duration; " + hint);
                return null;
            }
        }
        error(n, path, "expected a duration in quotation marks, found " + n.describe() + "; " + hint);
        return null;
    }

    private TimeSpec accounts(JsonNode.Obj o, JsonPath path, String phrase, List<Citation> sources,
                              Precision precision) {
        JsonPath apath = child(path, "accounts");
        List<JsonNode> items = list(o, path, "accounts", true, 100);
        if (items.isEmpty()) {
            if (o.get("accounts") instanceof JsonNode.Arr) {
                error(o.get("accounts"), apath, "list at least one account");
            }
            return null;
        }
        List<TimeAccount> accounts = new ArrayList<>();
        Precision coarsest = null;
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            JsonPath ipath = item(apath, i);
            JsonNode.Obj a = object(items.get(i), ipath, "an account (at or earliest/latest, phrase, sources)");
            if (a == null) {
                ok = false;
                continue;
            }
            unknownFields(a, ipath, FormatFields.TIME);
            if (a.get("relativeTo") != null || a.get("accounts") != null) {
                error(a, ipath, "an account is a clock time: use \"at\" or \"earliest\"/\"latest\"");
                ok = false;
                continue;
            }
            Instant[] range;
            Precision implied = Precision.MINUTE;
            if (a.get("at") instanceof JsonNode.Str s) {
                Instant at = instants.read(s, child(ipath, "at"));
                range = at == null ? null : new Instant[] {at, at};
                implied = impliedPrecision(s.value());
            } else if (a.get("at") != null) {
                error(a.get("at"), child(ipath, "at"), "expected an ISO-8601 time in quotation marks, found "
                        + a.get("at").describe());
                range = null;
            } else {
                range = range(a, ipath);
            }
            List<Citation> accountSources = citations.citations(a, ipath, "sources", true);
            Precision p = precision(a, ipath);
            if (range == null) {
                ok = false;
                continue;
            }
            Precision accountPrecision = p != null ? p : implied;
            if (coarsest == null || accountPrecision.compareTo(coarsest) > 0) {
                coarsest = accountPrecision;
            }
            accounts.add(new TimeAccount(range[0], range[1], string(a, ipath, "phrase", false), accountSources));
        }
        if (!ok) {
            return null;
        }
        Instant earliest = accounts.stream().map(TimeAccount::earliest).min(Instant::compareTo).orElseThrow();
        Instant latest = accounts.stream().map(TimeAccount::latest).max(Instant::compareTo).orElseThrow();
        return new TimeSpec.Fixed(new TimeBound(earliest, latest, precision != null ? precision : coarsest,
                phrase, null, accounts, sources));
    }

    private Precision precision(JsonNode.Obj o, JsonPath path) {
        String text = string(o, path, "precision", false);
        if (text == null) {
            return null;
        }
        try {
            return Precision.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(o.get("precision"), child(path, "precision"), "\"" + text
                    + "\" is not a precision; write \"second\", \"minute\", \"hour\" or \"day\"");
            return null;
        }
    }

    private static Precision impliedPrecision(String iso) {
        return IsoInstant.hasSeconds(iso) ? Precision.SECOND : Precision.MINUTE;
    }

    /** One clock time's text, for the eras (the times here call the reader straight: one call less on the load). */
    Instant instant(JsonNode.Str node, JsonPath path) {
        return instants.read(node, path);
    }

    /** The check of the file's "years", which the timeline binder feeds with the field once it is read. */
    YearsCheck years() {
        return instants.years();
    }

    /** The offsets from UTC the times read so far are written in, in the order first met. */
    List<ZoneOffset> writtenOffsets() {
        return instants.writtenOffsets();
    }

    private String show(Instant instant) {
        ZoneId known = zone.get();
        return InstantReader.show(instant, known == null ? ZoneOffset.UTC : known);
    }
}
