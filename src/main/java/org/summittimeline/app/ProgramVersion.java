package org.summittimeline.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, as the pom names it; the build writes it into {@code version.properties}. */
public final class ProgramVersion {
    private static final String UNKNOWN = "(development build)";

    private ProgramVersion() {
    }

    public static String get() {
        try (InputStream in = ProgramVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            // Unfiltered (an IDE that copies resources itself) the placeholder is still there.
            return version.isBlank() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
