package org.summittimeline.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the first byte sequence that is not UTF-8 and its line and column. Java's decoder only says that one
 * exists; a writer needs to know where, so this second pass runs only after decoding has failed.
 */
final class Utf8Scan {
    /** Where the bad byte is and what it is. */
    record Malformed(int line, int column, int value) {
    }

    private Utf8Scan() {
    }

    static Malformed firstMalformed(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        int line = 1;
        int column = 1;
        int b;
        while ((b = in.read()) != -1) {
            int continuation;
            int min;
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                continue;
            } else if ((b & 0xE0) == 0xC0) {
                continuation = 1;
                min = 0x80;
            } else if ((b & 0xF0) == 0xE0) {
                continuation = 2;
                min = 0x800;
            } else if ((b & 0xF8) == 0xF0) {
                continuation = 3;
                min = 0x10000;
            } else {
                return new Malformed(line, column, b);
            }
            int codePoint = b & (0x3F >> continuation);
            for (int i = 0; i < continuation; i++) {
                in.mark(1);
                int next = in.read();
                if (next == -1 || (next & 0xC0) != 0x80) {
                    return new Malformed(line, column, b);
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return new Malformed(line, column, b);
            }
            column += Character.charCount(codePoint);
        }
        return null;
    }
}
