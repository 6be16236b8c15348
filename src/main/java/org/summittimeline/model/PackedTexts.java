package org.summittimeline.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Texts of one value (an event's title and summary, a quote's words) kept as bytes rather than as strings. A string
 * costs 40 bytes besides its letters (its own object and its array's header); a million events and a million
 * quotes held three million of them, 130 MB of a one-gigabyte heap, and every one of them was an object the
 * collector copied while a large file was read. A text is made again when asked for: the views ask for the few
 * they show; building the word indexes reads each text a few times, a phrase search the texts it checks.
 *
 * <p>Each text is a header, then its bytes. The header is one number written seven bits a byte, low bits first:
 * the byte length shifted left by two, with the form in the two low bits: {@link #NONE} for a null text (no
 * bytes follow), {@link #LATIN_1}, {@link #UTF_8} or {@link #UTF_16} (its units, high byte first), as
 * {@link #encode} chooses. A text is packed the same way every time, so two packs hold equal texts exactly when
 * their bytes are equal.
 *
 * <p>The packs of one thread lie one after another in shared arrays ({@link Shelf}), not one array each: an array
 * of its own was two million more objects and 40 MB more held at a million events and quotes (the headers and
 * padding of arrays of about 190 bytes). A shelf's arrays grow to just under a megabyte, which G1 (whose regions
 * are a megabyte below a heap of 4 GB) keeps as a "humongous" object, made in the old generation and never
 * copied. An array lives as long as any value packed into it. The loader reads each file on a thread of its own,
 * whose shelf ends with it; on a thread that lives on (a command that reads one file, a test) a timeline read after
 * another may share the first one's last array, so a closed timeline can leave at most one array behind.
 */
final class PackedTexts {
    private static final int NONE = 0;
    private static final int UTF_8 = 1;
    private static final int UTF_16 = 2;
    private static final int LATIN_1 = 3;
    private static final int FORM_BITS = 2;
    /** A thread's first shelf array: a small timeline or an edit takes no more. */
    private static final int FIRST_SHELF = 4096;
    /** The largest shelf array: with its 16-byte header it fills one G1 region of a megabyte exactly. */
    static final int LARGEST_SHELF = (1 << 20) - 16;
    private static final ThreadLocal<Shelf> SHELVES = ThreadLocal.withInitial(Shelf::new);

    private PackedTexts() {
    }

    /** Where the last pack of a thread lies; read at once by the value that packed, as the next pack moves it. */
    static final class Place {
        byte[] array;
        int at;
    }

    /** A thread's array that its packs go into while it has room, and the place of its last pack. */
    private static final class Shelf {
        final Place last = new Place();
        byte[] array = new byte[0];
        int used;
        int nextSize = FIRST_SHELF;

        /** Room for a pack of {@code size} bytes: in the array being filled, a new one, or one of its own. */
        Place room(int size) {
            if (size > array.length - used) {
                if (size > nextSize / 4) {
                    // A long text gets an array of its own and leaves the shelf's room to the short ones.
                    last.array = new byte[size];
                    last.at = 0;
                    return last;
                }
                array = new byte[nextSize];
                used = 0;
                // Doubling up to a quarter megabyte, then one region: an array of half a region or more is
                // humongous already and would have a region of its own with half of it empty.
                nextSize = nextSize * 2 > LARGEST_SHELF / 2 ? LARGEST_SHELF : nextSize * 2;
            }
            last.array = array;
            last.at = used;
            used += size;
            return last;
        }
    }

    /**
     * The texts, each possibly null, packed into the thread's shelf: where they lie, until its next pack. A text of
     * Latin-1 letters (nearly every one) is copied from the string into the shelf directly; encoded into an array
     * of its own first, it was a third of all a large file's load allocated (46 MB at 100,000 events and quotes).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) is the one copy of Latin-1 letters into a given array
    static Place pack(String... texts) {
        byte[][] bytes = new byte[texts.length][];
        int[] forms = new int[texts.length];
        int[] lengths = new int[texts.length];
        int size = 0;
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            if (text == null) {
                forms[i] = NONE;
            } else if (isLatin1(text)) {
                forms[i] = LATIN_1;
                lengths[i] = text.length();
            } else {
                bytes[i] = encode(text, forms, i);
                lengths[i] = bytes[i].length;
            }
            size += headerLength(header(lengths[i], forms[i])) + lengths[i];
        }
        Place place = SHELVES.get().room(size);
        byte[] packed = place.array;
        int at = place.at;
        for (int i = 0; i < texts.length; i++) {
            at = writeHeader(packed, at, header(lengths[i], forms[i]));
            if (forms[i] == LATIN_1) {
                texts[i].getBytes(0, lengths[i], packed, at);
            } else if (bytes[i] != null) {
                System.arraycopy(bytes[i], 0, packed, at, lengths[i]);
            }
            at += lengths[i];
        }
        return place;
    }

    /** Whether every letter of the text fits in a byte, as {@link #LATIN_1} keeps it. */
    private static boolean isLatin1(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    /** How many bytes the {@code count} texts packed at {@code at} take, their headers included. */
    static int length(byte[] packed, int at, int count) {
        int from = at;
        for (int i = 0; i < count; i++) {
            at = afterHeader(packed, at) + (int) (headerAt(packed, at) >>> FORM_BITS);
        }
        return at - from;
    }

    /** The header that starts at {@code at}. */
    private static long headerAt(byte[] packed, int at) {
        long header = 0;
        int shift = 0;
        byte b;
        do {
            b = packed[at++];
            header |= (long) (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return header;
    }

    /** Where the bytes of the text whose header starts at {@code at} begin. */
    private static int afterHeader(byte[] packed, int at) {
        while (packed[at++] < 0) {
            // a header byte with its high bit set has another after it
        }
        return at;
    }

    /** Whether two packs of {@code count} texts hold the same texts. */
    static boolean equal(byte[] a, int aAt, byte[] b, int bAt, int count) {
        return Arrays.equals(a, aAt, aAt + length(a, aAt, count), b, bAt, bAt + length(b, bAt, count));
    }

    /** A hash of a pack of {@code count} texts, equal for equal packs. */
    static int hash(byte[] packed, int at, int count) {
        int hash = 1;
        for (int i = at, end = at + length(packed, at, count); i < end; i++) {
            hash = 31 * hash + packed[i];
        }
        return hash;
    }

    /** The text at {@code index} (from 0) of the pack at {@code at}, or null. */
    static String unpack(byte[] packed, int at, int index) {
        int start = at + length(packed, at, index);
        long header = headerAt(packed, start);
        int from = afterHeader(packed, start);
        int length = (int) (header >>> FORM_BITS);
        return switch ((int) header & ((1 << FORM_BITS) - 1)) {
            case NONE -> null;
            case LATIN_1 -> new String(packed, from, length, StandardCharsets.ISO_8859_1);
            case UTF_8 -> new String(packed, from, length, StandardCharsets.UTF_8);
            default -> fromUnits(packed, from, length);
        };
    }

    /**
     * The form a text that is not Latin-1 ({@link #isLatin1}: one byte a letter, as Java itself keeps such a string,
     * nearly every text) is kept in: UTF-8 when it gives the text back as it was and is no longer than the text's
     * UTF-16 units (Cyrillic, Greek); else the units (Chinese, Japanese, a lone surrogate).
     */
    private static byte[] encode(String text, int[] forms, int i) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= 2 * text.length() && new String(utf8, StandardCharsets.UTF_8).equals(text)) {
            forms[i] = UTF_8;
            return utf8;
        }
        forms[i] = UTF_16;
        return units(text);
    }

    /** The text's UTF-16 units, high byte first, as they are: Java's UTF-16 encoder replaces a lone surrogate. */
    private static byte[] units(String text) {
        byte[] out = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[2 * i] = (byte) (c >>> 8);
            out[2 * i + 1] = (byte) c;
        }
        return out;
    }

    private static String fromUnits(byte[] packed, int at, int length) {
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((packed[at + 2 * i] & 0xff) << 8 | packed[at + 2 * i + 1] & 0xff);
        }
        return new String(chars);
    }

    private static long header(int length, int form) {
        return (long) length << FORM_BITS | form;
    }

    private static int headerLength(long header) {
        int n = 1;
        while ((header >>>= 7) != 0) {
            n++;
        }
        return n;
    }

    private static int writeHeader(byte[] out, int at, long header) {
        while ((header & ~0x7fL) != 0) {
            out[at++] = (byte) (header & 0x7f | 0x80);
            header >>>= 7;
        }
        out[at++] = (byte) header;
        return at;
    }
}
