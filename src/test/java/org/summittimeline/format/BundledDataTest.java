package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Locator;
import org.summittimeline.model.Quote;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Source;
import org.summittimeline.model.Relation;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.model.Variant;

/**
 * The bundled Helsinki timeline holds to the source rules: it loads without a single warning, every reference
 * resolves, every AP quote stands word for word in the paragraph it cites, and the summaries are our own words.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class BundledDataTest {
    static final Path BUNDLED = Path.of("data", "helsinki-2018-summit.json");
    private static final Path AP_REPORT = Path.of("..", "shared", "source", "ap-2018-07-16-helsinki.txt");

    private static Timeline timeline;
    private static LoadResult result;

    @BeforeAll
    static void load() {
        result = new TimelineLoader().load(BUNDLED);
        timeline = result.timeline();
    }

    /** Paragraph number to its text: the AP report itself when it is beside the checkout, our excerpts otherwise. */
    static Map<Integer, List<String>> apParagraphs() throws IOException {
        Map<Integer, List<String>> paragraphs = new HashMap<>();
        if (Files.isRegularFile(AP_REPORT)) {
            List<String> lines = Files.readAllLines(AP_REPORT, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                paragraphs.put(i + 1, List.of(lines.get(i)));
            }
            return paragraphs;
        }
        return excerpts();
    }

    private static Map<Integer, List<String>> excerpts() throws IOException {
        Map<Integer, List<String>> paragraphs = new HashMap<>();
        try (var in = BundledDataTest.class.getResourceAsStream("/ap/excerpts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                paragraphs.computeIfAbsent(Integer.parseInt(parts[0]), k -> new ArrayList<>()).add(parts[1]);
            }
        }
        return paragraphs;
    }

    /** AP prints some closing quotation marks as two apostrophes; a quote's words match either way. */
    private static boolean contains(List<String> paragraph, String words) {
        return paragraph.stream().anyMatch(p -> p.replace("''", "\"").contains(words));
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertEquals(List.of(), result.problems());
        assertNotNull(timeline);
    }

    @Test
    void everyApQuoteStandsWordForWordInTheParagraphItCites() throws IOException {
        Map<Integer, List<String>> paragraphs = apParagraphs();
        int checked = 0;
        for (Quote q : timeline.quotes()) {
            if (!q.citation().sourceId().equals("ap")) {
                continue;
            }
            assertEquals(Locator.Kind.PARAGRAPH, q.citation().locator().kind(), q.id());
            int n = Integer.parseInt(q.citation().locator().value());
            List<String> paragraph = paragraphs.get(n);
            assertNotNull(paragraph, q.id() + " cites paragraph " + n);
            assertTrue(contains(paragraph, q.text()), q.id() + ": \"" + q.text() + "\" is not in paragraph " + n);
            checked++;
        }
        assertTrue(checked >= 20, "AP quotes checked: " + checked);
    }

    @Test
    void theFallbackExcerptsAreTheReportsOwnWords() throws IOException {
        // Without ../shared there is nothing to compare the excerpts with: reported as skipped, not as passed.
        assumeTrue(Files.isRegularFile(AP_REPORT), "the AP report is not at " + AP_REPORT.toAbsolutePath());
        List<String> report = Files.readAllLines(AP_REPORT, StandardCharsets.UTF_8);
        for (Map.Entry<Integer, List<String>> e : excerpts().entrySet()) {
            for (String sentence : e.getValue()) {
                assertTrue(report.get(e.getKey() - 1).contains(sentence), "excerpt of paragraph " + e.getKey());
            }
        }
    }

    @Test
    void everyParagraphOfTheApReportIsCited() {
        Set<Integer> cited = new TreeSet<>();
        List<Citation> citations = new ArrayList<>();
        timeline.quotes().forEach(q -> citations.add(q.citation()));
        timeline.events().forEach(e -> citations.addAll(e.sources()));
        timeline.events().forEach(e -> citations.addAll(e.start().sources()));
        for (Citation c : citations) {
            if (c.sourceId().equals("ap") && c.locator().kind() == Locator.Kind.PARAGRAPH) {
                cited.add(Integer.parseInt(c.locator().value()));
            }
        }
        Set<Integer> all = new TreeSet<>();
        for (int i = 1; i <= 19; i++) {
            all.add(i);
        }
        assertEquals(all, cited);
    }

    @Test
    void everyReferenceResolves() {
        Set<String> sources = new HashSet<>();
        timeline.sources().forEach(s -> sources.add(s.id()));
        List<Citation> citations = new ArrayList<>();
        for (Event e : timeline.events()) {
            assertTrue(timeline.category(e.categoryId()).isPresent(), e.id());
            e.actorIds().forEach(a -> assertTrue(timeline.actor(a).isPresent(), e.id() + " actor " + a));
            citations.addAll(e.sources());
            for (TimeBound t : e.end() == null ? List.of(e.start()) : List.of(e.start(), e.end())) {
                citations.addAll(t.sources());
                t.accounts().forEach(a -> citations.addAll(a.sources()));
                if (t.anchor() != null) {
                    assertTrue(timeline.event(t.anchor().eventId()).isPresent(), e.id());
                }
            }
        }
        for (Quote q : timeline.quotes()) {
            assertTrue(timeline.actor(q.speakerId()).isPresent(), q.id());
            assertTrue(timeline.event(q.eventId()).isPresent(), q.id());
            citations.add(q.citation());
            q.variants().forEach(v -> citations.add(v.citation()));
            q.relations().forEach(r -> assertTrue(timeline.quote(r.quoteId()).isPresent(), q.id()));
        }
        citations.forEach(c -> assertTrue(sources.contains(c.sourceId()), c.sourceId()));
    }

    @Test
    void holdsTheDaysEvents() {
        for (String id : List.of("air-force-one-lands", "breakfast-niinisto", "putin-lands", "putin-at-palace",
                "trump-at-palace", "one-on-one", "expanded-talks", "protester-removed", "press-conference",
                "protester-released", "would-wouldnt")) {
            assertTrue(timeline.event(id).isPresent(), id);
        }
        List<String> order = timeline.events().stream().map(Event::id).toList();
        assertEquals("air-force-one-lands", order.get(0));
        assertEquals("would-wouldnt", order.get(order.size() - 1));
        assertEquals(order.indexOf("one-on-one") + 1, order.indexOf("expanded-talks"),
                "the working lunch follows the one-on-one");
    }

    @Test
    void theProtesterIsRemovedMinutesBeforeThePressConferenceNotAtAnInventedMinute() {
        Event removal = timeline.event("protester-removed").orElseThrow();
        Event presser = timeline.event("press-conference").orElseThrow();
        assertTrue(removal.start().isRelative());
        assertFalse(removal.start().isExact());
        assertEquals("press-conference", removal.start().anchor().eventId());
        assertTrue(removal.start().latest().isBefore(presser.start().latest()));
        assertTrue(presser.start().isDisputed(), "the blog's 18:10 and the Kremlin's 18:35 are both kept");
        assertFalse(removal.start().latest().isAfter(Instant.parse("2018-07-16T15:12:00Z")),
                "CNN posted the video at 18:12, so the removal was over by then, whatever the Kremlin's 18:35 means");
    }

    @Test
    void theExpandedTalksEndNoEarlierThanCnnSawThemStillGoing() {
        Event talks = timeline.event("expanded-talks").orElseThrow();
        assertFalse(talks.end().earliest().isBefore(Instant.parse("2018-07-16T14:00:00Z")), "17:00 Helsinki");
        // No source gives the end: it is bounded by the press conference's start, not by a clock time of a
        // source the end does not cite, and no phrase describing the talks in progress stands for their end.
        assertTrue(talks.end().isRelative());
        assertEquals("press-conference", talks.end().anchor().eventId());
        assertEquals(timeline.event("press-conference").orElseThrow().start().latest(), talks.end().latest());
        assertEquals(null, talks.end().phrase());
    }

    @Test
    void putinsDenialKeepsBothRenderingsWithTheirSources() {
        Quote denial = timeline.quote("putin-denial").orElseThrow();
        assertEquals(QuoteKind.DIRECT, denial.kind());
        assertEquals("ap", denial.citation().sourceId());
        assertEquals(1, denial.variants().size());
        Variant other = denial.variants().get(0);
        assertFalse(other.citation().sourceId().equals("ap"));
        assertTrue(other.text().contains("has never interfered"));
    }

    @Test
    void theWouldWouldntCorrectionCorrectsThePressConferenceWords() {
        Quote correction = timeline.quote("trump-would-wouldnt").orElseThrow();
        assertEquals("would-wouldnt", correction.eventId());
        List<String> corrected = correction.relations().stream()
                .filter(r -> r.type() == Relation.Type.CORRECTS).map(Relation::quoteId).toList();
        assertFalse(corrected.isEmpty());
        for (String id : corrected) {
            assertEquals("press-conference", timeline.quote(id).orElseThrow().eventId());
        }
    }

    @Test
    void paraphrasesAreMarkedAsReportedSpeech() {
        Quote q = timeline.quote("putin-never-interfered").orElseThrow();
        assertEquals(QuoteKind.PARAPHRASE, q.kind());
        assertTrue(timeline.quotes().stream().filter(x -> x.kind() == QuoteKind.PARAPHRASE).count() >= 10);
    }

    @Test
    void theTopicsCoverTheSummitsSubjects() {
        Set<String> topics = new HashSet<>();
        timeline.quotes().forEach(q -> topics.addAll(q.topics()));
        for (String t : List.of("election interference", "12 indictments", "collusion", "intelligence cooperation",
                "Syria and Israel", "Iran", "Korean Peninsula", "energy market", "US-Russia relations",
                "nuclear-weapons protest")) {
            assertTrue(topics.contains(t), t);
        }
    }

    /** Text between typographic or straight double quotation marks: a quotation, marked as one. */
    /** Words in a row that, taken over from the report, count as copied. */
    private static final int RUN = 6;
    /** How a title we translated ends (docs/FORMAT.md, sources). */
    private static final String TRANSLATED = "[translated]";

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\u201c[^\u201d]*\u201d|\"[^\"]*\"");

    /**
     * Every string the timeline's author wrote, each with where it stands: titles, summaries, locations, quote
     * contexts, presentation notes, actor roles, the header, and the phrases of times. A phrase is exempt only
     * where it is a quotation marked by its citation: it stands word for word in an AP paragraph its time cites.
     */
    private static Map<String, String> stringsWeWrote(Map<Integer, List<String>> paragraphs) {
        Map<String, String> own = new java.util.LinkedHashMap<>();
        own.put("title", timeline.title());
        own.put("description", timeline.description());
        timeline.actors().forEach(a -> own.put("actor " + a.id() + ".role", a.role()));
        for (Event e : timeline.events()) {
            own.put(e.id() + ".title", e.title());
            own.put(e.id() + ".summary", e.summary());
            own.put(e.id() + ".location", e.location());
            for (TimeBound t : e.end() == null ? List.of(e.start()) : List.of(e.start(), e.end())) {
                String where = e.id() + (t == e.start() ? ".start" : ".end");
                if (!quotesAp(t.phrase(), t.sources(), paragraphs)) {
                    own.put(where + ".phrase", t.phrase());
                }
                for (int i = 0; i < t.accounts().size(); i++) {
                    TimeAccount a = t.accounts().get(i);
                    if (!quotesAp(a.phrase(), a.sources(), paragraphs)) {
                        own.put(where + ".accounts[" + i + "].phrase", a.phrase());
                    }
                }
            }
        }
        timeline.quotes().forEach(q -> own.put(q.id() + ".context", q.context()));
        timeline.categories().forEach(c -> own.put("category " + c.id() + ".label", c.label()));
        for (Source s : timeline.sources()) {
            own.put("source " + s.id() + ".publisher", s.publisher());
            // A title as the source prints it is its words, not ours; one we translated is ours.
            if (s.title() != null && s.title().endsWith(TRANSLATED)) {
                own.put("source " + s.id() + ".title", s.title());
            }
        }
        List<Citation> citations = allCitations();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            if (c.locator().kind() == Locator.Kind.SECTION) {
                own.put("citation of " + c.sourceId() + " #" + i + ".section", c.locator().value());
            }
        }
        List<PresentationStep> steps = timeline.presentation();
        for (int i = 0; i < steps.size(); i++) {
            own.put("presentation[" + i + "].notes", steps.get(i).notes());
        }
        own.values().removeIf(java.util.Objects::isNull);
        return own;
    }

    private static boolean quotesAp(String phrase, List<Citation> sources, Map<Integer, List<String>> paragraphs) {
        return phrase != null && sources.stream().anyMatch(c -> c.sourceId().equals("ap")
                && c.locator().kind() == Locator.Kind.PARAGRAPH
                && contains(paragraphs.getOrDefault(Integer.parseInt(c.locator().value()), List.of()), phrase));
    }

    @Test
    void noStringWeWroteCopiesSixWordsOfTheApReport() throws IOException {
        // Six words in a row taken over from the report would be copying or a close paraphrase, not summarising;
        // a quotation is allowed only inside quotation marks, and then it must be the report's exact words.
        Map<Integer, List<String>> paragraphs = apParagraphs();
        Set<String> reportRuns = new HashSet<>();
        List<String> report = new ArrayList<>();
        for (List<String> paragraph : paragraphs.values()) {
            for (String text : paragraph) {
                reportRuns.addAll(runs(text, RUN));
                report.add(typed(text).toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> own = stringsWeWrote(paragraphs);
        assertTrue(own.size() > 100, "strings checked: " + own.size());
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, String> e : own.entrySet()) {
            java.util.regex.Matcher m = QUOTED.matcher(e.getValue());
            int from = 0;
            while (m.find()) {
                copiedRuns(e.getKey(), e.getValue().substring(from, m.start()), reportRuns, faults);
                String quotation = m.group().substring(1, m.group().length() - 1);
                String words = typed(quotation).toLowerCase(Locale.ROOT);
                if (runs(quotation, RUN).stream().anyMatch(reportRuns::contains)
                        && report.stream().noneMatch(p -> p.contains(words))) {
                    faults.add(e.getKey() + " marks as AP's words what the report does not say: " + quotation);
                }
                from = m.end();
            }
            copiedRuns(e.getKey(), e.getValue().substring(from), reportRuns, faults);
        }
        assertEquals(List.of(), faults);
    }

    private static void copiedRuns(String where, String text, Set<String> reportRuns, List<String> faults) {
        for (String run : runs(text, RUN)) {
            if (reportRuns.contains(run)) {
                faults.add(where + " copies the AP report: " + run);
            }
        }
    }

    /** Every citation in the file: of events, of their times and accounts, of quotes and their variants. */
    private static List<Citation> allCitations() {
        List<Citation> citations = new ArrayList<>();
        for (Event e : timeline.events()) {
            citations.addAll(e.sources());
            for (TimeBound t : e.end() == null ? List.of(e.start()) : List.of(e.start(), e.end())) {
                citations.addAll(t.sources());
                t.accounts().forEach(a -> citations.addAll(a.sources()));
            }
        }
        for (Quote q : timeline.quotes()) {
            citations.add(q.citation());
            q.variants().forEach(v -> citations.add(v.citation()));
        }
        return citations;
    }

    @Test
    void everySourceIsCitedAtLeastOnce() {
        Set<String> cited = new TreeSet<>();
        allCitations().forEach(c -> cited.add(c.sourceId()));
        Set<String> listed = new TreeSet<>();
        timeline.sources().stream().map(Source::id).forEach(listed::add);
        listed.removeAll(cited);
        assertEquals(Set.of(), listed, "sources listed but never cited");
    }

    @Test
    void everyRelationIsMarkedSourcedOrEditorial() {
        int relations = 0;
        for (Quote q : timeline.quotes()) {
            for (Relation r : q.relations()) {
                assertNotNull(r.basis(), q.id() + " " + r.type() + " " + r.quoteId() + ": sourced or editorial?");
                relations++;
            }
        }
        assertTrue(relations > 0);
    }

    @Test
    void everyExactMinuteIsTracedToACitedSourceWhosePhraseGivesIt() {
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        int exact = 0;
        for (Event e : timeline.events()) {
            for (TimeBound t : e.end() == null ? List.of(e.start()) : List.of(e.start(), e.end())) {
                List<TimeAccount> accounts = new ArrayList<>(t.accounts());
                if (accounts.isEmpty() && t.isExact()) {
                    accounts.add(new TimeAccount(t.earliest(), t.latest(), t.phrase(), t.sources()));
                }
                for (TimeAccount a : accounts) {
                    if (!a.earliest().equals(a.latest())) {
                        continue;
                    }
                    exact++;
                    String local = clock.format(a.earliest().atZone(timeline.zone()));
                    String utc = clock.format(a.earliest().atOffset(ZoneOffset.UTC));
                    assertFalse(a.sources().isEmpty(), e.id() + ": the exact " + local + " cites no source");
                    assertTrue(a.phrase() != null && (a.phrase().contains(local) || a.phrase().contains(utc + " UTC")),
                            e.id() + ": the exact " + local + " is not in its source's phrase " + a.phrase());
                }
            }
        }
        assertTrue(exact >= 8, "exact times checked: " + exact);
    }

    @Test
    void everyQuotationInTheApReportIsADirectQuoteOfItsParagraph() throws IOException {
        // What the README promises: the report's words in quotation marks are each a direct quote with their ¶.
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("\"([^\"]+)\"");
        int found = 0;
        for (Map.Entry<Integer, List<String>> p : apParagraphs().entrySet()) {
            for (String text : p.getValue()) {
                java.util.regex.Matcher m = quoted.matcher(text.replace("''", "\""));
                while (m.find()) {
                    String words = m.group(1).replaceAll("[.,]$", "");
                    found++;
                    assertTrue(timeline.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.DIRECT
                            && q.citation().sourceId().equals("ap")
                            && q.citation().locator().value().equals(Integer.toString(p.getKey()))
                            && q.text().contains(words)), "\u00b6" + p.getKey() + ": \"" + words + "\" is not a quote");
                }
            }
        }
        assertTrue(found >= 10, "quotations found: " + found);
    }

    /**
     * The text as typed on a plain keyboard: AP closes some quotations with two apostrophes (''nonsense.''),
     * and curly apostrophes stand for straight ones, so that the same words compare equal on both sides.
     */
    static String typed(String text) {
        return text.replace("''", "\"").replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static List<String> runs(String text, int length) {
        String[] words = typed(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ").trim()
                .split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + length <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + length)));
        }
        return out;
    }

    @Test
    void uncertainTimesSayWhereTheirBoundsComeFrom() {
        // The source's own phrase, or, for bounds we derive from other events' times, citations of their own.
        for (Event e : timeline.events()) {
            TimeBound start = e.start();
            if (!start.isExact() && !start.isDisputed()) {
                assertTrue(start.phrase() != null || !start.sources().isEmpty(),
                        e.id() + " has bounds but neither a phrase nor sources");
            }
            for (TimeAccount a : start.accounts()) {
                assertFalse(a.sources().isEmpty(), e.id() + " has an account without a source");
            }
        }
    }
}
