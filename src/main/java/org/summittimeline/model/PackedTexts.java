package org.summittimeline.model;

import java.nio.charset.StandardCharsets;

/**
 * Texts of one value (an event's title and summary, a quote's words) kept as the bytes of one array rather than
 * as strings. A string costs 40 bytes besides its letters (its own object and its array's header); a million
 * events and a million quotes held three million of them, 130 MB of a one-gigabyte heap, and every one of them
 * was an object the collector copied while a large file was read. A text is made again when asked for: the
 * views ask for the few they show, and the word indexes read each text once.
 *
 * <p>Each text is a header, then its bytes. The header is one number written seven bits a byte, low bits first:
 * the byte length shifted left by two, with the form in the two low bits: {@link #NONE} for a null text (no
 * bytes follow), {@link #UTF_8}, or {@link #UTF_16} (its units, high byte first) for a text that UTF-8 would not
 * give back as it was (one with a lone surrogate). A text is packed the same way every time, so two packs hold equal texts exactly when their bytes
 * are equal.
 */
final class PackedTexts {
    private static final int NONE = 0;
    private static final int UTF_8 = 1;
    private static final int UTF_16 = 2;
    private static final int FORM_BITS = 2;

    private PackedTexts() {
    }

    /** The texts, each possibly null, in one array. */
    static byte[] pack(String... texts) {
        byte[][] bytes = new byte[texts.length][];
        int[] forms = new int[texts.length];
        int size = 0;
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            if (text == null) {
                forms[i] = NONE;
                bytes[i] = new byte[0];
            } else {
                bytes[i] = text.getBytes(StandardCharsets.UTF_8);
                forms[i] = UTF_8;
                // UTF-8 writes a lone surrogate as '?', one byte for one unit as ASCII is: a text of as many bytes
                // as units without a '?' is ASCII alone, which always comes back; any other is checked once.
                if ((bytes[i].length != text.length() || holdsQuestionMark(bytes[i]))
                        && !new String(bytes[i], StandardCharsets.UTF_8).equals(text)) {
                    bytes[i] = units(text);
                    forms[i] = UTF_16;
                }
            }
            size += headerLength(header(bytes[i].length, forms[i])) + bytes[i].length;
        }
        byte[] packed = new byte[size];
        int at = 0;
        for (int i = 0; i < texts.length; i++) {
            at = writeHeader(packed, at, header(bytes[i].length, forms[i]));
            System.arraycopy(bytes[i], 0, packed, at, bytes[i].length);
            at += bytes[i].length;
        }
        return packed;
    }

    /** The text at {@code index} (from 0) of a pack, or null. */
    static String unpack(byte[] packed, int index) {
        int at = 0;
        for (int i = 0; ; i++) {
            long header = 0;
            int shift = 0;
            byte b;
            do {
                b = packed[at++];
                header |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            int length = (int) (header >>> FORM_BITS);
            if (i == index) {
                return switch ((int) header & ((1 << FORM_BITS) - 1)) {
                    case NONE -> null;
                    case UTF_8 -> new String(packed, at, length, StandardCharsets.UTF_8);
                    default -> fromUnits(packed, at, length);
                };
            }
            at += length;
        }
    }

    private static boolean holdsQuestionMark(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '?') {
                return true;
            }
        }
        return false;
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
