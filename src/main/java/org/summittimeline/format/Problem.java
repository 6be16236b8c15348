package org.summittimeline.format;

/**
 * Something wrong with a timeline file, where it is (1-based line and column, 0 when the problem is with the
 * file as a whole) and a message that says what is wrong and what to write instead.
 * {@code path} is the JSON path of the value ("events[3].start"), empty for the document itself.
 */
public record Problem(Severity severity, int line, int column, String path, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message with its path in front: {@code events[3].start: "x" is not ...}. */
    public String describe() {
        return path == null || path.isEmpty() ? message : path + ": " + message;
    }

    /** The compiler-style line the command line prints: {@code file:line:col: error: message}. */
    public String format(String file) {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + severity.label() + ": " + describe();
    }
}
