package org.summittimeline.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a load's time between reading and binding, for target 1 of issue 15. {@code scan FILE} runs our byte
 * scanner alone over every token; {@code tree FILE} runs our reader (bytes, tokens and each item's nodes, as a
 * plain load makes them, without the loader's byte-order-mark and kind checks) and binds nothing; run as a whole
 * process, in turns with {@link org.summittimeline.bench.TokenFloor} and {@code --validate}, it tells how much of
 * the distance from the floor lies in reading and how much in binding. {@code load FILE N} loads the file N times
 * in one JVM, so the first (cold) load can be set beside the warm ones.
 * <pre>java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.ReadingPasses scan FILE
 * java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.ReadingPasses tree FILE
 * java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.ReadingPasses load FILE 6</pre>
 */
public final class ReadingPasses {
    private ReadingPasses() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !List.of("scan", "tree", "load").contains(args[0])
                || args[0].equals("load") && args.length < 3) {
            System.err.println("usage: ReadingPasses scan FILE | tree FILE | load FILE N");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        if (args[0].equals("scan")) {
            long start = System.nanoTime();
            long tokens = scan(file);
            System.out.printf("%d tokens scanned in %d ms%n", tokens, (System.nanoTime() - start) / 1_000_000);
        } else if (args[0].equals("tree")) {
            long start = System.nanoTime();
            List<Problem> problems = new ArrayList<>();
            int items = tree(file, problems);
            // A reading stopped early by a limit would look fast: its problems say so.
            System.out.printf("%d items read, none bound, in %d ms; %d problems%n", items,
                    (System.nanoTime() - start) / 1_000_000, problems.size());
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

    /**
     * Our scanner's bare pass, as {@code TokenFloor} is Gson's: every token taken, texts and numbers made strings,
     * nothing kept. Set beside {@code tree}, it tells what making the items' nodes costs above the scan.
     */
    private static long scan(Path file) throws IOException, PlainJsonScanner.NotPlain {
        long tokens = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            PlainJsonScanner s = new PlainJsonScanner(in);
            for (int c = s.peek(); c >= 0; c = s.peek()) {
                switch (c) {
                    case '"' -> s.text(null);
                    case 't' -> s.word(PlainJsonScanner.TRUE);
                    case 'f' -> s.word(PlainJsonScanner.FALSE);
                    case 'n' -> s.word(PlainJsonScanner.NULL);
                    case '{', '}', '[', ']', ':', ',' -> s.take();
                    default -> s.number();
                }
                tokens++;
            }
        }
        return tokens;
    }

    private static int tree(Path file, List<Problem> problems) throws IOException, PlainJsonScanner.NotPlain {
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
