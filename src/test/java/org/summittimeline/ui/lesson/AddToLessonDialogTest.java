package org.summittimeline.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summittimeline.BundledTimeline;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

class AddToLessonDialogTest {
    @Test
    void aLongQuoteIsShortenedAfterAWholeWord() {
        String quote = "I have great confidence in my intelligence people, but I will tell you that President Putin "
                + "was extremely strong and powerful in his denial today.";
        String shown = AddToLessonDialog.shortened(quote, 60);
        assertEquals("I have great confidence in my intelligence people, but I\u2026", shown);
        assertEquals("nonsense", AddToLessonDialog.shortened("nonsense", 60));
        // Within a quarter over the length, nothing is cut: the end of a quote is not lost for a word.
        String putin = "the \"so-called Russian interference\" in the U.S. 2016 presidential election was brought up "
                + "by President Donald Trump during their summit in Helsinki";
        assertEquals(putin, AddToLessonDialog.shortened(putin, 140));
        String longer = putin + ", the president said, and more words that run past a quarter over";
        assertTrue(AddToLessonDialog.shortened(longer, 140).endsWith("\u2026"), "cut past a quarter over");
    }

    /**
     * The quotes' view takes the room the screen has: a fixed 300 pixels showed five of 26 quotes on a 1080-pixel
     * screen at larger type; it still keeps the buttons on a 720-pixel one, and is no taller than its quotes.
     */
    @Test
    void theQuotesTakeTheRoomTheScreenHasButLeaveTheButtonsOnIt() {
        // 1080 pixels, the rest of the dialog 400 at larger type: 620 of the 2000 pixels of quotes show.
        assertEquals(620, AddToLessonDialog.quotesHeight(2000, 400, 1080, 20), 1e-9);
        // A low dialog on a tall screen stops at three fifths of it.
        assertEquals(648, AddToLessonDialog.quotesHeight(2000, 200, 1080, 14), 1e-9);
        // 720 pixels: the dialog, title bar and margin included, fills the screen and no more.
        double view = AddToLessonDialog.quotesHeight(2000, 330, 720, 14);
        assertEquals(720, view + 330 + 60, 1e-9);
        // Two quotes ask for their own lines only.
        assertEquals(90, AddToLessonDialog.quotesHeight(90, 330, 1080, 14), 1e-9);
        // A screen too low for the rest still shows four lines' worth.
        assertEquals(56, AddToLessonDialog.quotesHeight(2000, 600, 620, 14), 1e-9);
    }

    /**
     * A step takes a click per ticked quote: the dialog opens with the quotes the timeline's own presentation shows at
     * the event ticked (all 26 of the press conference's had been, a step of 27 clicks), and where the event is no
     * step of it, all of a few quotes and none of many.
     */
    @Test
    void theQuotesTickedAtFirstAreTheTimelinesOwnChoiceElseAllOfAFewAndNoneOfMany() {
        Timeline helsinki = BundledTimeline.helsinki();
        Event conference = helsinki.event("press-conference").orElseThrow();
        List<Quote> itsQuotes = quotesOf(helsinki, conference);
        assertEquals(26, itsQuotes.size());
        // In the order of the timeline's own step, not the file's: Trump's "four hours" before Putin's "nonsense".
        assertEquals(List.of("putin-denial", "trump-four-hours", "putin-nonsense", "mason-question", "putin-yes-i-did",
                "trump-server"), StepAtFirst.tickedAtFirst(helsinki, conference, itsQuotes));
        Event protester = helsinki.event("protester-removed").orElseThrow();
        assertEquals(List.of("husseini-sign", "husseini-the-nation"),
                StepAtFirst.tickedAtFirst(helsinki, protester, quotesOf(helsinki, protester)));

        // The same timeline without a presentation of its own.
        Timeline bare = new Timeline(helsinki.formatVersion(), helsinki.title(), helsinki.description(),
                helsinki.zone(), helsinki.date(), helsinki.sources(), helsinki.actors(), helsinki.categories(),
                helsinki.events(), helsinki.quotes(), List.of());
        assertEquals(List.of(), StepAtFirst.tickedAtFirst(bare, conference, itsQuotes), "none of 26");
        List<Quote> few = itsQuotes.subList(0, StepAtFirst.FEW_QUOTES);
        assertEquals(few.stream().map(Quote::id).toList(),
                StepAtFirst.tickedAtFirst(bare, conference, few), "all of four");
        assertEquals(List.of(), StepAtFirst.tickedAtFirst(bare, conference,
                itsQuotes.subList(0, StepAtFirst.FEW_QUOTES + 1)), "none of five");

        // A step that names no quotes shows them all, so all are ticked.
        Timeline allShown = new Timeline(helsinki.formatVersion(), helsinki.title(), helsinki.description(),
                helsinki.zone(), helsinki.date(), helsinki.sources(), helsinki.actors(), helsinki.categories(),
                helsinki.events(), helsinki.quotes(), List.of(new PresentationStep("press-conference", null, "")));
        assertEquals(26, StepAtFirst.tickedAtFirst(allShown, conference, itsQuotes).size());
    }

    /**
     * An event added again comes with the quotes its steps in the lesson do not reveal yet ticked: it had come with
     * the same six, under the warning to add it again only for other quotes.
     */
    @Test
    void anEventAddedAgainHasOnlyTheQuotesNotYetRevealedTicked() {
        Timeline helsinki = BundledTimeline.helsinki();
        Event conference = helsinki.event("press-conference").orElseThrow();
        List<Quote> itsQuotes = quotesOf(helsinki, conference);
        List<PresentationStep> two = List.of(new PresentationStep("would-wouldnt", List.of(), null),
                new PresentationStep("press-conference", List.of("trump-four-hours", "mason-question"), null));
        assertEquals(List.of("putin-denial", "putin-nonsense", "putin-yes-i-did", "trump-server"),
                StepAtFirst.tickedAtFirst(helsinki, conference, itsQuotes,
                        StepAtFirst.shownIn(conference, itsQuotes, two)));
        List<PresentationStep> all = List.of(new PresentationStep("press-conference", null, null));
        assertEquals(List.of(), StepAtFirst.tickedAtFirst(helsinki, conference, itsQuotes,
                StepAtFirst.shownIn(conference, itsQuotes, all)),
                "a step that reveals them all leaves none");
        assertEquals(StepAtFirst.tickedAtFirst(helsinki, conference, itsQuotes),
                StepAtFirst.tickedAtFirst(helsinki, conference, itsQuotes,
                        StepAtFirst.shownIn(conference, itsQuotes, List.of(two.get(0)))),
                "another event's step changes nothing");
        // Each quote shown already is named with the first step that shows it.
        List<PresentationStep> three = List.of(two.get(0), two.get(1),
                new PresentationStep("press-conference", List.of("mason-question", "putin-denial"), null));
        assertEquals(java.util.Map.of("trump-four-hours", 2, "mason-question", 2, "putin-denial", 3),
                StepAtFirst.shownIn(conference, itsQuotes, three));
        assertEquals(itsQuotes.size(), StepAtFirst.shownIn(conference, itsQuotes, all).size(),
                "a step without a list shows them all");
    }

    /** The quotes' width grows with the type and the screen, within the screen. */
    @Test
    void theQuotesAreAsWideAsTheTypeAndTheScreenAllow() {
        assertEquals(576, AddToLessonDialog.quotesWidth(14, 1280), 1e-9, "45 % of a 1280-pixel screen");
        assertEquals(864, AddToLessonDialog.quotesWidth(14, 1920), 1e-9, "45 % of a 1920-pixel screen");
        assertEquals(816, AddToLessonDialog.quotesWidth(20.4, 1280), 1e-9, "40 letters at 146 %");
        assertEquals(1024, AddToLessonDialog.quotesWidth(30, 1280), 1e-9, "no wider than 80 % of the screen");
    }

    /**
     * A view is short when it cuts the quotes short under about four quotes of two lines; a few quotes shown whole
     * are not, however low their view (the protester's two had moved the header into the content on any screen).
     */
    @Test
    void aViewIsShortOnlyWhenItCutsManyQuotesShort() {
        assertTrue(AddToLessonDialog.isShort(186, 2000, 24.8), "the press conference at 177 % on 800 lines");
        assertFalse(AddToLessonDialog.isShort(300, 2000, 24.8), "room for more than four");
        assertFalse(AddToLessonDialog.isShort(90, 90, 20), "two quotes shown whole");
        assertFalse(AddToLessonDialog.isShort(0, 0, 14), "no quotes");
        assertTrue(AddToLessonDialog.isShort(120, 300, 20), "three quotes cut short");
    }

    /** A quote ticked goes last in the order of reveal; one cleared leaves its place to the next. */
    @Test
    void theOrderOfRevealIsTheOrderOfTicking() {
        List<String> order = new ArrayList<>(List.of("a", "b", "c"));
        AddToLessonDialog.reorder(order, "a", false);
        assertEquals(List.of("b", "c"), order);
        AddToLessonDialog.reorder(order, "a", true);
        assertEquals(List.of("b", "c", "a"), order);
        AddToLessonDialog.reorder(order, "d", true);
        assertEquals(List.of("b", "c", "a", "d"), order);
        AddToLessonDialog.reorder(order, "c", false);
        assertEquals(List.of("b", "a", "d"), order);
    }

    private static List<Quote> quotesOf(Timeline timeline, Event event) {
        return timeline.quotes().stream().filter(q -> event.id().equals(q.eventId())).toList();
    }

    /** The handout's suggested name begins with the timeline's title, as every export's does. */
    @Test
    void theHandoutIsNamedFromTheTimelinesTitle() {
        assertEquals("the-trump-putin-summit-in-helsinki-15-17-july-2018-handout.pdf",
                LessonChooser.handoutName(BundledTimeline.helsinki()));
    }
}
