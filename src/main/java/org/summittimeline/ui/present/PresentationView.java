package org.summittimeline.ui.present;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.query.TimeText;

/**
 * What the class sees: one event at a time in large type, its quotes revealed one per press, a strip showing
 * where the event sits in the whole story, a step counter and a clock in the corner. Sizes follow the window's
 * height (a 1280×720 projector is the baseline) and the teacher's font scale; a long quote shrinks to fit
 * rather than being cut off. The presenter overlay (P) shows what comes next and the notes.
 */
public final class PresentationView extends StackPane {
    static final String STYLESHEET = PresentationView.class.getResource("presentation.css").toExternalForm();
    /** The smallest sizes at the 720-pixel baseline, before the teacher's scale. */
    static final double TITLE_MIN = 48;
    static final double QUOTE_MIN = 32;

    private final Presentation model;
    private final Timeline timeline;
    private final ObjectProperty<ZoneId> zone;
    private final DoubleProperty fontScale;
    private final BooleanProperty overlayShown = new SimpleBooleanProperty(this, "overlayShown", false);
    private final BooleanProperty clockShown = new SimpleBooleanProperty(this, "clockShown", true);
    private final Label counter = label("counter");
    private final Label clock = label("clock");
    private final Label title = label("p-title");
    private final Label time = label("p-time");
    private final Label summary = label("p-summary");
    private final Label speaker = label("p-speaker");
    private final Label words = label("p-quote");
    private final Label citation = label("p-citation");
    private final Label progress = label("p-progress");
    private final Label typed = label("p-typed");
    private final Label overlayNext = label("p-overlay-next");
    private final Label overlayNotes = label("p-overlay-notes");
    private final VBox overlay = new VBox(8);
    private final Region blank = new Region();
    private final Canvas strip = new Canvas();
    private final VBox body = new VBox();
    private final BorderPane content = new BorderPane();

    /** Kept so that the view can let go of the viewer's zone and type size, which outlive it. */
    private final InvalidationListener refreshOnChange = o -> refresh();

    public PresentationView(Presentation model, Timeline timeline, ObjectProperty<ZoneId> zone, DoubleProperty fontScale) {
        this.model = model;
        this.timeline = timeline;
        this.zone = zone;
        this.fontScale = fontScale;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("presentation");
        setId("presentation");
        title.setId("p-title");
        words.setId("p-quote");
        summary.setId("p-summary");
        counter.setId("p-counter");
        blank.setId("p-blank");
        overlay.setId("p-overlay");
        typed.setId("p-typed");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(24, typed, spacer, counter, clock);
        top.setAlignment(Pos.CENTER_RIGHT);
        top.getStyleClass().add("p-top");
        VBox middle = new VBox(title, time, body);
        middle.getStyleClass().add("p-middle");
        Pane stripPane = new Pane(strip);
        stripPane.getStyleClass().add("p-strip");
        strip.widthProperty().bind(stripPane.widthProperty());
        strip.heightProperty().bind(stripPane.heightProperty());
        strip.widthProperty().addListener(o -> drawStrip());
        strip.heightProperty().addListener(o -> drawStrip());
        content.setTop(top);
        content.setCenter(middle);
        content.setBottom(stripPane);
        overlay.getStyleClass().add("p-overlay");
        overlay.getChildren().addAll(label("p-overlay-heading", "Next"), overlayNext,
                label("p-overlay-heading", "Notes"), overlayNotes);
        overlay.setMaxWidth(Region.USE_PREF_SIZE);
        overlay.setMaxHeight(Region.USE_PREF_SIZE);
        overlay.visibleProperty().bind(overlayShown);
        StackPane.setAlignment(overlay, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overlay, new Insets(0, 24, 90, 0));
        blank.getStyleClass().add("p-blank");
        blank.visibleProperty().bind(model.blankProperty().isNotEqualTo(Presentation.Blank.NONE));
        model.blankProperty().addListener((obs, old, b) -> {
            blank.getStyleClass().removeAll("black", "white");
            if (b != Presentation.Blank.NONE) {
                blank.getStyleClass().add(b == Presentation.Blank.BLACK ? "black" : "white");
            }
        });
        clock.visibleProperty().bind(clockShown);
        getChildren().addAll(content, overlay, blank);

        model.stepProperty().addListener(o -> refresh());
        model.revealedProperty().addListener(o -> refresh());
        model.typedNumberProperty().addListener((obs, old, n) -> typed.setText(n.isEmpty() ? "" : "Go to step " + n + " \u21b5"));
        zone.addListener(refreshOnChange);
        fontScale.addListener(refreshOnChange);
        heightProperty().addListener(o -> refresh());
        widthProperty().addListener(o -> refresh());
        refresh();
    }

    public BooleanProperty overlayShownProperty() {
        return overlayShown;
    }

    public BooleanProperty clockShownProperty() {
        return clockShown;
    }

    public void setElapsed(String text) {
        clock.setText(text);
    }

    /** Lets go of the viewer's properties; the view is done with once its presentation ends. */
    public void dispose() {
        zone.removeListener(refreshOnChange);
        fontScale.removeListener(refreshOnChange);
    }

    /** The font size the current quote is shown at, for tests that check readability. */
    public double quoteFontSize() {
        return words.getFont().getSize();
    }

    public double titleFontSize() {
        return title.getFont().getSize();
    }

    private void refresh() {
        Presentation.Slide slide = model.current();
        double unit = Math.max(0.5, (getHeight() > 0 ? getHeight() : 720) / 720.0) * fontScale.get();
        double width = Math.max(200, (getWidth() > 0 ? getWidth() : 1280) - 2 * 64 * unit / fontScale.get());
        counter.setText(model.counter());
        counter.setFont(Font.font("System", 20 * unit));
        clock.setFont(Font.font("System", 20 * unit));
        typed.setFont(Font.font("System", FontWeight.BOLD, 22 * unit));
        overlayNext.setFont(Font.font("System", 18 * unit));
        overlayNotes.setFont(Font.font("System", 18 * unit));
        overlay.setPrefWidth(Math.min(620 * unit, width * 0.6));
        if (slide == null) {
            title.setText("Nothing to present: the filters hide every event");
            body.getChildren().clear();
            return;
        }
        TimeText times = new TimeText(zone.get());
        double titleSize = TextFit.size(slide.event().title(), width, 140 * unit, 60 * unit, TITLE_MIN * unit * 0.85,
                FontWeight.BOLD);
        title.setFont(Font.font("System", FontWeight.BOLD, Math.max(titleSize, TITLE_MIN * unit / fontScale.get())));
        title.setText(slide.event().title());
        time.setText(times.describe(slide.event().start()));
        time.setFont(Font.font("System", 26 * unit));
        Quote quote = model.currentQuote();
        double used = 40 * unit + TextFit.height(title.getText(), width, title.getFont().getSize(), FontWeight.BOLD)
                + TextFit.height(time.getText(), width, time.getFont().getSize(), FontWeight.NORMAL) + 90 * unit;
        double available = (getHeight() > 0 ? getHeight() : 720) - used - 110 * unit;
        body.getChildren().clear();
        if (quote == null) {
            summary.setText(slide.event().summary() == null ? "" : slide.event().summary());
            summary.setFont(Font.font("System", TextFit.size(summary.getText(), width, available, 32 * unit,
                    20 * unit, FontWeight.NORMAL)));
            progress.setText(slide.quotes().isEmpty() ? "" : slide.quotes().size() == 1 ? "1 quote to come"
                    : slide.quotes().size() + " quotes to come");
            progress.setFont(Font.font("System", 20 * unit));
            body.getChildren().addAll(summary, progress);
        } else {
            Actor who = timeline.actor(quote.speakerId()).orElse(null);
            speaker.setText((who == null ? quote.speakerId() : who.name())
                    + (quote.kind() == QuoteKind.PARAPHRASE ? " \u2014 reported" : ""));
            speaker.setFont(Font.font("System", FontWeight.BOLD, 28 * unit));
            String text = quote.kind() == QuoteKind.DIRECT ? "\u201c" + quote.text() + "\u201d" : quote.text();
            double quoteRoom = available - 34 * unit - 30 * unit - 28 * unit;
            double size = TextFit.size(text, width, quoteRoom, 46 * unit, QUOTE_MIN * unit, FontWeight.NORMAL);
            if (TextFit.height(text, width, size, FontWeight.NORMAL) > quoteRoom) {
                // Even the smallest comfortable size overflows: go smaller rather than cut words off.
                size = TextFit.size(text, width, quoteRoom, size, 16 * unit, FontWeight.NORMAL);
            }
            words.setText(text);
            words.setFont(Font.font("System", FontWeight.NORMAL,
                    quote.kind() == QuoteKind.PARAPHRASE ? FontPosture.ITALIC : FontPosture.REGULAR, size));
            citation.setText(new CitationText(timeline).cite(quote.citation()));
            citation.setFont(Font.font("System", 20 * unit));
            progress.setText("Quote " + model.revealedProperty().get() + " of " + slide.quotes().size());
            progress.setFont(Font.font("System", 20 * unit));
            body.getChildren().addAll(speaker, words, citation, progress);
        }
        overlayNext.setText(model.nextDescription());
        overlayNotes.setText(slide.notes() == null ? "(no notes)" : slide.notes());
        drawStrip();
    }

    /** The whole story as dots on a line, in time; the current event stands out, the rest are dimmed. */
    private void drawStrip() {
        GraphicsContext g = strip.getGraphicsContext2D();
        double w = strip.getWidth();
        double h = strip.getHeight();
        g.clearRect(0, 0, w, h);
        List<Presentation.Slide> slides = model.slides();
        if (slides.isEmpty() || w <= 0) {
            return;
        }
        PresentationTheme colours = theme;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Presentation.Slide s : slides) {
            long t = s.event().start().midpoint().getEpochSecond();
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        double margin = 64;
        double y = h / 2;
        g.setStroke(colours.muted());
        g.setLineWidth(2);
        g.strokeLine(margin, y, w - margin, y);
        for (int i = 0; i < slides.size(); i++) {
            long t = slides.get(i).event().start().midpoint().getEpochSecond();
            double x = last == first ? w / 2 : margin + (t - first) * (w - 2 * margin) / (double) (last - first);
            boolean current = i == model.stepProperty().get();
            double r = current ? 11 : 6;
            g.setFill(current ? colours.accent() : colours.muted());
            g.setGlobalAlpha(current ? 1 : 0.6);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setGlobalAlpha(1);
    }

    /** The strip is drawn, not styled, so it needs the theme's colours themselves. */
    private PresentationTheme theme = PresentationTheme.HIGH_CONTRAST;

    void setTheme(PresentationTheme theme) {
        this.theme = theme;
        drawStrip();
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label label(String styleClass, String text) {
        Label l = label(styleClass);
        l.setText(text);
        return l;
    }
}
