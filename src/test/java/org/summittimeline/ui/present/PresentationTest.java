package org.summittimeline.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.BundledTimeline;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.Texts;

/** The step logic on its own: no toolkit, no window. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class PresentationTest {
    private static Timeline helsinki;

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki();
    }

    private static Presentation of(Timeline t, QueryFilter filter, Event start) {
        TimelineQuery q = new TimelineQuery(t, Runnable::run);
        return new Presentation(q, q.apply(filter), start);
    }

    private static Timeline withoutOrder() {
        return new Timeline(1, helsinki.title(), null, helsinki.zone(), null, helsinki.sources(), helsinki.actors(),
                helsinki.categories(), helsinki.events(), helsinki.quotes());
    }

    @Test
    void theFilesOwnOrderIsFollowed() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        assertEquals(List.of("air-force-one-lands", "one-on-one", "protester-removed", "press-conference",
                "protester-released", "would-wouldnt"), p.slides().stream().map(s -> s.event().id()).toList());
        assertTrue(p.slides().get(0).notes().startsWith("Set the scene"));
    }

    /**
     * On Mason's question, R's card names Putin's answer without its words while a click is still to reveal it: the
     * card had shown the answer that the next click then announced. Once revealed (or never to come), its words show.
     */
    @Test
    void theRelationsCardKeepsTheWordsOfAQuoteStillToComeForItsOwnClick() {
        Presentation p = of(helsinki, QueryFilter.NONE, helsinki.event("press-conference").orElseThrow());
        var answer = helsinki.quote("putin-yes-i-did").orElseThrow();
        while (p.currentQuote() == null || !p.currentQuote().id().equals("mason-question")) {
            p.forward();
            assertFalse(p.atEndProperty().get(), "Mason's question is on the press conference's slide");
        }
        assertEquals(Texts.get("present.card.toComeHere"), ComingUp.stillToCome(p, answer), "a later click on this step");
        List<String> card = QuoteCard.relations(p.currentQuote(), helsinki, q -> ComingUp.stillToCome(p, q)).get(0).stream()
                .map(QuoteCard.Line::text).toList();
        assertTrue(card.contains(Texts.get("present.card.toComeHere")), card.toString());
        assertTrue(card.stream().noneMatch(line -> line.contains(answer.text())), "the answer's words wait: " + card);
        assertTrue(card.contains(Texts.format("present.relation.respondsTo.by", "Vladimir Putin")), "its speaker is named");
        while (!p.currentQuote().id().equals("putin-yes-i-did")) {
            p.forward();
        }
        assertNull(ComingUp.stillToCome(p, answer), "revealed");
        p.back();
        assertEquals(Texts.get("present.card.toComeHere"), ComingUp.stillToCome(p, answer), "hidden again by Back");
        assertNull(ComingUp.stillToCome(p, p.current().quotes().get(0)), "the slide's first quote, shown already");
        // On a later step: its number and its event's title, so that the class knows which quote is meant.
        var correction = helsinki.quote("trump-would-wouldnt").orElseThrow();
        int at = 0;
        while (!p.slides().get(at).quotes().contains(correction)) {
            at++;
        }
        assertEquals(Texts.format("present.card.toCome", at + 1, p.slides().get(at).event().title()),
                ComingUp.stillToCome(p, correction));
        // The title named as the event's (between quotation marks alone, a class read it as Trump's words), and set off
        // by them (without, a walker could not tell where it ended).
        String toCome = ComingUp.stillToCome(p, correction);
        assertTrue(toCome.startsWith("Its words come later, at step " + (at + 1) + ", in the event titled \u201cTrump: \u2018would")
                && toCome.endsWith("\u2019\u201d."), toCome);
    }

    /** Next and Back on a blanked screen bring the slide back as it was, unmoved: a clicker had stepped on unseen. */
    @Test
    void nextOrBackOnABlankScreenShowsTheSameSlideAgain() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.forward();
        int step = p.stepProperty().get();
        int revealed = p.revealedProperty().get();
        for (Presentation.Blank colour : new Presentation.Blank[] {Presentation.Blank.BLACK, Presentation.Blank.WHITE}) {
            p.toggleBlank(colour);
            p.forward();
            assertEquals(Presentation.Blank.NONE, p.blankProperty().get(), colour + ": Next shows the slide");
            assertEquals(step, p.stepProperty().get());
            assertEquals(revealed, p.revealedProperty().get());
            p.toggleBlank(colour);
            p.back();
            assertEquals(Presentation.Blank.NONE, p.blankProperty().get(), colour + ": Back shows it too");
            assertEquals(step, p.stepProperty().get());
            assertEquals(revealed, p.revealedProperty().get());
        }
        p.forward();
        assertTrue(p.stepProperty().get() != step || p.revealedProperty().get() != revealed, "then Next moves on");
    }

    @Test
    void theCounterOfALongPresentationGroupsItsDigits() {
        List<Event> many = new ArrayList<>();
        Event first = helsinki.events().get(0);
        for (int i = 0; i < 1_234; i++) {
            many.add(new Event("e" + i, first.title(), first.categoryId(), first.actorIds(), null, null, first.start(),
                    null, first.sources()));
        }
        Timeline t = new Timeline(1, "long", null, helsinki.zone(), null, helsinki.sources(), helsinki.actors(),
                helsinki.categories(), many, List.of());
        assertEquals(String.format(Texts.locale(), "1 / 1%s234",
                new DecimalFormatSymbols(Texts.locale()).getGroupingSeparator()),
                of(t, QueryFilter.NONE, null).counter());
    }

    @Test
    void withoutAnOrderEveryEventIsAStepInTimeOrder() {
        Presentation p = of(withoutOrder(), QueryFilter.NONE, null);
        assertEquals(helsinki.events(), p.slides().stream().map(Presentation.Slide::event).toList());
    }

    @Test
    void forwardRevealsQuotesOneByOneThenMovesOn() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.forward();
        p.forward();
        p.forward();
        assertEquals("protester-removed", p.current().event().id());
        assertEquals("husseini-sign", p.currentQuote().id(), "Page Down three times: the third event's first quote");
        p.forward();
        assertEquals("husseini-the-nation", p.currentQuote().id());
        p.forward();
        assertEquals("press-conference", p.current().event().id());
        assertNull(p.currentQuote());
        assertEquals("4 / 6", p.counter());
    }

    @Test
    void backHidesTheLastQuoteThenReturnsToThePreviousStepAsItWasLeft() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.jumpTo(4);
        p.back();
        assertEquals("protester-removed", p.current().event().id());
        assertEquals("husseini-the-nation", p.currentQuote().id());
        p.back();
        p.back();
        assertNull(p.currentQuote());
        p.back();
        assertEquals("one-on-one", p.current().event().id());
    }

    @Test
    void numbersThenEnterJumpAndHomeEndGoToTheEnds() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.digit(5);
        assertEquals("5", p.typedNumberProperty().get());
        p.enter();
        assertEquals("protester-released", p.current().event().id());
        p.first();
        assertEquals(0, p.stepProperty().get());
        p.last();
        assertEquals("would-wouldnt", p.current().event().id());
        p.forward();
        p.forward();
        assertEquals("would-wouldnt", p.current().event().id(), "the end stays the end");
        p.enter();
        assertEquals(1, p.revealedProperty().get());
    }

    @Test
    void theViewersFiltersApply() {
        Presentation p = of(helsinki, QueryFilter.NONE.withSpeakers(Set.of("trump")), null);
        assertTrue(p.slides().stream().flatMap(s -> s.quotes().stream()).allMatch(q -> q.speakerId().equals("trump")));
        // A speaker narrows the words, not the story: every step of the lesson stays, with only Trump's quotes.
        assertEquals(List.of("air-force-one-lands", "one-on-one", "protester-removed", "press-conference",
                "protester-released", "would-wouldnt"), p.slides().stream().map(s -> s.event().id()).toList());
        assertTrue(p.slides().stream().anyMatch(s -> !s.quotes().isEmpty()));
        Presentation byActor = of(helsinki, QueryFilter.NONE.withActors(Set.of("putin")), null);
        assertTrue(byActor.slides().stream().allMatch(s -> s.event().actorIds().contains("putin")),
                "an actor narrows the steps to the events he took part in");
    }

    @Test
    void itStartsAtTheSelectedEvent() {
        Presentation p = of(helsinki, QueryFilter.NONE, helsinki.event("press-conference").orElseThrow());
        assertEquals("4 / 6", p.counter());
        assertEquals("press-conference", p.lastShownEvent().id());
    }

    /** A jump on a blanked screen shows the step gone to: made blind, the next Next revealed its first quote. */
    @Test
    void aJumpOnABlankScreenShowsTheStepGoneTo() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.toggleBlank(Presentation.Blank.BLACK);
        p.digit(4);
        assertEquals(Presentation.Blank.BLACK, p.blankProperty().get(), "typing alone keeps it blank");
        p.enter();
        assertEquals(Presentation.Blank.NONE, p.blankProperty().get());
        assertEquals(3, p.stepProperty().get());
        assertEquals(0, p.revealedProperty().get(), "before its first quote");
        p.toggleBlank(Presentation.Blank.WHITE);
        p.last();
        assertEquals(Presentation.Blank.NONE, p.blankProperty().get(), "End too");
        assertEquals(p.slides().size() - 1, p.stepProperty().get());
        for (int i = 0; i < 100 && !p.atEndProperty().get(); i++) {
            p.forward();
        }
        assertTrue(p.atEndProperty().get());
        p.toggleBlank(Presentation.Blank.BLACK);
        p.last();
        assertEquals(Presentation.Blank.NONE, p.blankProperty().get(), "End on the end card shows it");
        assertTrue(p.atEndProperty().get(), "and stays there");
    }

    @Test
    void blankingTogglesAndSwitchesColour() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.toggleBlank(Presentation.Blank.BLACK);
        assertEquals(Presentation.Blank.BLACK, p.blankProperty().get());
        p.toggleBlank(Presentation.Blank.WHITE);
        assertEquals(Presentation.Blank.WHITE, p.blankProperty().get());
        p.toggleBlank(Presentation.Blank.WHITE);
        assertEquals(Presentation.Blank.NONE, p.blankProperty().get());
        // A number typed, then the screen brought back: the number is dropped, not the first digits of the next.
        p.toggleBlank(Presentation.Blank.WHITE);
        p.digit(5);
        assertEquals("5", p.typedNumberProperty().get());
        p.toggleBlank(Presentation.Blank.WHITE);
        assertEquals("", p.typedNumberProperty().get());
        p.digit(2);
        p.enter();
        assertEquals(1, p.stepProperty().get(), "step 2, not 52");
    }

    @Test
    void thePresenterIsToldWhatComesNext() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        assertEquals("Next event: One-on-one talks", ComingUp.next(p));
        p.jumpTo(3);
        assertTrue(ComingUp.next(p).startsWith("Quote 1 of 2: \u201cNuclear Weapon Ban Treaty"));
        // Reported speech is said to be reported, not set in marks as if it were the speaker's own words.
        p.forward();
        assertEquals("Quote 2 of 2, reported speech: a reporter from the magazine The Nation", ComingUp.next(p));
        assertTrue(ComingUp.ofStep(p).contains("Quote 2 of 2, reported speech: a reporter from the magazine The Nation"));
        // On the last step with its quotes shown: the end card, under a heading that already says "Next".
        p.last();
        for (int k = 0; k < p.current().quotes().size(); k++) {
            p.forward();
        }
        assertEquals("The end card", ComingUp.next(p));
    }

    @Test
    void everyThemeMeetsWcagAaAndHighContrastMeetsAaa() {
        for (PresentationTheme t : PresentationTheme.values()) {
            assertTrue(PresentationTheme.contrast(t.text(), t.background()) >= 4.5, t + " text");
            assertTrue(PresentationTheme.contrast(t.muted(), t.background()) >= 4.5, t + " muted text");
            assertTrue(PresentationTheme.contrast(t.accent(), t.background()) >= 4.5, t + " accent text");
        }
        PresentationTheme hc = PresentationTheme.HIGH_CONTRAST;
        assertTrue(PresentationTheme.contrast(hc.text(), hc.background()) >= 7);
        assertEquals(21, PresentationTheme.contrast(javafx.scene.paint.Color.WHITE, javafx.scene.paint.Color.BLACK), 1e-9);
    }

    @Test
    void theProjectorGetsTheLargestScreenThatIsNotTheLaptop() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1440, 900);
        Rectangle2D projector = new Rectangle2D(1440, 0, 1920, 1080);
        Rectangle2D small = new Rectangle2D(-800, 0, 800, 600);
        ScreenChoice two = ScreenChoice.choose(List.of(laptop, small, projector), 0);
        assertEquals(new ScreenChoice(2, 0), two);
        assertEquals(new ScreenChoice(0, 2), two.swapped());
        assertEquals(new ScreenChoice(0, 0), ScreenChoice.choose(List.of(laptop), 0));
    }

    @Test
    void jumpsPastEitherEndStopAtTheFirstOrLastStepBeforeItsQuotes() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.jumpTo(3);
        p.forward();
        assertEquals(1, p.revealedProperty().get());
        p.jumpTo(99);
        assertEquals("6 / 6", p.counter());
        assertEquals(0, p.revealedProperty().get());
        p.jumpTo(0);
        assertEquals("1 / 6", p.counter());
        p.jumpTo(-4);
        assertEquals("air-force-one-lands", p.current().event().id());
        p.digit(9);
        p.digit(9);
        p.enter();
        assertEquals("would-wouldnt", p.current().event().id(), "a typed number past the end goes to the end");
        while (!p.atEndProperty().get()) {
            p.forward();
        }
        p.last();
        assertTrue(p.atEndProperty().get(), "End on the end card stays on it");
    }

    @Test
    void anEventThatIsNoStepStartsTheShowAtTheStepThatComesNextInTime() {
        Presentation fromTheTalks = of(helsinki, QueryFilter.NONE, helsinki.event("expanded-talks").orElseThrow());
        assertEquals("protester-removed", fromTheTalks.current().event().id(),
                "the expanded talks (16:15) are no step: the next step in time is the protester, before 18:05");
        assertEquals("3 / 6", fromTheTalks.counter());
        assertEquals("one-on-one",
                of(helsinki, QueryFilter.NONE, helsinki.event("breakfast-niinisto").orElseThrow()).current().event().id());
        assertEquals("press-conference",
                of(helsinki, QueryFilter.NONE, helsinki.event("press-conference").orElseThrow()).current().event().id(),
                "a step starts at itself");
        // A lesson whose steps all come before the selected event, the latest in time not at either end of the
        // list: that one, not the first or the last step.
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        List<PresentationStep> lesson = List.of(new PresentationStep("putin-lands", null, null),
                new PresentationStep("one-on-one", null, null), new PresentationStep("air-force-one-lands", null, null));
        Presentation late = new Presentation(q, q.apply(QueryFilter.NONE), lesson,
                helsinki.event("would-wouldnt").orElseThrow());
        assertEquals("one-on-one", late.current().event().id());
        // Each says which event it was asked to start at where that is no step, for the corner to say so.
        assertEquals("would-wouldnt", late.startedBeside().id());
        assertEquals("expanded-talks", fromTheTalks.startedBeside().id());
        assertNull(of(helsinki, QueryFilter.NONE, helsinki.event("press-conference").orElseThrow()).startedBeside());
        assertNull(of(helsinki, QueryFilter.NONE, null).startedBeside());
        assertFalse(fromTheTalks.startedBesideHidden(), "no step names the expanded talks");
        // A step hidden by a filter is said to be hidden, not to be no step.
        Presentation talksOnly = of(helsinki, QueryFilter.NONE.withCategories(Set.of("talks")),
                helsinki.event("press-conference").orElseThrow());
        assertEquals("press-conference", talksOnly.startedBeside().id());
        assertTrue(talksOnly.startedBesideHidden());
    }

    @Test
    void aTypedNumberPastEitherEndSaysWhereEnterGoesBeforeItIsPressed() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        assertEquals("", p.typedText());
        p.digit(4);
        assertEquals(Texts.format("present.goto", "4"), p.typedText());
        p.back();
        p.digit(9);
        assertEquals(Texts.format("present.goto.pastLast", "9", 6), p.typedText());
        assertTrue(p.typedText().contains("6"), p.typedText());
        p.back();
        p.digit(0);
        assertEquals(Texts.format("present.goto.beforeFirst", "0"), p.typedText());
    }

    @Test
    void numbersOfSeveralDigitsAreTypedDigitByDigit() {
        Presentation p = of(withoutOrder(), QueryFilter.NONE, null);
        assertEquals(12, p.slides().size());
        p.digit(1);
        p.digit(1);
        assertEquals("11", p.typedNumberProperty().get());
        p.enter();
        assertEquals("11 / 12", p.counter());
        assertEquals("", p.typedNumberProperty().get());
        p.digit(1);
        p.digit(0);
        p.enter();
        assertEquals(helsinki.events().get(9), p.current().event());
        for (int d : new int[] {1, 2, 3, 4, 5}) {
            p.digit(d);
        }
        assertEquals("1234", p.typedNumberProperty().get(), "four digits at most");
    }

    @Test
    void backspaceTakesBackATypedDigitAndElseGoesBack() {
        Presentation p = of(withoutOrder(), QueryFilter.NONE, null);
        p.forward();
        p.forward();
        String at = p.counter();
        p.digit(1);
        p.digit(2);
        p.backspace();
        assertEquals("1", p.typedNumberProperty().get(), "the last digit taken back");
        assertEquals(at, p.counter(), "the slide stays");
        p.digit(1);
        p.enter();
        assertEquals("11 / 12", p.counter());
        p.backspace();
        assertEquals("10 / 12", p.counter(), "nothing typed: back a step");
    }

    @Test
    void backAtTheFirstStepStaysThereAndDropsATypedNumber() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        p.digit(4);
        p.back();
        assertEquals("1 / 6", p.counter());
        assertEquals(0, p.revealedProperty().get());
        assertNull(p.currentQuote());
        assertEquals("", p.typedNumberProperty().get());
        p.back();
        assertEquals("air-force-one-lands", p.current().event().id());
    }

    @Test
    void aPresentationWhoseFiltersHideEveryEventHasNoStepsAndIgnoresEveryKey() {
        Presentation p = of(helsinki, QueryFilter.NONE.withCategories(Set.of("no-such-category")), null);
        assertEquals(List.of(), p.slides());
        assertEquals("0 / 0", p.counter());
        assertNull(p.current());
        p.forward();
        p.back();
        p.first();
        p.last();
        p.jumpTo(3);
        p.digit(2);
        p.enter();
        assertEquals(0, p.stepProperty().get());
        assertEquals(0, p.revealedProperty().get());
        assertNull(p.currentQuote());
        assertNull(p.lastShownEvent());
        assertEquals("", ComingUp.next(p));
    }

    @Test
    void aWhiteHouseEventIsShownInWashingtonTimeWithTheTimelinesZoneBeside() {
        Event wouldnt = helsinki.event("would-wouldnt").orElseThrow();
        // No source's words for this time: our reasoning about it is in the summary, not shown as a phrase.
        assertEquals("\u2248 17 Jul 14:00\u201315:02 EDT"
                + "  \u00b7  Helsinki: \u2248 17 Jul 21:00\u201322:02 EEST", Presentation.timeOf(wouldnt, helsinki, helsinki.zone()));
        Event talks = helsinki.event("one-on-one").orElseThrow();
        assertTrue(Presentation.timeOf(talks, helsinki, helsinki.zone()).startsWith("\u2248 16 Jul"));
        assertFalse(Presentation.timeOf(talks, helsinki, helsinki.zone()).contains("\u00b7"), "a Helsinki source: one zone");
    }

    /** The start's window alone ("≈ 16 Jul 18:05–18:35") read as a half-hour press conference. */
    @Test
    void aSlideTellsAnEventsTimeFromItsStartToItsEnd() {
        Event conference = helsinki.event("press-conference").orElseThrow();
        TimeText times = new TimeText(helsinki.zone());
        // The end's day is the start's: said once.
        assertEquals(times.bounds(conference.start()) + " to \u2248 18:51\u201319:00 EEST",
                Presentation.timeOf(conference, helsinki, helsinki.zone()));
        assertTrue(times.bounds(conference.end()).startsWith("\u2248 16 Jul 18:5"), times.bounds(conference.end()));
        Event protester = helsinki.event("protester-removed").orElseThrow();
        assertEquals(times.describe(protester.start()), Presentation.timeOf(protester, helsinki, helsinki.zone()),
                "a moment: its start alone");
    }

    @Test
    void theEndCardComesAfterTheLastQuoteAndTheClockWaitsForTheFirstAdvance() {
        Presentation p = of(helsinki, QueryFilter.NONE, null);
        assertFalse(p.startedProperty().get());
        p.last();
        assertTrue(p.startedProperty().get(), "a jump is an advance");
        p.forward();
        assertFalse(p.atEndProperty().get());
        p.forward();
        assertTrue(p.atEndProperty().get());
        assertEquals("End \u00b7 6 of 6", p.endText());
        p.forward();
        assertTrue(p.atEndProperty().get());
        assertEquals(1, p.revealedProperty().get());
        p.back();
        assertFalse(p.atEndProperty().get());
        assertEquals("trump-would-wouldnt", p.currentQuote().id());
    }
}
