package org.summittimeline.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.ui.Texts;

/** The files the format guide carries in the jar: the description it shows and the JSON Schema it saves. */
final class GuideFiles {
    static final String DESCRIPTION = "/docs/FORMAT.md";
    static final String SCHEMA = "/data/timeline.schema.json";

    private GuideFiles() {
    }

    /**
     * Writes the JSON Schema the jar carries to {@code target}, all or nothing, never over {@code openFile} (the
     * timeline on screen); what happened, in words for the window's note.
     */
    static String saveSchema(Path target, Path openFile) {
        try {
            byte[] schema = resource(SCHEMA).getBytes(StandardCharsets.UTF_8);
            SafeWrite.bytes(target, openFile, out -> out.write(schema));
            return Texts.format("help.format.schemaSaved", target.toString());
        } catch (IOException e) {
            return Texts.format("help.format.schemaNotSaved", target.toString(),
                    Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
        }
    }

    /** A text the jar carries; a build without it is broken, and says which file is missing. */
    static String resource(String name) {
        try (InputStream in = GuideFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the program's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
