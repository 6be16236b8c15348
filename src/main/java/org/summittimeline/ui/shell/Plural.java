package org.summittimeline.ui.shell;

/** "1 error", "2 errors": counts in words that agree with them. */
final class Plural {
    private Plural() {
    }

    static String of(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
