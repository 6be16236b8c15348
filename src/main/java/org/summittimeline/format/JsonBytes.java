package org.summittimeline.format;

/**
 * The rules of strict JSON and UTF-8 at the level of bytes, which {@link PlainJsonScanner} reads by: which words
 * of eight bytes a text may take whole, what a letter of several bytes must be, what a number may look like. The
 * scanner keeps the buffer and the place; these only answer yes or no.
 */
final class JsonBytes {
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Whether none of the eight bytes of {@code word} is a quotation mark, a backslash, a control character (DEL
     * among them) or past ASCII: each test is the classic "has a zero byte" / "has a byte less than n" / "has a
     * byte more than n" on the whole word. DEL is legal in a JSON text; it stops the word only so that the scanner
     * can tell a text of printable ASCII alone, whose control-character check the binders then skip.
     */
    static boolean plain(long word) {
        long quote = word ^ 0x2222222222222222L;
        long backslash = word ^ 0x5C5C5C5C5C5C5C5CL;
        long stops = ((word + ONES) | word) & HIGHS
                | ((word - 0x2020202020202020L) & ~word & HIGHS)
                | ((quote - ONES) & ~quote & HIGHS)
                | ((backslash - ONES) & ~backslash & HIGHS);
        return stops == 0;
    }

    /**
     * The length of the UTF-8 letter at {@code at}, checked as strictly as Java's decoder (Unicode's table of
     * well-formed byte sequences: no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when the bytes
     * there, before {@code limit}, are not one.
     */
    static int letterLength(byte[] buf, int at, int limit) {
        int b0 = buf[at] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            if (b0 == 0xE0) {
                low = 0xA0;
            } else if (b0 == 0xED) {
                high = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            if (b0 == 0xF0) {
                low = 0x90;
            } else if (b0 == 0xF4) {
                high = 0x8F;
            }
        } else {
            return -1;
        }
        if (limit - at < length) {
            return -1;
        }
        int b1 = buf[at + 1] & 0xFF;
        if (b1 < low || b1 > high) {
            return -1;
        }
        for (int i = 2; i < length; i++) {
            int b = buf[at + i] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
        }
        return length;
    }

    /** Whether {@code b[from, to)} is a number in strict JSON's form: no leading zeros or '+', digits after a '.'. */
    static boolean isStrictNumber(byte[] b, int from, int to) {
        int i = from;
        if (i < to && b[i] == '-') {
            i++;
        }
        if (i >= to) {
            return false;
        }
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
        } else {
            return false;
        }
        if (i < to && b[i] == '.') {
            int digits = ++i;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == digits) {
                return false;
            }
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int digits = i;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == digits) {
                return false;
            }
        }
        return i == to;
    }

    private JsonBytes() {
    }
}
