package org.summittimeline.format;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tokens of a UTF-8 JSON document straight from its bytes, for files that are plain strict JSON, which is
 * all but the broken ones. Gson reads chars that a decoder made from the bytes first, and makes a new string
 * for every field name; here a text without escapes or non-ASCII letters becomes a string in one copy, names and
 * repeating short values are found in tables by their bytes without making a string, and the decoder's pass is
 * gone. Anything this scanner is not sure of — a syntax error, a byte that is not UTF-8, a control character,
 * a very long text, deep nesting — throws {@link NotPlain}, and the loader reads the file again with Gson, whose
 * messages and places the loader's error texts are built on. So this class never explains a problem: it only
 * ever says "not mine".
 *
 * <p>Places are Gson's: lines split at \n only, columns counted in UTF-16 units from 1.
 */
final class PlainJsonScanner {
    /** The document is not one this scanner reads with certainty; read it with Gson instead. */
    static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not plain JSON", null, false, false);
        }
    }

    /**
     * Texts longer than this (in bytes) are left to Gson. The buffer grows to hold a whole text; this bounds it
     * well under the longest text a file may hold, and no timeline text comes near it.
     */
    static final int MAX_TEXT_BYTES = 1 << 22;
    private static final int BUFFER = 1 << 16;
    /**
     * The file's first bytes are read in small pieces, so that texts, numbers and white space run over the
     * buffer's end many times while the JIT still gathers its profile. Read in whole buffers from the start, the
     * first number that did so came only at 64 KB, after the optimising compiler had left that branch out of
     * the reader's code: the code was thrown away and compiled again (PERFORMANCE.md, session 30).
     */
    static final int SMALL_READS_UNTIL = 1 << 20;
    private static final int SMALL_READ = 256;

    private final InputStream in;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    /** Where {@code buf[0]} stands in the file. */
    private long base;
    private boolean ended;
    private int line = 1;
    private long lineStart;
    /** Bytes minus UTF-16 units since the line's start: non-ASCII letters take more bytes than columns. */
    private int lineDeficit;
    private boolean lastHadEscape;
    private boolean lastShared;
    private boolean lastPrintable;
    private final StringBuilder escaped = new StringBuilder();

    PlainJsonScanner(InputStream in) {
        this.in = in;
    }

    int line() {
        return line;
    }

    /** The column of the next byte, as Gson counts it. */
    int column() {
        return (int) (base + pos - lineStart) - lineDeficit + 1;
    }

    /** Whether the last text read held an escape (only an escape can make half a character). */
    boolean lastHadEscape() {
        return lastHadEscape;
    }

    /**
     * Whether the last text read holds printable ASCII alone (no escape, no letter past ASCII, no DEL): no control
     * character of any kind, which the binders then need not look for.
     */
    boolean lastPrintable() {
        return lastPrintable;
    }

    /** Whether the last text read came from the table it was given (so it is that table's instance). */
    boolean lastShared() {
        return lastShared;
    }

    /** Skips white space and returns the next byte without taking it, or -1 at the end of the file. */
    int peek() throws IOException, NotPlain {
        while (true) {
            if (pos == limit && fill(pos) < 0) {
                return -1;
            }
            byte b = buf[pos];
            if (b == ' ' || b == '\t' || b == '\r') {
                pos++;
            } else if (b == '\n') {
                pos++;
                line++;
                lineStart = base + pos;
                lineDeficit = 0;
            } else {
                return b & 0xFF;
            }
        }
    }

    /** Takes the byte {@link #peek} returned. */
    void take() {
        pos++;
    }

    /**
     * Moves the bytes from {@code keep} on to the buffer's start and reads more after them, growing the buffer
     * when {@code keep} is its start. Returns how far the kept bytes moved, or -1 at the end of the file.
     */
    private int fill(int keep) throws IOException, NotPlain {
        if (ended) {
            return -1;
        }
        int kept = limit - keep;
        if (keep == 0 && limit == buf.length) {
            if (buf.length >= MAX_TEXT_BYTES) {
                throw NotPlain.INSTANCE;
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, kept);
        }
        base += keep;
        pos -= keep;
        limit = kept;
        int room = buf.length - limit;
        int n = in.read(buf, limit, base < SMALL_READS_UNTIL ? Math.min(room, SMALL_READ) : room);
        if (n < 0) {
            ended = true;
            return -1;
        }
        limit += n;
        return keep;
    }

    /**
     * Makes sure {@code count} bytes from {@code pos} are in the buffer, keeping those from {@code keep}; returns
     * how far they moved. At the end of the file fewer may be there: the caller checks {@code limit}.
     */
    private int ensure(int count, int keep) throws IOException, NotPlain {
        int moved = 0;
        while (limit - pos < count) {
            int m = fill(keep - moved);
            if (m < 0) {
                break;
            }
            moved += m;
        }
        return moved;
    }

    /**
     * Reads the text whose opening quotation mark is next. A text of plain ASCII no longer than 32 bytes is looked
     * up in {@code shared} (null: none), which keeps one instance of each.
     */
    String text(ByteTexts shared) throws IOException, NotPlain {
        lastHadEscape = false;
        lastShared = false;
        lastPrintable = false;
        int start = ++pos;
        boolean ascii = true;
        boolean printable = true;
        while (true) {
            // Eight bytes at a time while none of them ends or interrupts a plain text; texts are most of a file.
            if (limit - pos >= Long.BYTES && JsonBytes.plain((long) WORDS.get(buf, pos))) {
                pos += Long.BYTES;
                continue;
            }
            if (pos == limit) {
                int moved = fill(start);
                if (moved < 0) {
                    throw NotPlain.INSTANCE;
                }
                start -= moved;
            }
            byte b = buf[pos];
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                return escapedText(start);
            }
            if (b >= 0 && b < 0x20) {
                throw NotPlain.INSTANCE;
            }
            if (b < 0) {
                ascii = false;
                start -= ensure(4, start);
                pos = letter(pos);
            } else {
                printable &= b != 0x7F;
                pos++;
            }
        }
        int length = pos - start;
        pos++;
        lastPrintable = ascii && printable;
        if (!ascii) {
            return new String(buf, start, length, StandardCharsets.UTF_8);
        }
        if (shared != null && length <= ByteTexts.MAX_LENGTH) {
            lastShared = true;
            return shared.get(buf, start, length);
        }
        return new String(buf, start, length, StandardCharsets.ISO_8859_1);
    }

    /** Eight bytes of the buffer read as one long, the first in its lowest bits. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Checks the UTF-8 letter at {@code at} ({@link JsonBytes#letterLength}); returns where the next begins. */
    private int letter(int at) throws NotPlain {
        int length = JsonBytes.letterLength(buf, at, limit);
        if (length < 0) {
            throw NotPlain.INSTANCE;
        }
        // A letter of four bytes is two UTF-16 units, as Gson counts columns.
        lineDeficit += length == 4 ? 2 : length - 1;
        return at + length;
    }

    /** The rest of a text that holds an escape, from its start at {@code start}; {@code pos} is at the '\'. */
    private String escapedText(int start) throws IOException, NotPlain {
        lastHadEscape = true;
        StringBuilder out = escaped;
        out.setLength(0);
        int run = start;
        while (true) {
            if (pos == limit) {
                int moved = fill(run);
                if (moved < 0) {
                    throw NotPlain.INSTANCE;
                }
                run -= moved;
            }
            byte b = buf[pos];
            if (b == '"') {
                out.append(new String(buf, run, pos - run, StandardCharsets.UTF_8));
                pos++;
                if (out.length() > MAX_TEXT_BYTES) {
                    throw NotPlain.INSTANCE;
                }
                return out.toString();
            }
            if (b == '\\') {
                out.append(new String(buf, run, pos - run, StandardCharsets.UTF_8));
                run = pos;
                run -= ensure(6, run);
                if (limit - pos < 2) {
                    throw NotPlain.INSTANCE;
                }
                char c = switch (buf[pos + 1]) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '/' -> '/';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'u' -> unicode();
                    default -> throw NotPlain.INSTANCE;
                };
                out.append(c);
                if (out.length() > MAX_TEXT_BYTES) {
                    throw NotPlain.INSTANCE;
                }
                pos += buf[pos + 1] == 'u' ? 6 : 2;
                run = pos;
            } else if (b >= 0 && b < 0x20) {
                throw NotPlain.INSTANCE;
            } else if (b < 0) {
                run -= ensure(4, run);
                pos = letter(pos);
            } else {
                pos++;
            }
            if (pos - run > MAX_TEXT_BYTES) {
                throw NotPlain.INSTANCE;
            }
        }
    }

    private char unicode() throws NotPlain {
        if (limit - pos < 6) {
            throw NotPlain.INSTANCE;
        }
        int value = 0;
        for (int i = 2; i < 6; i++) {
            int d = Character.digit(buf[pos + i], 16);
            if (d < 0) {
                throw NotPlain.INSTANCE;
            }
            value = value << 4 | d;
        }
        return (char) value;
    }

    /**
     * Reads the number that begins here, as written: strict JSON's form only (no leading zeros, no lone '.'),
     * followed by white space, ',', ']' or '}'.
     */
    String number() throws IOException, NotPlain {
        int start = pos;
        int p = pos;
        while (true) {
            if (p == limit) {
                int moved = fill(start);
                if (moved < 0) {
                    break;
                }
                start -= moved;
                p -= moved;
            }
            byte b = buf[p];
            if ((b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E') {
                p++;
                if (p - start > 64) {
                    throw NotPlain.INSTANCE;
                }
            } else {
                break;
            }
        }
        if (!JsonBytes.isStrictNumber(buf, start, p) || !delimiterAt(p)) {
            throw NotPlain.INSTANCE;
        }
        pos = p;
        return new String(buf, start, p - start, StandardCharsets.ISO_8859_1);
    }

    /** Reads {@code true}, {@code false} or {@code null}, whichever {@code word} is, and what must follow it. */
    void word(byte[] word) throws IOException, NotPlain {
        ensure(word.length + 1, pos);
        if (limit - pos < word.length) {
            throw NotPlain.INSTANCE;
        }
        for (int i = 0; i < word.length; i++) {
            if (buf[pos + i] != word[i]) {
                throw NotPlain.INSTANCE;
            }
        }
        if (!delimiterAt(pos + word.length)) {
            throw NotPlain.INSTANCE;
        }
        pos += word.length;
    }

    static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    static final byte[] NULL = {'n', 'u', 'l', 'l'};

    /** What may follow a number or a word; the end of the file is left to the caller (it needs a bracket). */
    private boolean delimiterAt(int p) {
        if (p >= limit) {
            return ended;
        }
        byte b = buf[p];
        return b == ',' || b == ']' || b == '}' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
