package org.summittimeline.ui.present;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;

/** The whole story as dots on a line, in time, along the bottom of the slide; the current event stands out. */
final class StoryStrip extends Pane {
    private final Canvas canvas = new Canvas();
    private final Presentation model;
    /** The strip is drawn, not styled, so it needs the theme's colours themselves. */
    private PresentationTheme theme = PresentationTheme.HIGH_CONTRAST;

    StoryStrip(Presentation model) {
        this.model = model;
        getChildren().add(canvas);
        getStyleClass().add("p-strip");
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
    }

    void setTheme(PresentationTheme theme) {
        this.theme = theme;
        draw();
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        List<Presentation.Slide> slides = model.slides();
        if (slides.isEmpty() || w <= 0) {
            return;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Presentation.Slide s : slides) {
            long t = s.event().start().midpoint().getEpochSecond();
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        double margin = 64;
        double y = h / 2;
        g.setStroke(theme.muted());
        g.setLineWidth(2);
        g.strokeLine(margin, y, w - margin, y);
        int current = model.stepProperty().get();
        double currentX = Double.NaN;
        g.setFill(theme.muted());
        g.setGlobalAlpha(0.6);
        for (int i = 0; i < slides.size(); i++) {
            long t = slides.get(i).event().start().midpoint().getEpochSecond();
            double x = last == first ? w / 2 : margin + (t - first) * (w - 2 * margin) / (double) (last - first);
            if (i == current) {
                currentX = x;
            } else {
                g.fillOval(x - 6, y - 6, 12, 12);
            }
        }
        g.setGlobalAlpha(1);
        // Last, over the others: the next step minutes later (the press conference after the protester) covered
        // part of it.
        if (!Double.isNaN(currentX)) {
            g.setFill(theme.accent());
            g.fillOval(currentX - 11, y - 11, 22, 22);
        }
    }
}
