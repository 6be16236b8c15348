package org.summittimeline.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;

/**
 * Where a cold load's time lies, as one whole process: with {@code read}, the byte reader alone (every item of the
 * file read into its nodes, nothing bound or kept); without, the whole load, with the moments half and all of the
 * file's bytes were read. In a package of the loader's own, as it calls the reader directly.
 * <pre>java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.LoadPhases FILE [read]</pre>
 * Run it in turns with {@code TokenFloor} and {@code --validate} of the same file (docs/PERFORMANCE.md, session 31).
 */
public final class LoadPhases {
    private LoadPhases() {
    }

    public static void main(String[] args) throws IOException, PlainJsonScanner.NotPlain {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        long beforeMain = ManagementFactory.getRuntimeMXBean().getUptime();
        if (args.length > 1 && args[1].equals("read")) {
            int[] items = {0};
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                new JsonTreeReader(LoadLimits.DEFAULT, new ArrayList<>(), Set.of("events", "quotes"))
                        .readPlain(in, new JsonTreeReader.Sink() {
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
                        });
            }
            System.out.printf("JVM to main %d ms; read %d items in %d ms%n", beforeMain, items[0],
                    (System.nanoTime() - start) / 1_000_000);
            return;
        }
        long size = Files.size(file);
        long[] half = {0};
        long[] all = {0};
        LoadResult result = TimelineLoader.sizedToMemory().load(file, read -> {
            long now = System.nanoTime();
            if (half[0] == 0 && read >= size / 2) {
                half[0] = now;
            }
            if (all[0] == 0 && read >= size) {
                all[0] = now;
            }
        });
        long end = System.nanoTime();
        System.out.printf("JVM to main %d ms; half the bytes read at %d ms, all at %d ms; loaded at %d ms; %d problems%n",
                beforeMain, (half[0] - start) / 1_000_000, (all[0] - start) / 1_000_000, (end - start) / 1_000_000,
                result.problems().size());
    }
}
