package org.summittimeline.format;

import com.google.gson.stream.JsonReader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Gson's reader stands: 1-based line and column. Gson exposes this only through {@code toString()}, whose
 * text building and parsing cost more than the whole parse on large files, so its three private counters are
 * read directly; should a Gson release rename them, the text is parsed instead, slowly but correctly.
 */
final class GsonPosition {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) ");
    private static final VarHandle POS;
    private static final VarHandle LINE_NUMBER;
    private static final VarHandle LINE_START;

    static {
        VarHandle pos = null;
        VarHandle lineNumber = null;
        VarHandle lineStart = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(JsonReader.class, MethodHandles.lookup());
            pos = lookup.findVarHandle(JsonReader.class, "pos", int.class);
            lineNumber = lookup.findVarHandle(JsonReader.class, "lineNumber", int.class);
            lineStart = lookup.findVarHandle(JsonReader.class, "lineStart", int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            pos = null;
        }
        POS = pos;
        LINE_NUMBER = lineNumber;
        LINE_START = lineStart;
    }

    private GsonPosition() {
    }

    /** True when the counters are read directly; false when this Gson needs the slow fallback. */
    static boolean isDirect() {
        return POS != null;
    }

    static int line(JsonReader reader) {
        if (POS != null) {
            return (int) LINE_NUMBER.get(reader) + 1;
        }
        return parse(reader)[0];
    }

    static int column(JsonReader reader) {
        if (POS != null) {
            return (int) POS.get(reader) - (int) LINE_START.get(reader) + 1;
        }
        return parse(reader)[1];
    }

    private static int[] parse(JsonReader reader) {
        Matcher m = LOCATION.matcher(reader.toString());
        if (m.find()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        return new int[] {1, 1};
    }
}
