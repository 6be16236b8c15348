package org.summittimeline.ui.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.summittimeline.ui.TextWidth;

/**
 * A choice box as wide as its text needs in the type it is drawn in: as its longest choice, or as the choice it
 * shows. A fixed width in pixels cut the text once the type grew ("Helsinki (tim…", "Direct quotes …"), and the
 * box's own measure takes its open list's widest row (a zone's long name) instead.
 */
final class FittedChoiceBox<T> extends ChoiceBox<T> {
    /** What the width follows. */
    enum Fit { LONGEST_CHOICE, SHOWN_CHOICE }

    private Fit fit;

    FittedChoiceBox(Fit fit) {
        this.fit = fit;
        valueProperty().addListener(o -> requestLayout());
        // Never narrower: a toolbar short of room shrinks what may shrink before it moves items into its overflow.
        setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Follows {@code what} from now on. */
    void fit(Fit what) {
        if (fit != what) {
            fit = what;
            requestLayout();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return widthFor(fit, height);
    }

    /** The width the box would take following {@code what}. */
    double widthFor(Fit what, double height) {
        if (!(lookup(".label") instanceof Label shown) || !(lookup(".open-button") instanceof Region open)) {
            return super.computePrefWidth(height);
        }
        List<String> texts = new ArrayList<>();
        for (T choice : what == Fit.LONGEST_CHOICE ? getItems() : Collections.singletonList(getValue())) {
            texts.add(text(choice));
        }
        double widest = TextWidth.widest(texts, shown.getFont());
        // The skin lays the label over the whole box and the arrow over its right end: a gap of half a letter keeps
        // the last letter clear of the arrow (it touched it at the bare sum), and a pixel either way for rounding.
        double gap = shown.getFont().getSize() / 2;
        return snapSizeX(widest + shown.snappedLeftInset() + shown.snappedRightInset() + gap + open.prefWidth(-1)
                + snappedLeftInset() + snappedRightInset()) + 2;
    }

    private String text(T choice) {
        if (choice == null) {
            return "";
        }
        return getConverter() == null ? choice.toString() : getConverter().toString(choice);
    }
}
