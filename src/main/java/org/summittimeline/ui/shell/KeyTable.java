package org.summittimeline.ui.shell;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summittimeline.ui.Texts;

/**
 * Every key of the viewer and of the presentation, in one list: Help ▸ Keyboard shortcuts shows it and a test
 * holds the README's key tables to it.
 */
public final class KeyTable {
    /** One line of the table: the keys, and what they do. */
    public record Row(String keys, String what) {
    }

    private KeyTable() {
    }

    public static List<Row> viewer() {
        return List.of(
                new Row(Texts.get("window.keys.viewer.1.keys"), Texts.get("window.keys.viewer.1.what")),
                new Row(Texts.get("window.keys.deselect"), Texts.get("window.keys.deselect.what")),
                new Row(Texts.get("window.keys.viewer.2.keys"), Texts.get("window.keys.viewer.2.what")),
                new Row("0", Texts.get("window.keys.viewer.3.what")),
                new Row(Texts.get("window.keys.viewer.4.keys"), Texts.get("window.keys.viewer.4.what")),
                new Row(Texts.get("window.keys.viewer.5.keys"), Texts.get("window.keys.viewer.5.what")),
                new Row(Texts.get("window.keys.viewer.6.keys"), Texts.get("window.keys.viewer.6.what")),
                new Row(Texts.get("window.keys.viewer.fold.keys"), Texts.get("window.keys.viewer.fold.what")),
                new Row(Texts.get("window.keys.viewer.slider.keys"), Texts.get("window.keys.viewer.slider.what")),
                new Row(Texts.get("window.keys.viewer.typeahead.keys"), Texts.get("window.keys.viewer.typeahead.what")),
                new Row(Texts.get("window.keys.viewer.7.keys"), Texts.get("window.keys.viewer.7.what")),
                new Row(Texts.get("window.keys.viewer.8.keys"), Texts.get("window.keys.viewer.8.what")),
                new Row(Texts.get("window.keys.viewer.9.keys"), Texts.get("window.keys.viewer.9.what")),
                new Row(Texts.get("window.keys.cancelReading"), Texts.get("window.keys.cancelReading.what")),
                new Row(Texts.get("window.keys.viewer.10.keys"), Texts.get("window.keys.viewer.10.what")),
                new Row(Texts.get("window.keys.viewer.11.keys"), Texts.get("window.keys.viewer.11.what")),
                new Row(Texts.get("window.keys.copyCitation"), Texts.get("cite.keys.copy")),
                new Row(Texts.get("window.keys.viewer.13.keys"), Texts.get("window.keys.viewer.13.what")),
                new Row(Texts.get("window.keys.exports"), Texts.get("window.keys.exports.what")),
                new Row(Texts.get("window.keys.quit"), Texts.get("window.keys.quit.what")),
                new Row(Texts.get("window.keys.lanes"), Texts.get("window.keys.lanes.what")),
                new Row(Texts.get("window.keys.viewer.14.keys"), Texts.get("window.keys.viewer.14.what")),
                new Row(Texts.get("window.keys.viewer.15.keys"), Texts.get("window.keys.viewer.15.what")),
                new Row(Texts.get("window.keys.viewer.16.keys"), Texts.get("window.keys.viewer.16.what")),
                new Row(Texts.get("window.keys.viewer.17.keys"), Texts.get("window.keys.viewer.17.what")),
                new Row(Texts.get("window.keys.viewer.18.keys"), Texts.get("window.keys.viewer.18.what")),
                new Row("F1", Texts.get("window.keys.viewer.19.what")));
    }

    public static List<Row> presentation() {
        return List.of(
                new Row(Texts.get("window.keys.presentation.1.keys"), Texts.get("window.keys.presentation.1.what")),
                new Row(Texts.get("window.keys.presentation.2.keys"), Texts.get("window.keys.presentation.2.what")),
                new Row(Texts.get("window.keys.presentation.3.keys"), Texts.get("window.keys.presentation.3.what")),
                new Row(Texts.get("window.keys.presentation.4.keys"), Texts.get("window.keys.presentation.4.what")),
                new Row(Texts.get("window.keys.presentation.5.keys"), Texts.get("window.keys.presentation.5.what")),
                new Row("V", Texts.get("window.keys.presentation.6.what")),
                new Row("R", Texts.get("window.keys.presentation.7.what")),
                new Row("P", Texts.get("window.keys.presentation.8.what")),
                new Row("S", Texts.get("window.keys.presentation.9.what")),
                new Row("T", Texts.get("window.keys.presentation.10.what")),
                new Row("C", Texts.get("window.keys.presentation.11.what")),
                new Row(Texts.get("window.keys.presentation.12.keys"), Texts.get("window.keys.presentation.12.what")),
                new Row("F1", Texts.get("window.keys.presentation.14.what")),
                new Row(Texts.get("window.keys.presentation.13.keys"), Texts.get("window.keys.presentation.13.what")));
    }

    /** What stands between two keys of a row: a comma, a slash, "or", a bracket. */
    private static final Pattern BETWEEN_KEYS = Pattern.compile(",\\s+|\\s+/\\s+|\\s+(?:or|oder)\\s+|\\s*\\((?:(?:or|oder)\\s+)?|\\)");
    private static final char NO_BREAK = '\u00a0';

    /**
     * {@code keys} with each key's name held on one line where it is of two words ("Page Up", "wheel down",
     * "Bild auf", "a number"): at 250 % the help had broken "Left, Up, Page" from "Up, Backspace", read as two keys.
     * A longer gesture ("Tab on the time slider") still wraps between its words, and so does "Ctrl + wheel": held
     * whole, "Umschalt + Mausrad," was a word too wide for the German table beside its explanations at 250 %.
     */
    static String unbroken(String keys) {
        StringBuilder out = new StringBuilder();
        Matcher between = BETWEEN_KEYS.matcher(keys);
        int at = 0;
        while (between.find()) {
            out.append(oneKey(keys.substring(at, between.start()))).append(between.group());
            at = between.end();
        }
        return out.append(oneKey(keys.substring(at))).toString();
    }

    private static String oneKey(String name) {
        return name.trim().split(" ").length <= 2 ? name.replace(' ', NO_BREAK) : name;
    }
}
