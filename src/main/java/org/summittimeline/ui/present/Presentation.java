package org.summittimeline.ui.present;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.quotes.QuoteListModel;

/**
 * The steps of a classroom presentation and where the teacher is in them: which event, and how many of its
 * quotes the class has been shown. Forward reveals the next quote, then moves to the next event; back undoes.
 * A teacher's lesson gives the steps when there is one, else the file's own presentation order, else time order;
 * the viewer's filters apply. After the last quote of the last step comes an end card, and forward stops there.
 * JavaFX properties only, so it is tested without a toolkit.
 */
public final class Presentation {
    /** One step as presented: the event, the quotes to reveal in order, the teacher's notes. */
    public record Slide(Event event, List<Quote> quotes, String notes) {
    }

    /** What covers the screen when the teacher blanks it. */
    public enum Blank { NONE, BLACK, WHITE }

    /** What slides in over the quote on V and R: its other renderings, or the quotes it answers or disputes. */
    public enum Card { NONE, VARIANTS, RELATIONS }

    private final List<Slide> slides;
    /** The story's first and last event's times (midpoints of their starts), in epoch seconds. */
    private final long storyFirst;
    private final long storyLast;
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final IntegerProperty revealed = new SimpleIntegerProperty(this, "revealed", 0);
    private final ObjectProperty<Blank> blank = new SimpleObjectProperty<>(this, "blank", Blank.NONE);
    private final StringProperty typedNumber = new SimpleStringProperty(this, "typedNumber", "");
    private final BooleanProperty atEnd = new SimpleBooleanProperty(this, "atEnd", false);
    private final BooleanProperty started = new SimpleBooleanProperty(this, "started", false);
    private final ObjectProperty<Card> card = new SimpleObjectProperty<>(this, "card", Card.NONE);
    private Event startedBeside;
    private boolean startedBesideHidden;

    /** Builds the slides; starts at {@code startAt}'s slide when it has one, else at the first. */
    public Presentation(TimelineQuery query, QueryResult shown, Event startAt) {
        this(query, shown, null, startAt);
    }

    /**
     * Builds the slides of {@code steps} (a teacher's lesson; null: the file's own order, else time order); steps
     * whose event is not in the timeline are left out, as the lesson panel has already said.
     */
    public Presentation(TimelineQuery query, QueryResult shown, List<PresentationStep> steps, Event startAt) {
        slides = steps == null ? slides(query, shown, query.timeline().presentation()) : slides(query, shown, steps);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        // From the earliest a first event may have begun to the latest a last one may have ended, as the sources
        // allow: the middles of their windows had put minutes no source gives at the strip's ends (21:00 for
        // 20:50–21:10).
        for (Event e : query.timeline().events()) {
            first = Math.min(first, e.startEarliestSecond());
            last = Math.max(last, e.lastLatestSecond());
        }
        storyFirst = first;
        storyLast = last;
        if (startAt != null && !slides.isEmpty()) {
            step.set(slideFor(startAt));
            if (!slides.get(step.get()).event().id().equals(startAt.id())) {
                startedBeside = startAt;
                int at = query.positionOf(startAt.id());
                startedBesideHidden = at >= 0 && !shown.isEventShown(at);
            }
        }
    }

    /**
     * The event the show was asked to start at where that is no step of it (it then starts at {@link #slideFor}'s
     * step), else null: the mode says so, since a show that opened on another event had looked like a key misread.
     */
    public Event startedBeside() {
        return startedBeside;
    }

    /**
     * Whether {@link #startedBeside} is left out because a filter hides it, rather than because no step names it: a
     * lesson's step hidden by a filter had been said to be "not a step".
     */
    public boolean startedBesideHidden() {
        return startedBesideHidden;
    }

    /**
     * The selected event's own slide; for an event that is no step (hidden by a lesson, or not in its list), the
     * step that comes next in time after it, since a teacher who selected it means to go on from there; after the
     * last step in time, that one.
     */
    private int slideFor(Event selected) {
        int next = -1;
        int latest = 0;
        for (int i = 0; i < slides.size(); i++) {
            Event e = slides.get(i).event();
            if (e.id().equals(selected.id())) {
                return i;
            }
            long at = e.startEarliestSecond();
            if (at >= selected.startEarliestSecond()
                    && (next < 0 || at < slides.get(next).event().startEarliestSecond())) {
                next = i;
            }
            if (at > slides.get(latest).event().startEarliestSecond()) {
                latest = i;
            }
        }
        return next >= 0 ? next : latest;
    }

    private static List<Slide> slides(TimelineQuery query, QueryResult shown, List<PresentationStep> steps) {
        Timeline t = query.timeline();
        List<Slide> out = new ArrayList<>();
        if (steps.isEmpty()) {
            for (Event e : t.events()) {
                if (shown.isEventShown(query.positionOf(e.id()))) {
                    out.add(new Slide(e, QuoteListModel.ofEvent(query, shown, e.id()), null));
                }
            }
            return out;
        }
        for (PresentationStep s : steps) {
            Event e = t.event(s.eventId()).orElse(null);
            if (e == null || !shown.isEventShown(query.positionOf(e.id()))) {
                continue;
            }
            List<Quote> quotes = s.quoteIds() == null ? query.quotesOf(e.id())
                    : s.quoteIds().stream().map(id -> t.quote(id).orElse(null)).filter(q -> q != null).toList();
            out.add(new Slide(e, QuoteListModel.passing(query, shown, quotes), s.notes()));
        }
        return out;
    }

    public List<Slide> slides() {
        return slides;
    }

    /**
     * When the whole story begins and ends (the earliest start and the latest end the sources allow), however few of
     * its events are steps: the strip along the slides' foot.
     */
    public long storyFirst() {
        return storyFirst;
    }

    public long storyLast() {
        return storyLast;
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step;
    }

    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed;
    }

    public ObjectProperty<Blank> blankProperty() {
        return blank;
    }

    public StringProperty typedNumberProperty() {
        return typedNumber;
    }

    /** True on the end card, after the last quote of the last step. */
    public ReadOnlyBooleanProperty atEndProperty() {
        return atEnd;
    }

    /** Turns true at the first advance: the clock counts the lesson, not the minutes of setting up before it. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started;
    }

    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card;
    }

    /** V or R: shows that card over the quote, or hides it when it shows; only while a quote is on screen. */
    public void toggleCard(Card which) {
        if (currentQuote() == null || atEnd.get()) {
            card.set(Card.NONE);
            return;
        }
        card.set(card.get() == which ? Card.NONE : which);
    }

    public Slide current() {
        return slides.isEmpty() ? null : slides.get(step.get());
    }

    /** The quote revealed last on this slide, or null before the first press. */
    public Quote currentQuote() {
        Slide s = current();
        return s == null || revealed.get() == 0 ? null : s.quotes().get(revealed.get() - 1);
    }

    /** "7 / 12"; "1 / 300,000" in the reader's language, a large number read at a glance from the back row. */
    public String counter() {
        return slides.isEmpty() ? "0 / 0"
                : String.format(Texts.locale(), "%,d / %,d", step.get() + 1, slides.size());
    }

    /**
     * An event's time as the class should read it, from its start to its end: in the zone its first source tells
     * times in (EDT for a White House transcript), with the viewer's zone beside it when that differs; else in the
     * viewer's zone alone. (The start's window alone made two hours of talks read as five minutes.)
     */
    public static String timeOf(Event event, Timeline timeline, ZoneId shown) {
        TimeText.EventTime time = TimeText.EventTime.of(event, timeline, shown);
        return time.here() == null ? time.told()
                : Texts.format("present.time.beside", time.told(), time.city(), time.here());
    }

    /** The end card's words: "End · 6 of 6". */
    public String endText() {
        return Texts.format("present.end", step.get() + 1, slides.size());
    }

    public void forward() {
        typedNumber.set("");
        Slide s = current();
        if (s == null || unblanked()) {
            return;
        }
        started.set(true);
        card.set(Card.NONE);
        if (revealed.get() < s.quotes().size()) {
            revealed.set(revealed.get() + 1);
        } else if (step.get() + 1 < slides.size()) {
            revealed.set(0);
            step.set(step.get() + 1);
        } else {
            atEnd.set(true);
        }
    }

    /** Back hides the last quote shown; before the first quote, it returns to the previous slide as it was left. */
    public void back() {
        typedNumber.set("");
        if (unblanked()) {
            return;
        }
        card.set(Card.NONE);
        if (atEnd.get()) {
            atEnd.set(false);
        } else if (revealed.get() > 0) {
            revealed.set(revealed.get() - 1);
        } else if (step.get() > 0) {
            step.set(step.get() - 1);
            revealed.set(slides.get(step.get()).quotes().size());
        }
    }

    public void first() {
        jumpTo(1);
    }

    /** The last slide before its quotes; on the end card it stays there (End is "as far as it goes", not back). */
    public void last() {
        if (!atEnd.get()) {
            jumpTo(slides.size());
        } else {
            blank.set(Blank.NONE);
        }
    }

    /**
     * Goes to slide {@code number} (counted from 1, as the counter shows), before its first quote. On a blanked screen
     * the slide gone to is shown: the jump is the teacher's choice of what the class sees next (blanked, it had
     * happened unseen, and Next then revealed the new step's first quote).
     */
    public void jumpTo(int number) {
        typedNumber.set("");
        if (slides.isEmpty()) {
            return;
        }
        blank.set(Blank.NONE);
        int target = Math.max(1, Math.min(slides.size(), number)) - 1;
        started.set(true);
        card.set(Card.NONE);
        atEnd.set(false);
        revealed.set(0);
        step.set(target);
    }

    /**
     * What the typed digits will do, shown while they are typed: "Go to step 4 ↵"; past either end it says where
     * Enter goes instead, so that a mistyped number is seen before the class sees the wrong step.
     */
    public String typedText() {
        String typed = typedNumber.get();
        if (typed.isEmpty()) {
            return "";
        }
        int number = Integer.parseInt(typed);
        if (number < 1) {
            return Texts.format("present.goto.beforeFirst", typed);
        }
        if (number > slides.size()) {
            return Texts.format("present.goto.pastLast", typed, slides.size());
        }
        return Texts.format("present.goto", typed);
    }

    /** A digit typed towards a jump ("1", "2", Enter goes to step 12). */
    public void digit(int d) {
        if (typedNumber.get().length() < 4) {
            typedNumber.set(typedNumber.get() + d);
        }
    }

    /**
     * Backspace: takes back the last digit of a number being typed, as in any slide program; with none typed,
     * steps back (a clicker's Back). It had gone back a slide and dropped the whole number.
     */
    public void backspace() {
        String typed = typedNumber.get();
        if (typed.isEmpty()) {
            back();
        } else {
            typedNumber.set(typed.substring(0, typed.length() - 1));
        }
    }

    /** Enter: finishes a typed number, or steps forward. */
    public void enter() {
        if (typedNumber.get().isEmpty()) {
            forward();
        } else {
            jumpTo(Integer.parseInt(typedNumber.get()));
        }
    }

    /**
     * A clicker's Next or Back on a blanked screen brings the slide back where it was: it had moved on unseen, and
     * the class came back two steps later.
     */
    private boolean unblanked() {
        if (blank.get() == Blank.NONE) {
            return false;
        }
        blank.set(Blank.NONE);
        return true;
    }

    /**
     * B or W: blanks the screen in that colour, or brings the slide back. A step number being typed is dropped: "5"
     * typed on a white screen, W, then "2" had offered step 52.
     */
    public void toggleBlank(Blank colour) {
        typedNumber.set("");
        blank.set(blank.get() == colour ? Blank.NONE : colour);
    }

    /** The event on screen now, which the viewer selects when the presentation ends. */
    public Event lastShownEvent() {
        Slide s = current();
        return s == null ? null : s.event();
    }
}
