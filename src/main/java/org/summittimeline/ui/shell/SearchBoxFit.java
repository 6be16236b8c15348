package org.summittimeline.ui.shell;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.summittimeline.ui.TextWidth;

/**
 * How wide the tool bar's search box is, and how its match count shares it with what is typed. The hint shows only
 * while nothing is typed and the count only once something is, so the box needs room for the one or for the count
 * and the typing, never for both side by side (that had kept 850 px in German at 250 % on 1920 px, and sent the
 * zoom buttons into the overflow).
 *
 * <p>The box takes up to twelve letters' heights beside the count (six had cut "interference" to "…erference" with
 * 170 px of the bar empty), as far as the bar has room beside every item. Else it needs its hint, or six letters
 * beside the widest count, and takes the bar up to the overflow button (») beside the zoom buttons and those of the
 * lane and zone choices after them that leave it that, the others going into the overflow (capped at twelve letters
 * there, it had left 90 px empty before » at 121 %; asked for eight beside the choices, it had sent German's lane
 * choice into » at 133 %). Where even the zoom buttons leave it less, they go into the overflow all three together
 * (German at 170 % on 1280 px had kept + in the bar and sent − and fit into the overflow), and the box takes the bar
 * up to the overflow button, down to its hint or eight letters' heights; what is typed then scrolls, and a count
 * wider than what is left gives its events alone ("4 Ereignisse": the quote panel counts the quotes), and only then
 * ends in "…", the whole in its tooltip.
 */
final class SearchBoxFit {
    /**
     * The room kept for what is typed beside the count, in letters' heights: at least (with the count's own half
     * letter of gap, six), and where the bar has it.
     */
    private static final double TYPING = 5.5;
    private static final double TYPING_WITH_ROOM = 12;
    /**
     * What the typing keeps where even the short count would be cut: German at 250 % on 1280 px had shown
     * "erference 2 Ereign…", a word cut in the count as well as the typing (which scrolls, and the caret shows where).
     */
    private static final double LEAST_TYPING = 3.5;

    private final SortedToolBar bar;
    private final TextField search;
    private final Label matches;
    /** The last of the zoom buttons, after the box: they stay or go together. */
    private final Node lastZoom;
    /** The room the count keeps: the widest count's, which the tool bar measures for its timeline. */
    private double countRoom;
    /** The count, whole and short (SearchCount.brief; null when it has none). */
    private String count = "";
    private String brief;
    /** The whole count, shown on the count where the box has room only for its short form or less. */
    private final Tooltip wholeCount = new Tooltip();
    /** The box's width for its hint alone, the count's own width and the typing's, and the type and texts measured. */
    private double hintOnly;
    private double countWanted;
    private double briefWanted;
    private double typed;
    private List<Object> measuredFor = List.of();

    SearchBoxFit(SortedToolBar bar, TextField search, Label matches, Node lastZoom) {
        this.bar = bar;
        this.search = search;
        this.matches = matches;
        this.lastZoom = lastZoom;
    }

    /**
     * The count label's width for a text {@code textWidth} wide: its padding and four pixels to spare, since a text
     * measured and the same text laid out in a label can differ by a fraction, and a label a fraction too narrow ends
     * its text in "…". The toolbar's room for the widest count and the box's own count are both sized here.
     */
    static double countBox(Label matches, double textWidth) {
        return Math.ceil(textWidth) + matches.snappedLeftInset() + matches.snappedRightInset() + 4;
    }

    /** Shows the count {@code whole}, or {@code shorter} (null: none) where the box has no room for it. */
    void count(String whole, String shorter) {
        count = whole;
        brief = shorter;
        fit();
    }

    /** The count as a whole, which the label shows where it has room. */
    String count() {
        return count;
    }

    /** Keeps {@code room} pixels for the widest count this timeline can give, and fits the box again. */
    void countRoom(double room) {
        countRoom = room;
        fit();
    }

    /** Sizes the box and its count for the bar's width, the type and the texts; called on each layout of the bar. */
    void fit() {
        double em = search.getFont().getSize();
        // Measured again only when the font, the count or the typing changed: the bar's every layout pass comes here.
        List<Object> measuring = Arrays.asList(search.getFont(), count, brief, matches.getFont(), search.getText());
        if (!measuring.equals(measuredFor)) {
            hintOnly = Math.ceil(TextWidth.of(search.getPromptText(), search.getFont()) + 2.5 * em);
            countWanted = count.isEmpty() ? 0 : countBox(matches, TextWidth.of(count, matches.getFont()));
            briefWanted = brief == null ? countWanted : countBox(matches, TextWidth.of(brief, matches.getFont()));
            typed = TextWidth.of(search.getText(), search.getFont());
            measuredFor = measuring;
        }
        double needed = Math.max(hintOnly, TYPING * em + countRoom);
        double roomy = Math.max(hintOnly, TYPING_WITH_ROOM * em + countRoom);
        double everything = roomBeside(null, false);
        double zoom = roomBeside(lastZoom, true);
        // Beside the zoom buttons, the choices after them, in their order, that leave the box what it needs: at 146 %
        // on 1280 px the lane choice had gone into the overflow with the zone's, which did not fit, and the box had
        // taken its room too. (A longer word scrolls in the box while its count shows, and the choice stays in sight.)
        List<Node> items = bar.getItems();
        for (int i = items.indexOf(lastZoom) + 1; i > 0 && i < items.size() - 1; i++) {
            double more = roomBeside(items.get(i), true);
            if (more < needed) {
                break;
            }
            zoom = more;
        }
        double before = roomBeside(search, true);
        // Where the zoom buttons go, up to the overflow button, less a quarter letter: at its very edge, the box's
        // focus ring ran under the button. Never past the room beside the items before it (measured in the closed
        // overflow, the items after it can be narrower than in the bar, and the box had run under the button). And
        // narrower than its hint (cut) only down to eight letters' heights: at 250 % the German hint, "Suchen…
        // (Strg+F)", had sent the box into the overflow, where Ctrl+F could not reach it.
        // Beside the items kept, up to half a letter before » (reaching right up to it, the box had left » 4 px from
        // the lane choice's arrow, where it read as part of that box: "By category ▾»"), as far as that leaves the
        // box what it needs (with less room, the gap is less); in whole pixels, since the tool bar rounds each width
        // up, and a fraction more had sent the last item kept into the overflow.
        double width = Math.max(Math.min(hintOnly, 8 * em), Math.min(before, everything >= needed
                ? Math.min(roomy, everything) : zoom >= needed ? Math.floor(Math.max(needed, zoom - em / 2))
                : before - em / 4));
        if (Math.abs(search.getPrefWidth() - width) > 0.5) {
            search.setPrefWidth(width);
        }
        // The count takes its own width, the typing the rest, as much as is typed up to the room kept for it (at 250 %
        // on 1280 px, six letters kept beside "Putin" had cut "4 events · 10 q…"); a count wider than what is left
        // gives its events alone, and only where even that is too wide ends in "…", the whole in its tooltip.
        double room = Math.max(0, width - Math.min(TYPING * em, typed + em));
        boolean whole = countWanted <= room;
        if (!whole && brief != null && briefWanted > room) {
            room = Math.max(room, width - LEAST_TYPING * em);
        }
        String shown = whole || brief == null ? count : brief;
        double countWidth = Math.min(whole ? countWanted : briefWanted, room);
        if (!shown.equals(matches.getText())) {
            matches.setText(shown);
        }
        if (Math.abs(matches.getPrefWidth() - countWidth) > 0.5) {
            matches.setPrefWidth(countWidth);
        }
        // One tooltip, its words changed as the count does: a new one at each key typed had been thrown away.
        if (whole) {
            matches.setTooltip(null);
        } else {
            wholeCount.setText(count);
            matches.setTooltip(wholeCount);
        }
    }

    /**
     * What the bar leaves for the box beside its items up to {@code last} (the box itself: those before it; null:
     * all of them) and, where some go into it, the overflow button; unbounded while the bar has no width.
     */
    private double roomBeside(Node last, boolean overflowing) {
        // The bar's row, also while the box is in the overflow: measured from there, the box asked for its whole
        // width, which kept it in the overflow for good.
        HBox box = bar.box();
        if (bar.getWidth() <= 0 || box == null) {
            return Double.MAX_VALUE;
        }
        // The overflow button's width as the skin counts it: 3 em kept for it had cut the count with 90 px empty.
        double used = bar.snappedLeftInset() + bar.snappedRightInset() + (overflowing ? box.getSpacing()
                + bar.snapSizeX(((Region) bar.lookup(".tool-bar-overflow-button")).prefWidth(-1)) : 0);
        for (Node item : bar.getItems()) {
            if (item == search) {
                if (last == search) {
                    break;
                }
                continue;
            }
            if (item.isManaged()) {
                used += bar.snapSizeX(item.prefWidth(-1)) + box.getSpacing();
            }
            if (item == last) {
                break;
            }
        }
        return bar.getWidth() - used;
    }
}
