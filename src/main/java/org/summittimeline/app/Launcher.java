package org.summittimeline.app;

/**
 * The main class of the jar. It does not extend {@code Application}, so the JVM starts it without the
 * "JavaFX runtime components are missing" check, and {@code --validate} runs without touching JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine.Request request = CommandLine.parse(args);
        Integer exit = CommandLine.runWithoutWindow(request, System.out, System.err);
        if (exit != null) {
            System.exit(exit);
        }
        SummitTimelineApp.launchWith((CommandLine.Open) request);
    }
}
