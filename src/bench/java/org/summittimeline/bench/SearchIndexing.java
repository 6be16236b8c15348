package org.summittimeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;

/**
 * How long the word indexes take once a timeline is loaded (the time a search says it is being prepared) and the
 * heap they leave, for a generated timeline of N events. Uses only the public query API, so that the same class
 * can be run against an earlier build by putting that build's jar first on the class path:
 * <pre>java -Xmx1g -cp target/benchmarks.jar org.summittimeline.bench.SearchIndexing 1000000
 * java -Xmx1g -cp BEFORE/target/benchmarks.jar:target/benchmarks.jar org.summittimeline.bench.SearchIndexing 1000000</pre>
 */
public final class SearchIndexing {
    private SearchIndexing() {
    }

    public static void main(String[] args) throws IOException {
        int events = Integer.parseInt(args[0]);
        Path file = Files.createTempFile("summit-search-indexing", ".json");
        Timeline timeline;
        try {
            timeline = Timelines.generated(file, events, 1, false);
        } finally {
            Files.deleteIfExists(file);
        }
        long start = System.nanoTime();
        TimelineQuery query = new TimelineQuery(timeline);
        query.searchIndexed().join();
        long wall = System.nanoTime() - start;
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        QueryResult result = query.apply(QueryFilter.NONE.withSearch("the president"));
        System.out.printf(Locale.ROOT, "%d events: word indexes ready after %d ms; search %s; heap %.1f MB%n",
                events, wall / 1_000_000, result.search(), (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0);
    }
}
