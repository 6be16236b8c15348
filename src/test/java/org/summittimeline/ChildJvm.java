package org.summittimeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own for a test, on the test's class path: for what only a fresh process shows (a collector, what a
 * start links the first time). Options from the environment are left out, as they could name a collector or
 * options of their own beside the test's.
 */
public final class ChildJvm {
    /** What the process printed (standard output and error together) and how it ended. */
    public record Ended(int exitValue, String output) {
    }

    private ChildJvm() {
    }

    /** Runs {@code mainClass} with these JVM options and arguments, its output kept in {@code out}. */
    public static Ended run(List<String> options, String mainClass, List<String> arguments, Path out, int seconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(out.toFile());
        pb.directory(new File("."));
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the process did not end within " + seconds + " s: " + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Ended(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
