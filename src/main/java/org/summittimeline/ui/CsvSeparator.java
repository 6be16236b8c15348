package org.summittimeline.ui;

/**
 * The character between a CSV file's columns as the reader's spreadsheet expects it: a comma, as RFC 4180 has it,
 * or in a German window a semicolon. Excel splits a row only at its list separator, which is the semicolon where
 * the decimal mark is a comma: a German reader's Excel put each comma-separated row into one column.
 */
public final class CsvSeparator {
    private CsvSeparator() {
    }

    /** What the export dialogs tick at first, and what the comparison's export writes. */
    public static char preferred() {
        return "de".equals(Texts.locale().getLanguage()) ? ';' : ',';
    }
}
