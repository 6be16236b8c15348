package org.summittimeline.export;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.time.LocalDate;
import org.summittimeline.model.Source;
import org.summittimeline.model.SourceDate;

/**
 * Our sources as CSL items, the common currency of citation processors and reference managers. A source names
 * its publisher, not its writers, so an item with a title has no author: the styles then lead with the title, as
 * they do for unsigned news reports, rather than with a name we would have to invent. A wire report reprinted
 * ("Associated Press via KSAT") has its agency as author and the paper as where it appeared ({@link Publication}).
 */
final class SourceItems {
    private SourceItems() {
    }

    /**
     * @param accessed the day the reader checked the source's address, or null; the timeline format keeps no
     *                 access date, so it is what the reader says when exporting
     */
    static CSLItemData of(Source source, LocalDate accessed) {
        return of(source, accessed, null);
    }

    /**
     * As {@link #of(Source, LocalDate)}, its titles said to be in {@code language} ("en"): cited in a German window,
     * the English titles were set in sentence case ("Putin arrives late, but consensus already emerging"), as the
     * styles set a title whose language they cannot tell.
     */
    static CSLItemData of(Source source, LocalDate accessed, String language) {
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .language(language)
                .id(source.id())
                // Our sources are news reports, transcripts and their reprints: a newspaper article is the type
                // whose styles print the publication after the title, as "Associated Press via KSAT".
                .type(CSLType.ARTICLE_NEWSPAPER);
        Publication from = Publication.of(source.publisher());
        if (from.agency() != null) {
            // A wire report reprinted: the agency wrote it, the paper is where it was read ("Associated Press.
            // (2018, July 16). LIVE: … KSAT.").
            item.author(new CSLNameBuilder().literal(from.agency()).build());
        } else if (source.title() == null) {
            // Without a title the publisher is all there is to name the work by: it stands as its author, as
            // the styles name an agency's unsigned wire report ("Associated Press. (2018, July 16).").
            item.author(new CSLNameBuilder().literal(source.publisher()).build());
        }
        if (source.title() != null) {
            item.title(source.title());
        }
        if (source.title() != null || from.agency() != null) {
            item.containerTitle(from.outlet());
        }
        SourceDate date = source.date();
        if (date != null) {
            if (date.hasDay()) {
                item.issued(date.year(), date.month(), date.day());
            } else if (date.hasMonth()) {
                item.issued(date.year(), date.month());
            } else {
                item.issued(date.year());
            }
        }
        if (source.url() != null) {
            item.URL(source.url());
            if (accessed != null) {
                item.accessed(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth());
            }
        }
        return item.build();
    }
}
