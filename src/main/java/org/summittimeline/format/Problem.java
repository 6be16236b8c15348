package org.summittimeline.format;

/**
 * Something wrong with a timeline file, where it is (1-based line and column, 0 when the problem is with the
 * file as a whole) and a message that says what is wrong and what to write instead.
 * {@code path} is the JSON path of the value ("events[3].start"), empty for the document itself.
 * In a spreadsheet (CSV) a problem stands in a row: {@code line} is then the row and {@code column} is 0.
 */
public record Problem(Severity severity, int line, int column, String path, String message) {

    /** A problem in a spreadsheet's row, numbered as the spreadsheet shows it (the header is row 1). */
    public static Problem atRow(Severity severity, int row, String message) {
        return new Problem(severity, row, 0, "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True when the problem stands in a spreadsheet row rather than at a line and column. */
    public boolean isRow() {
        return line > 0 && column == 0;
    }

    /** The message with its path in front: {@code events[3].start: "x" is not ...}. */
    public String describe() {
        return path == null || path.isEmpty() ? message : path + ": " + message;
    }

    /** Where the problem is, as an editor or a spreadsheet finds it: {@code file:12:5}, {@code file:row 14}. */
    public String place(String file) {
        if (line <= 0) {
            return file;
        }
        return isRow() ? file + ":row " + line : file + ":" + line + ":" + column;
    }

    /** The compiler-style line the command line prints: {@code file:line:col: error: message}. */
    public String format(String file) {
        return place(file) + ": " + severity.label() + ": " + describe();
    }
}
