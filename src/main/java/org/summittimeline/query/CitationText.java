package org.summittimeline.query;

import org.summittimeline.model.Citation;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;

/** How a citation and a quote read when shown or copied: "Associated Press, 16 July 2018, ¶3". */
public final class CitationText {
    /** The longest place in a source kept whole on a line with the date before it, in letters. */
    private static final int SHORT_PLACE = 12;
    private final Timeline timeline;

    public CitationText(Timeline timeline) {
        this.timeline = timeline;
    }

    public String cite(Citation citation) {
        return cite(citation, false);
    }

    /**
     * The citation as a label shows it: its date kept on one line ("16 July 2018") with a short place after it
     * (", ¶3"), where a narrow quote card had broken it after the day. Copies and exports take {@link #cite}, with plain spaces, which is what a reader pastes.
     */
    public String shown(Citation citation) {
        return cite(citation, true);
    }

    private String cite(Citation citation, boolean dateUnbroken) {
        StringBuilder text = new StringBuilder();
        Source source = timeline.source(citation.sourceId()).orElse(null);
        if (source == null) {
            text.append(citation.sourceId());
        } else {
            text.append(source.publisher());
            if (source.date() != null) {
                String date = Words.current().sourceDate(source.date());
                text.append(", ").append(dateUnbroken ? date.replace(' ', '\u00a0') : date);
            }
        }
        String place = Words.current().place(citation.locator());
        if (!place.isEmpty()) {
            // A short place ("¶11", "S. 12") kept with what comes before it, as the date is: in Compare's narrow
            // column at 177 % "¶11" stood on a line of its own.
            boolean keep = dateUnbroken && place.length() <= SHORT_PLACE;
            text.append(keep ? ",\u00a0" : ", ").append(keep ? place.replace(' ', '\u00a0') : place);
        }
        return text.toString();
    }

    /** The quote as a researcher pastes it: speaker, words (quoted or marked as reported), citation. */
    public String quote(Quote quote) {
        String speaker = timeline.actor(quote.speakerId()).map(a -> a.name()).orElse(quote.speakerId());
        String words = quote.kind() == QuoteKind.DIRECT
                ? Words.current().format("marks", quote.text())
                : Words.current().reported(quote.text());
        return speaker + ": " + words + " \u2014 " + cite(quote.citation());
    }
}
