package org.summittimeline.export;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;

class StyledCitationsTest {
    static final Timeline HELSINKI = new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline();

    @Test
    void explore() {
        long t0 = System.nanoTime();
        StyledCitations c = new StyledCitations(HELSINKI);
        for (CitationStyle s : CitationStyle.values()) {
            long t = System.nanoTime();
            c.prepare(s);
            System.out.println(s + " prepared in " + (System.nanoTime() - t) / 1_000_000 + " ms");
            System.out.println(c.quote(s, HELSINKI.quote("putin-never-interfered").get()));
            System.out.println(c.event(s, HELSINKI.event("putin-lands").get()));
            for (var src : HELSINKI.sources().subList(0, 6)) System.out.println("  " + c.reference(s, src.id()));
            HELSINKI.quotes().stream().filter(q -> q.citation().locator().kind() == org.summittimeline.model.Locator.Kind.SECTION).findFirst()
                .ifPresent(q -> System.out.println("  SECTION: " + c.inText(s, q.citation())));
        }
        System.out.println("total " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
