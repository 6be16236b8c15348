package org.summittimeline.format;

/** How bad a problem is: an error stops the file from loading; a warning is reported and the load goes on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
