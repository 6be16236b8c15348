package org.summittimeline.ui.present;

import java.time.ZoneId;
import java.util.List;
import javafx.animation.TranslateTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;

/**
 * What the class sees: one event at a time in large type, its quotes revealed one per press with their context
 * and source, a strip showing where the event sits in the whole story, a step counter and a clock in the corner.
 * Sizes follow the window's height (a 1280×720 projector is the baseline) and the teacher's type scale through
 * {@link SlideFit}. The presenter overlay (P) takes a band along the bottom, so the slide refits above it.
 */
public final class PresentationView extends StackPane {
    static final String STYLESHEET = PresentationView.class.getResource("presentation.css").toExternalForm();
    /** Left and right margin of the slide at the baseline. */
    private static final double MARGIN = 64;

    private final Presentation model;
    private final Timeline timeline;
    /** The slides' texts, and which quotes R has something to show for. */
    private final SlideParts parts;
    private final ObjectProperty<ZoneId> zone;
    /** The sizes the step's slides share, and what they were measured for. */
    private SlideFit.Sizes shared;
    private List<Object> sharedFor;
    private final DoubleProperty fontScale;
    private final BooleanProperty overlayShown = new SimpleBooleanProperty(this, "overlayShown", false);
    private final BooleanProperty clockShown = new SimpleBooleanProperty(this, "clockShown", true);
    private final Label counter = label("counter");
    private final Label clock = label("clock");
    private final Label title = label("p-title");
    private final Label time = label("p-time");
    private final Label speaker = label("p-speaker");
    private final Label summary = label("p-summary");
    private final Label words = label("p-quote");
    private final Label context = label("p-context");
    private final Label citation = label("p-citation");
    private final Label progress = label("p-progress");
    private final Label typed = label("p-typed");
    private final Label scaleLabel = label("p-scale");
    private final ScaleNote scaleNote = new ScaleNote(scaleLabel);
    private final Label end = label("p-end");
    /** Under the end card, the keys that leave it: at the end the teacher had no word of how back to the viewer. */
    private final Label endKeys = label("p-end-keys");
    private final VBox endCard = new VBox(end, endKeys);
    private final OverlayBand overlay = new OverlayBand(overlayShown);
    private final BlankScreen blank;
    private final StoryStrip stripPane;
    private final HBox top;
    private final VBox slide = new VBox();
    private final StackPane card = new StackPane();
    private final StackPane centre = new StackPane();
    private final BorderPane content = new BorderPane();
    private Presentation.Card cardShown = Presentation.Card.NONE;

    /** Kept so that the view can let go of the viewer's zone and type size, which outlive it. */
    private final InvalidationListener refreshOnChange = o -> refresh();
    private final ChangeListener<Number> rescale = (o, was, now) -> {
        if (forClass(now.doubleValue()) == forClass(was.doubleValue())) {
            return; // the viewer's type made smaller still, below what the class is shown
        }
        double before = ScaleNote.textSizes(centre);
        // The quote counts while its slide shows: under a card it is not what grew on screen.
        double quoteBefore = slide.isVisible() ? ScaleNote.size(words) : 0;
        refresh();
        scaleNote.changed(scale(), now.doubleValue() > was.doubleValue(), before, quoteBefore,
                ScaleNote.textSizes(centre), slide.isVisible() ? ScaleNote.size(words) : 0);
    };

    public PresentationView(Presentation model, Timeline timeline, ObjectProperty<ZoneId> zone, DoubleProperty fontScale) {
        this.model = model;
        this.timeline = timeline;
        this.parts = new SlideParts(timeline);
        this.zone = zone;
        this.fontScale = fontScale;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("presentation");
        setId("presentation");
        stripPane = new StoryStrip(model, zone);
        card.setId("p-card");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new HBox(24, typed, scaleLabel, spacer, counter, clock);
        // The counter, the clock and a number typed keep one line whatever the corner's note says (ScaleNote gives
        // way): a long note had wrapped them into "4 /" over "6", and "No step 9…" onto two lines that moved the slide.
        for (Label l : new Label[] {typed, counter, clock}) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        // No room kept for a number not typed: the type's note had stood a gap in from the corner where the
        // number stands.
        typed.managedProperty().bind(typed.textProperty().isNotEmpty());
        top.setAlignment(Pos.CENTER_RIGHT);
        top.getStyleClass().add("p-top");
        slide.getStyleClass().add("p-slide");
        card.getStyleClass().add("p-card");
        // A card taller than its room (it should not be) runs on at the bottom and is cut at the room's edge:
        // centred, it had run over the step counter above and the story strip below at once.
        card.setAlignment(Pos.TOP_LEFT);
        card.setMinHeight(0);
        Rectangle cardClip = new Rectangle();
        cardClip.widthProperty().bind(card.widthProperty());
        cardClip.heightProperty().bind(card.heightProperty());
        card.setClip(cardClip);
        card.setVisible(false);
        endCard.setVisible(false);
        endCard.setAlignment(Pos.CENTER);
        endKeys.setText(Texts.get("present.end.keys"));
        endKeys.getStyleClass().add("p-progress");
        StackPane.setAlignment(slide, Pos.TOP_LEFT);
        StackPane.setAlignment(card, Pos.TOP_LEFT);
        centre.getChildren().addAll(slide, card, endCard);
        centre.setMinHeight(0);
        content.setTop(top);
        content.setCenter(centre);
        content.setBottom(new VBox(stripPane, overlay.node()));
        blank = new BlankScreen(model);
        clock.visibleProperty().bind(clockShown);
        // Hidden, it takes no room: the counter had stood a clock's width in from the corner, beside nothing.
        clock.managedProperty().bind(clockShown);
        getChildren().addAll(content, blank);

        // And when a card opens: "V: no other renderings …" had stood on over the R card opened after it.
        scaleNote.goesWith(model.stepProperty(), model.revealedProperty(), model.cardProperty(),
                model.typedNumberProperty());
        model.stepProperty().addListener(o -> refresh());
        model.revealedProperty().addListener(o -> refresh());
        model.atEndProperty().addListener(o -> refresh());
        model.cardProperty().addListener(o -> refresh());
        overlayShown.addListener(o -> refresh());
        model.typedNumberProperty().addListener(o -> typed.setText(model.typedText()));
        zone.addListener(refreshOnChange);
        fontScale.addListener(rescale);
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
        fontScale.removeListener(rescale);
    }

    /** The font size the current quote is shown at, for tests that check readability. */
    public double quoteFontSize() {
        return words.getFont().getSize();
    }

    public double titleFontSize() {
        return title.getFont().getSize();
    }

    /** The type's scale for the class: the viewer's, but never below the designed sizes the back row reads. */
    double scale() {
        return forClass(fontScale.get());
    }

    /**
     * A viewer made smaller (a researcher's laptop at 75 %) had presented its slides at 75 %, the time 16 px: below
     * what the slides are designed for a classroom's back row to read.
     */
    static double forClass(double scale) {
        return Math.max(1, scale);
    }

    private double height0() {
        return getHeight() > 0 ? getHeight() : 720;
    }

    private void refresh() {
        Presentation.Slide current = model.current();
        double unit = Math.max(0.5, height0() / 720.0);
        double scale = scale();
        double width = Math.max(200, (getWidth() > 0 ? getWidth() : 1280) - 2 * MARGIN * unit);
        counter.setText(model.counter());
        // The corner keeps its size: the room it leaves the quote must not shrink when the teacher enlarges the type.
        for (Label l : new Label[] {counter, clock, scaleLabel}) {
            l.setFont(Font.font("System", SlideFit.PROGRESS * unit));
        }
        typed.setFont(Font.font("System", FontWeight.BOLD, SlideFit.PROGRESS * unit));
        top.setPadding(new Insets(12 * unit, 32 * unit, 0, 32 * unit));
        blank.corner(typed.getFont(), top.getPadding());
        slide.setPadding(new Insets(8 * unit, MARGIN * unit, 0, MARGIN * unit));
        card.setPadding(slide.getPadding());
        slide.setSpacing(SlideFit.GAP * unit);
        stripPane.size(unit, scale);
        // The end card is no step: the last step's notes do not stay with it.
        overlay.say(ComingUp.next(model), current == null || current.notes() == null || model.atEndProperty().get()
                ? Texts.get("present.overlay.noNotes") : current.notes());
        double room = height0() - topHeight(unit) - 56 * unit - overlay.layout(width, unit, MARGIN, height0())
                - 28 * unit;
        endCard.setVisible(model.atEndProperty().get());
        slide.setVisible(!model.atEndProperty().get());
        if (current == null) {
            showNothing(unit, scale);
        } else if (model.atEndProperty().get()) {
            end.setText(model.endText());
            end.setFont(Font.font("System", FontWeight.BOLD, SlideFit.TITLE_MAX * unit * scale));
            endKeys.setFont(Font.font("System", SlideFit.PROGRESS * unit * scale));
            endCard.setSpacing(SlideFit.GAP * unit * scale);
            hideCard();
        } else {
            showSlide(current, width, room, unit, scale);
            showCard(width, room, unit);
        }
        stripPane.draw();
    }

    private double topHeight(double unit) {
        return 12 * unit + TextFit.height("0:00", 400, SlideFit.PROGRESS * unit, FontWeight.BOLD);
    }

    private void showNothing(double unit, double scale) {
        title.setText(Texts.get("present.nothing"));
        title.setFont(Font.font("System", FontWeight.BOLD, SlideFit.TITLE_MIN * unit * scale));
        slide.getChildren().setAll(title);
        hideCard();
    }

    private void showSlide(Presentation.Slide current, double width, double room, double unit, double scale) {
        Quote quote = model.currentQuote();
        SlideFit.Parts p = quote == null ? parts.event(current, zone.get())
                : parts.quote(current, quote, model.revealedProperty().get(), zone.get());
        title.setText(p.title());
        time.setText(p.time());
        SlideFit.Sizes s = parts.sizes(p, quote == null, width, room, unit, scale);
        // Under the presenter's band the room changes with each click (the band shows what comes next): the shared
        // sizes are measured for the band at its tallest in the step. (Measured for a band of three tenths of the
        // screen, the title fell to 42 px with 170 px left empty under the slide.)
        double headingRoom = overlayShown.get() ? Math.min(room, room + overlay.height()
                - overlay.tallest(ComingUp.ofStep(model), width, unit, height0())) : room;
        s = parts.sharing(p, quote == null, s, shared(current, width, headingRoom, unit, scale), width, room, unit,
                scale);
        apply(s);
        progress.setText(p.progress());
        if (quote == null) {
            summary.setText(p.quote());
            summary.setFont(Font.font("System", s.quote()));
            slide.getChildren().setAll(title, time, summary, progress);
            return;
        }
        speaker.setText(p.speaker());
        words.setText(p.quote());
        context.setText(p.context());
        citation.setText(p.citation());
        words.setFont(Font.font("System", FontWeight.NORMAL,
                quote.kind() == QuoteKind.PARAPHRASE ? FontPosture.ITALIC : FontPosture.REGULAR, s.quote()));
        slide.getChildren().setAll(title, time, speaker, words);
        if (!context.getText().isEmpty()) {
            slide.getChildren().add(context);
        }
        slide.getChildren().addAll(citation, progress);
    }

    /** The step's shared sizes, measured again only when the step or the room for it changes. */
    private SlideFit.Sizes shared(Presentation.Slide step, double width, double room, double unit, double scale) {
        List<Object> key = List.of(step, width, room, unit, scale, zone.get());
        if (!key.equals(sharedFor)) {
            shared = parts.shared(step, zone.get(), width, room, unit, scale);
            sharedFor = key;
        }
        return shared;
    }

    /**
     * Says the text of {@code key} in the corner for a moment, as the type's size is: what a key did, or why it had
     * nothing to do here. V or R pressed where the slide offers no card, silent, looked broken; a card saying there is
     * nothing had read as a broken slide in front of the class.
     */
    void say(String key) {
        scaleNote.say(Texts.get(key));
    }

    /** Takes what the corner says away: the keys' help opened over it, and "V: no other renderings…" stood on. */
    void quiet() {
        scaleNote.clear();
    }

    /** As {@link #say(String)}, with words already made. */
    void sayText(String text) {
        scaleNote.say(text);
    }

    /** How long what the corner says now stays. */
    Duration saidFor() {
        return scaleNote.lasts();
    }

    /** Whether R has something to show for the quote: what it answers, contradicts or corrects, or what answers it. */
    boolean offersRelations(Quote quote) {
        return parts.hasRelations(quote);
    }

    private void apply(SlideFit.Sizes s) {
        title.setFont(Font.font("System", FontWeight.BOLD, s.title()));
        time.setFont(Font.font("System", s.time()));
        speaker.setFont(Font.font("System", FontWeight.BOLD, s.speaker()));
        context.setFont(Font.font("System", FontWeight.NORMAL, FontPosture.ITALIC, s.context()));
        citation.setFont(Font.font("System", s.citation()));
        progress.setFont(Font.font("System", s.progress()));
    }

    /** V and R slide a card in over the quote from the right; it goes when the teacher moves on. */
    private void showCard(double width, double room, double unit) {
        Presentation.Card which = model.cardProperty().get();
        Quote quote = model.currentQuote();
        if (which == Presentation.Card.NONE || quote == null) {
            hideCard();
            return;
        }
        VBox box = QuoteCard.pane(which, quote, timeline, q -> ComingUp.stillToCome(model, q), words.getText(),
                width, room, unit, scale());
        card.getChildren().setAll(box);
        card.setVisible(true);
        slide.setVisible(false);
        if (cardShown != which) {
            TranslateTransition slideIn = new TranslateTransition(Duration.millis(220), card);
            slideIn.setFromX(Math.max(getWidth(), 400));
            slideIn.setToX(0);
            slideIn.play();
        }
        cardShown = which;
    }

    private void hideCard() {
        card.setVisible(false);
        slide.setVisible(!model.atEndProperty().get());
        card.setTranslateX(0);
        cardShown = Presentation.Card.NONE;
    }

    void setTheme(PresentationTheme theme) {
        stripPane.setTheme(theme);
    }

    /** Where the corner's line (the step counter, the clock) ends on the screen, from the screen's top. */
    double cornerBottomOnScreen() {
        Bounds corner = top.localToScreen(top.getLayoutBounds());
        return corner == null ? 0 : corner.getMaxY();
    }

    /** A label whose id is its style class with the presentation's prefix: #p-quote, #p-counter. */
    static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setId(styleClass.startsWith("p-") ? styleClass : "p-" + styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A label that appears more than once (headings), so without an id. */
    static Label label(String styleClass, String text) {
        Label l = label(styleClass);
        l.setId(null);
        l.setText(text);
        return l;
    }
}
