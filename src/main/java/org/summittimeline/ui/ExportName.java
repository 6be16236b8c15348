package org.summittimeline.ui;

import java.text.Normalizer;
import java.util.Locale;
import org.summittimeline.model.Timeline;

/**
 * The file name a save window suggests for what is written from a timeline: its title in plain letters, then what
 * the file holds ("the-trump-putin-summit-in-helsinki-15-17-july-2018-events.csv"). Every export names its file
 * so, the speaker comparison too: it had suggested "compare-speakers.csv" beside the others' titled names.
 */
public final class ExportName {
    private ExportName() {
    }

    public static String of(Timeline timeline, String ending) {
        String plain = Normalizer.normalize(timeline.title() == null ? "" : timeline.title(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return (plain.isEmpty() ? "timeline" : plain) + "-" + ending;
    }
}
