package org.summittimeline.bench;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor under loading: one bare pass of Gson's strict reader over every token of a file, keeping nothing,
 * decoding UTF-8 strictly as the loader does. Run it as a whole process, in turns with {@code --validate} of the
 * same file; the ratio of the two is how far the loader stands above the parser it is built on.
 * <pre>/usr/bin/time -f %e java -cp target/benchmarks.jar org.summittimeline.bench.TokenFloor FILE</pre>
 */
public final class TokenFloor {
    private TokenFloor() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        long tokens = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16);
             Reader in = new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.STRICT);
            while (true) {
                switch (reader.peek()) {
                    case BEGIN_OBJECT -> reader.beginObject();
                    case END_OBJECT -> reader.endObject();
                    case BEGIN_ARRAY -> reader.beginArray();
                    case END_ARRAY -> reader.endArray();
                    case NAME -> reader.nextName();
                    case STRING, NUMBER -> reader.nextString();
                    case BOOLEAN -> reader.nextBoolean();
                    case NULL -> reader.nextNull();
                    case END_DOCUMENT -> {
                        System.out.printf("%d tokens in %d ms%n", tokens, (System.nanoTime() - start) / 1_000_000);
                        return;
                    }
                }
                tokens++;
            }
        }
    }
}
