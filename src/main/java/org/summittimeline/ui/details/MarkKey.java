package org.summittimeline.ui.details;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.summittimeline.ui.Texts;

/**
 * What the timeline's marks mean, each drawn small beside its words, as the exported picture's legend gives them. A
 * new user found nothing on screen that told a diamond from a ring or said how sure a time was, short of hovering
 * over every mark. Shapes, not images: the rings' insides take the theme's page colour from the stylesheet, so the
 * key follows a change of theme.
 */
final class MarkKey {
    /** The first lane colour the timeline gives: readable at 4:1 on the light page and the dark one. */
    private static final Color SAMPLE = Color.web("#4e79a7");
    private static final int ENTRIES = 5;

    private MarkKey() {
    }

    /**
     * The heading and the five entries, flowing across the details pane while no event is selected: side by side, above
     * the hint, they take three lines at 1280 × 720, where a column of them under the hint stood below the pane's fold.
     */
    static Node node() {
        Label heading = new Label(Texts.get("details.legend.heading"));
        heading.getStyleClass().add("details-key-heading");
        FlowPane entries = new FlowPane(18, 4, heading);
        entries.setId("details-legend");
        entries.setPadding(new Insets(4, 0, 4, 0));
        for (int k = 0; k < ENTRIES; k++) {
            Label words = new Label(Texts.get(k == 4 ? "details.legend.4" : "export.legend." + k));
            words.setWrapText(true);
            words.getStyleClass().add("details-note");
            Pane sample = sample(k);
            Node scaled = scaled(sample, words);
            // A pane narrower than an entry (larger type) wraps its words rather than cutting them, beside the
            // sample as wide as the type has made it.
            words.maxWidthProperty().bind(entries.widthProperty().subtract(sample.scaleXProperty().multiply(30).add(12)));
            HBox entry = new HBox(6, scaled, words);
            entry.setAlignment(Pos.CENTER_LEFT);
            entries.getChildren().add(entry);
        }
        return entries;
    }

    /**
     * The sample in a group that grows with the words beside it: at larger type the samples had stayed at their
     * first size beside words twice as tall, the cluster's "3" unreadable.
     */
    private static Node scaled(Pane sample, Label words) {
        double base = Font.getDefault().getSize();
        DoubleBinding scale = Bindings.createDoubleBinding(() -> Math.max(1, words.getFont().getSize() / base),
                words.fontProperty());
        sample.scaleXProperty().bind(scale);
        sample.scaleYProperty().bind(scale);
        return new Group(sample);
    }

    private static Pane sample(int k) {
        Pane p = new Pane();
        p.setMinSize(30, 18);
        p.setPrefSize(30, 18);
        p.setMaxSize(30, 18);
        double cy = 9;
        switch (k) {
            case 0 -> p.getChildren().add(diamond(15, cy));
            case 1 -> p.getChildren().addAll(fade(1, cy - 5, 28, 10, true, true, 0.75), ring(15, cy));
            case 2 -> {
                p.getChildren().add(ring(15, cy));
                p.getChildren().addAll(tick(7, cy + 5), tick(22, cy + 5));
            }
            case 3 -> p.getChildren().addAll(fade(1, cy - 6, 8, 12, true, false, 1), bar(9, cy - 6, 12, 12),
                    fade(21, cy - 6, 8, 12, false, true, 1));
            default -> {
                Circle disc = new Circle(15, cy, 8, SAMPLE.darker());
                // Ringed in the dark theme, as the timeline rings a disc too dark for its page (details.css).
                disc.getStyleClass().add("mark-key-disc");
                disc.setStrokeType(StrokeType.OUTSIDE);
                Text count = new Text("3");
                count.setFont(Font.font(null, FontWeight.BOLD, 10));
                count.setFill(Color.WHITE);
                count.setX(15 - count.getLayoutBounds().getWidth() / 2);
                count.setY(cy + count.getLayoutBounds().getHeight() / 2 - 2);
                p.getChildren().addAll(disc, count);
            }
        }
        return p;
    }

    private static Polygon diamond(double cx, double cy) {
        Polygon d = new Polygon(cx, cy - 7, cx + 6, cy, cx, cy + 7, cx - 6, cy);
        d.setFill(SAMPLE);
        return d;
    }

    /**
     * An uncertain moment's marker: a ring in the lane's colour made darker on a light page and lighter on a dark one,
     * as the timeline draws it (its colour from the stylesheet), round a disc of the page's colour.
     */
    private static Pane ring(double cx, double cy) {
        Circle outer = new Circle(cx, cy, 6);
        outer.getStyleClass().add("mark-key-outline");
        Circle inner = new Circle(cx, cy, 4);
        inner.getStyleClass().add("mark-key-inside");
        Pane ring = new Pane(outer, inner);
        ring.setPickOnBounds(false);
        return ring;
    }

    private static Rectangle tick(double x, double y) {
        Rectangle r = new Rectangle(x, y, 1.5, 4);
        r.getStyleClass().add("mark-key-outline");
        return r;
    }

    private static Rectangle bar(double x, double y, double w, double h) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setFill(SAMPLE);
        return r;
    }

    /** A fade to nothing at whichever ends are uncertain, at most {@code peak} opaque. */
    private static Rectangle fade(double x, double y, double w, double h, boolean in, boolean out, double peak) {
        Color solid = Color.color(SAMPLE.getRed(), SAMPLE.getGreen(), SAMPLE.getBlue(), peak);
        Color none = Color.color(SAMPLE.getRed(), SAMPLE.getGreen(), SAMPLE.getBlue(), 0);
        Stop[] stops = in && out ? new Stop[] {new Stop(0, none), new Stop(0.5, solid), new Stop(1, none)}
                : in ? new Stop[] {new Stop(0, none), new Stop(1, solid)}
                : new Stop[] {new Stop(0, solid), new Stop(1, none)};
        Rectangle r = new Rectangle(x, y, w, h);
        r.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        return r;
    }
}
