package org.summittimeline.export;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.CSLBuilder;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summittimeline.model.Event;
import org.summittimeline.model.Locator;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.Words;

/**
 * A timeline's quotes and events cited in a real citation style, through citeproc-java and the CSL project's
 * style files: an in-text citation with the place in the source, and the reference-list entry. One processor per
 * style, made on first use (parsing a style costs a few hundred milliseconds the first time); the processors keep
 * state between calls, so calls take turns.
 */
public final class StyledCitations {
    private final Timeline timeline;
    /** The language citations are written in, and its CSL locale's tag ("en-US", "de-DE"). */
    private final Words words;
    private final String localeTag;
    private final ListItemDataProvider items;
    private final Map<CitationStyle, CSL> processors = new EnumMap<>(CitationStyle.class);

    /** Citations in the window's language. */
    public StyledCitations(Timeline timeline) {
        this(timeline, Words.current().locale());
    }

    public StyledCitations(Timeline timeline, Locale language) {
        this.timeline = timeline;
        this.words = Words.of(language);
        this.localeTag = words.locale().getLanguage().equals("de") ? "de-DE" : "en-US";
        List<CSLItemData> all = new ArrayList<>();
        for (Source s : timeline.sources()) {
            all.add(SourceItems.of(s, null, "en"));
        }
        this.items = new ListItemDataProvider(all);
    }

    /**
     * Makes the style's processor now, off the UI thread, and cites one source with it: on a fresh start reading
     * the style takes about 0.4 s and the first citation as long again (classes loading), the next a few ms.
     */
    public void prepare(CitationStyle style) {
        processor(style);
        timeline.sources().stream().findFirst().ifPresent(s -> {
            reference(style, s.id());
            inText(style, new org.summittimeline.model.Citation(s.id(), Locator.NONE));
        });
    }

    /** The reference-list entry of a source: "Associated Press. (2018, July 16). …". */
    public synchronized String reference(CitationStyle style, String sourceId) {
        if (timeline.source(sourceId).isEmpty()) {
            return sourceId;
        }
        CSL csl = fresh(style);
        csl.registerCitationItems(sourceId);
        String[] entries = csl.makeBibliography().getEntries();
        return entries.length == 0 ? sourceId
                : asWritten(tidy(entries[0]), Publication.of(timeline.source(sourceId).get().publisher()).outlet());
    }

    /**
     * The reference with a paper's name in capitals as the paper writes it: the styles set the paper's name in title
     * case, and CSL's rule lowers a name in capitals before it, so "KSAT" came out "Ksat".
     */
    static String asWritten(String rendered, String outlet) {
        if (outlet.length() < 2 || !outlet.equals(outlet.toUpperCase(Locale.ROOT))
                || outlet.chars().noneMatch(Character::isLetter)) {
            return rendered;
        }
        String titled = outlet.charAt(0) + outlet.substring(1).toLowerCase(Locale.ROOT);
        return rendered.replaceAll("(?<!\\p{L})" + Pattern.quote(titled) + "(?!\\p{L})",
                Matcher.quoteReplacement(outlet));
    }

    /** The in-text citation of a place in a source: "(Associated Press, 2018, para. 3)". */
    public String inText(CitationStyle style, org.summittimeline.model.Citation citation) {
        return inText(style, List.of(citation));
    }

    /** One in-text citation of several places, as the style joins them: "(A, 2018; B, n.d.)". */
    public synchronized String inText(CitationStyle style, List<org.summittimeline.model.Citation> citations) {
        List<CSLCitationItem> cited = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (org.summittimeline.model.Citation c : citations) {
            if (timeline.source(c.sourceId()).isEmpty()) {
                unknown.add(c.sourceId());
            } else {
                cited.add(item(style, c));
            }
        }
        if (cited.isEmpty()) {
            return unknown.isEmpty() ? "" : "(" + String.join("; ", unknown) + ")";
        }
        CSL csl = fresh(style);
        csl.registerCitationItems(cited.stream().map(CSLCitationItem::getId).distinct().toList());
        List<Citation> made = csl.makeCitation(new CSLCitation(cited.toArray(CSLCitationItem[]::new)));
        return made.isEmpty() ? "" : tidy(made.get(0).getText());
    }

    /**
     * The processor leaves ", ." where MLA's style asks for a title a source does not have ("Associated Press, .
     * 16 July 2018."); the empty part goes, and its full stop stays.
     */
    static String tidy(String rendered) {
        return rendered.strip().replace(", .", ".");
    }

    private CSLCitationItem item(CitationStyle style, org.summittimeline.model.Citation citation) {
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(citation.sourceId());
        Locator place = citation.locator();
        CSLLabel label = switch (place.kind()) {
            case PARAGRAPH -> CSLLabel.PARAGRAPH;
            case PAGE -> CSLLabel.PAGE;
            case SECTION -> CSLLabel.SECTION;
            case TIMECODE, NONE -> null;
        };
        if (label != null && style == CitationStyle.CHICAGO && label != CSLLabel.PAGE) {
            // Chicago labels every place but a page; its style asks which with a locator condition, which this
            // processor does not read (it takes the first branch, a page's, for every place): "(Associated Press
            // 2018, 3)" read as page 3. The place follows in words, with the locale's short term, as a time code
            // does (in the locator the processor takes a leading "para." for the label again and drops it).
            item.suffix(", " + words.format(label == CSLLabel.PARAGRAPH ? "cite.paragraph" : "cite.section",
                    place.value()));
        } else if (label != null) {
            item.locator(place.value()).label(label);
        } else if (place.kind() == Locator.Kind.TIMECODE) {
            // This processor knows no time-code label: the place follows the citation in words.
            item.suffix(", " + words.place(place));
        }
        return item.build();
    }

    /**
     * A quote as a paper quotes it: speaker, words, in-text citation; then its reference-list entry. Reported
     * speech is marked as the window and Copy with Citation mark it: without marks or a word, a reporter's
     * paraphrase read as the speaker's own words. In the citations' language, with its quotation marks.
     */
    public String quote(CitationStyle style, Quote quote) {
        String speaker = timeline.actor(quote.speakerId()).map(a -> a.name()).orElse(quote.speakerId());
        String said = quote.kind() == QuoteKind.DIRECT ? words.format("marks", quote.text())
                : words.reported(quote.text());
        return speaker + ": " + said + " " + inText(style, quote.citation()) + System.lineSeparator()
                + System.lineSeparator() + reference(style, quote.citation().sourceId());
    }

    /** An event's title with the in-text citation of each of its sources; then their reference-list entries. */
    public String event(CitationStyle style, Event event) {
        StringBuilder text = new StringBuilder(event.title());
        Set<String> cited = new LinkedHashSet<>();
        event.sources().forEach(c -> cited.add(c.sourceId()));
        if (!event.sources().isEmpty()) {
            text.append(' ').append(inText(style, event.sources()));
        }
        if (!cited.isEmpty()) {
            text.append(System.lineSeparator());
        }
        for (String id : cited) {
            text.append(System.lineSeparator()).append(reference(style, id));
        }
        return text.toString();
    }

    /** The style's processor, emptied of the last call's items, writing plain text. */
    private CSL fresh(CitationStyle style) {
        CSL csl = processor(style);
        csl.reset();
        // Set again after each reset: plain text, not the HTML the processor writes by default.
        csl.setOutputFormat("text");
        return csl;
    }

    private synchronized CSL processor(CitationStyle style) {
        return processors.computeIfAbsent(style, s -> {
            try {
                CSL csl = new CSLBuilder().itemDataProvider(items)
                        .localeProvider(CitationStyle::locale)
                        .style(s.xml(localeTag)).lang(localeTag).build();
                return csl;
            } catch (IOException e) {
                throw new UncheckedIOException("citation style " + s.label() + " cannot be read", e);
            }
        });
    }
}
