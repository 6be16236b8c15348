package org.summittimeline.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a load's time between reading and binding, for target 1 of issue 15. {@code tree FILE} runs our own
 * reader alone (bytes, tokens and each item's nodes, as a load makes them) and binds nothing; run as a whole
 * process, in turns with {@link org.summittimeline.bench.TokenFloor} and {@code --validate}, it tells how much of
 * the distance from the floor lies in reading and how much in binding. {@code load FILE N} loads the file N times
 * in one JVM, so the first (cold) load can be set beside the warm ones.
 * <pre>java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.ReadingPasses tree FILE
 * java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.ReadingPasses load FILE 6</pre>
 */
public final class ReadingPasses {
    private ReadingPasses() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("tree")) {
            long start = System.nanoTime();
            int items = tree(file);
            System.out.printf("%d items read, none bound, in %d ms%n", items, (System.nanoTime() - start) / 1_000_000);
        } else {
            int loads = Integer.parseInt(args[2]);
            TimelineLoader loader = TimelineLoader.sizedToMemory();
            for (int i = 1; i <= loads; i++) {
                long start = System.nanoTime();
                LoadResult result = loader.load(file);
                System.out.printf("load %d: %d ms, %s%n", i, (System.nanoTime() - start) / 1_000_000,
                        result.timeline() == null ? "no timeline" : result.timeline().events().size() + " events");
            }
        }
    }

    private static int tree(Path file) throws IOException, PlainJsonScanner.NotPlain {
        List<Problem> problems = new ArrayList<>();
        int[] items = new int[1];
        JsonTreeReader.Sink sink = new JsonTreeReader.Sink() {
            @Override
            public void documentStart(int line, int column) {
            }

            @Override
            public void notAnObject(JsonNode root) {
            }

            @Override
            public void field(JsonNode.Member field) {
            }

            @Override
            public void listStart(JsonNode.Member field) {
            }

            @Override
            public void listItem(String field, int index, JsonNode item) {
                items[0]++;
            }
        };
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            new JsonTreeReader(LoadLimits.forMemory(Runtime.getRuntime().maxMemory()), problems,
                    TimelineBinder.STREAMED).readPlain(in, sink);
        }
        return items[0];
    }
}
