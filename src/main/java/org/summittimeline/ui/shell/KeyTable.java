package org.summittimeline.ui.shell;

import java.util.List;
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
                new Row("Left / Right, Home / End", "previous / next event in time order, first / last"),
                new Row("+ / − (or Ctrl + wheel, pinch)",
                        "zoom in / out: the keys around the selected event (or the middle), the wheel around the pointer"),
                new Row("0", "zoom to fit the whole timeline"),
                new Row("Shift + Left / Right, Shift + wheel, drag", "pan through time; drag the box in the overview strip to jump"),
                new Row("wheel, Up / Down, Page Up / Page Down", "scroll the lanes when they are taller than the area"),
                new Row("click a lane's name", "fold the lane to a strip of ticks, or unfold it"),
                new Row("click a cluster", "zoom in until its events part, or choose one from its list"),
                new Row("Ctrl+F, then Enter / Shift+Enter",
                        "search titles, summaries and quotes (case and accents ignored); next / previous match"),
                new Row("Esc in the search field", "clear the search"),
                new Row("Ctrl+C", "copy the selected quote, or else the selected event, with its citation: "
                        + "`Vladimir Putin: “I had to repeat …” — Associated Press, 16 July 2018, ¶3`"),
                new Row("Ctrl+Shift+C", "copy its words (or the event's title and times) alone"),
                new Row("Ctrl+Alt+C", Texts.get("cite.keys.copy")),
                new Row("Ctrl+O, Ctrl+R, Ctrl+E", "open a file, reload it, export quotes"),
                new Row("Ctrl+Shift+D", "light / dark theme"),
                new Row("Ctrl+Shift+K", "compare speakers: their quotes side by side, event by event"),
                new Row("Ctrl + plus / minus / 0", "larger / smaller type / reset (the presentation uses the same scale)"),
                new Row("F5, Shift+F5, Ctrl+F5", "present from the start, from the selected event, with the presenter overlay"),
                new Row("Ctrl+L", "add the selected event to the lesson: choose its quotes, write a note (Lesson menu and tab)"),
                new Row("F1", "this list of keys"));
    }

    public static List<Row> presentation() {
        return List.of(
                new Row("Right, Down, Page Down, Space, Enter, click, wheel down",
                        "next quote, then next event; after the last, the end card (“End · 6 of 6”), where it stops"),
                new Row("Left, Up, Page Up, Backspace, right click, wheel up", "back"),
                new Row("Home / End", "first / last step"),
                new Row("a number, then Enter", "go to that step"),
                new Row("B or . / W", "black / white screen, and back"),
                new Row("V", "the quote's other renderings side by side, each with its source; again to hide"),
                new Row("R", "what the quote answers, contradicts or corrects, and what answers it; again to hide"),
                new Row("P", "presenter overlay along the bottom: what comes next and the notes (on one screen the class sees it)"),
                new Row("S", "with two screens, swap the projector and presenter screens"),
                new Row("T", "hide or show the clock (step counter and time since the first advance sit in the corner)"),
                new Row("C", "next theme: high contrast, dark, light (each readable to the WCAG AA standard)"),
                new Row("Ctrl + plus / minus / 0", "larger / smaller type / reset; remembered, and the viewer uses the same scale"),
                new Row("Escape", "back to the viewer"));
    }
}
