package org.summittimeline.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The main class of the jar. It does not extend {@code Application}, so the JVM starts it without the
 * "JavaFX runtime components are missing" check, and {@code --validate} runs without touching JavaFX.
 */
public final class Launcher {
    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine.Request request = CommandLine.parse(args);
        if (!(request instanceof CommandLine.Open)) {
            // A script reads what a command-line mode prints; the loader's INFO records ("opening the bundled
            // timeline") had come between them on standard error. What went wrong still shows.
            LogFiles.quietConsole();
        }
        Integer exit = CommandLine.runWithoutWindow(request, System.out, System.err);
        if (exit != null) {
            System.exit(exit);
        }
        ClassPreload.start();
        // Only the window logs to a file: the command-line modes print what they have to say.
        Path logs = LogFiles.install();
        LOG.info(() -> "Summit Timeline " + ProgramVersion.get() + " starting; Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + ") on " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + ", locale "
                + Locale.getDefault().toLanguageTag() + ", arguments " + Arrays.toString(args) + ", log folder " + logs);
        SummitTimelineApp.launchWith((CommandLine.Open) request, logs);
    }
}
