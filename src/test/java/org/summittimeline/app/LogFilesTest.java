package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.format.TimelineLoader;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LogFilesTest {
    private static final Path HOME = Path.of("/home/ada");
    private final String before = System.getProperty(LogFiles.FOLDER_PROPERTY);

    @AfterEach
    void restore() {
        LogFiles.uninstall();
        if (before == null) {
            System.clearProperty(LogFiles.FOLDER_PROPERTY);
        } else {
            System.setProperty(LogFiles.FOLDER_PROPERTY, before);
        }
    }

    @Test
    void aCommandLineModeShowsOnlyWhatWentWrongOnTheConsole() {
        // The launcher quiets the console for --validate, --export-png and the rest: the loader's INFO records
        // had come between what a script reads on standard error.
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        root.addHandler(console);
        try {
            LogFiles.quietConsole();
            assertEquals(Level.WARNING, console.getLevel());
            assertTrue(console.isLoggable(new LogRecord(Level.WARNING, "a file could not be read")));
            LogFiles.uninstall();
            assertEquals(Level.INFO, console.getLevel(), "the tests' console is as it was");
        } finally {
            root.removeHandler(console);
        }
    }

    @Test
    void eachPlatformLogsWhereItsProgramsUsuallyDo() {
        assertEquals(HOME.resolve(".local/share/summit-timeline/logs"), LogFiles.folder("Linux", Map.of(), HOME));
        assertEquals(Path.of("/data/ada/summit-timeline/logs"),
                LogFiles.folder("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME));
        assertEquals(HOME.resolve(".local/share/summit-timeline/logs"),
                LogFiles.folder("Linux", Map.of("XDG_DATA_HOME", "relative/is/invalid"), HOME), "XDG ignores it");
        assertEquals(HOME.resolve("Library/Logs/Summit Timeline"), LogFiles.folder("Mac OS X", Map.of(), HOME));
        assertEquals(Path.of("/c/Users/ada/AppData/Local/Summit Timeline/logs"),
                LogFiles.folder("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), HOME));
        assertEquals(HOME.resolve("AppData/Local/Summit Timeline/logs"), LogFiles.folder("Windows 11", Map.of(), HOME));
    }

    @Test
    void testsLogIntoAFolderOfTheirOwnNeverTheUsersHome() {
        // surefire sets the property, so no test run writes a log under the real home folder
        String chosen = System.getProperty(LogFiles.FOLDER_PROPERTY);
        assertTrue(chosen != null && Path.of(chosen).endsWith(Path.of("target", "test-logs")), String.valueOf(chosen));
        assertEquals(Path.of(chosen), LogFiles.folder());
    }

    @Test
    void anErrorReachesTheFileWithItsStackTrace(@TempDir Path dir) throws IOException {
        System.setProperty(LogFiles.FOLDER_PROPERTY, dir.resolve("logs").toString());
        assertEquals(dir.resolve("logs"), LogFiles.install());
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler) {
                assertEquals(Level.WARNING, h.getLevel(), "a terminal shows only what went wrong");
            }
        }
        Logger.getLogger("org.summittimeline.app.Launcher").info("starting");
        Logger.getLogger("org.summittimeline.ui.shell.MainWindow").log(Level.WARNING, "could not open x.json",
                new IllegalStateException("disk gone"));
        LogFiles.uninstall();
        String log = Files.readString(dir.resolve("logs/summit-timeline-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains(" INFO app.Launcher: starting"), log);
        assertTrue(log.contains(" WARNING ui.shell.MainWindow: could not open x.json"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: disk gone"), log);
        assertTrue(log.contains("\tat org.summittimeline.app.LogFilesTest.anErrorReachesTheFileWithItsStackTrace"), log);
    }

    @Test
    void theFilesRotateAndStayBounded(@TempDir Path dir) throws IOException {
        System.setProperty(LogFiles.FOLDER_PROPERTY, dir.toString());
        LogFiles.install();
        Logger log = Logger.getLogger(LogFilesTest.class.getName());
        String line = "x".repeat(1000);
        // Seven files' worth: the oldest are dropped, five remain, none over the limit (plus one record).
        for (int i = 0; i < 7 * LogFiles.LIMIT_BYTES / 1000; i++) {
            log.info(line);
        }
        LogFiles.uninstall();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        assertEquals(LogFiles.FILES, files.size(), files.toString());
        for (Path f : files) {
            assertTrue(Files.size(f) <= LogFiles.LIMIT_BYTES + 2000, f + ": " + Files.size(f));
        }
    }

    @Test
    void opensAreLoggedWithTheFirstProblemOfAFileThatCannotBeOpened() throws URISyntaxException {
        List<LogRecord> records = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(FileDocuments.class.getName());
        logger.addHandler(catcher);
        try {
            Path broken = Path.of(getClass().getResource("/corpus/time-without-offset.json").toURI());
            new FileDocuments(new TimelineLoader()).open(broken);
            new FileDocuments(new TimelineLoader()).openBundled();
        } finally {
            logger.removeHandler(catcher);
        }
        List<String> messages = records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList();
        assertTrue(messages.get(0).startsWith("INFO opening /") && messages.get(0).endsWith("time-without-offset.json"),
                messages.toString());
        assertTrue(messages.get(1).startsWith("WARNING ") && messages.get(1).contains("could not be opened, 1 errors; "
                + "first: ") && messages.get(1).contains(":16:15: error: events[0].start"), messages.toString());
        assertEquals("INFO opening the bundled timeline", messages.get(2));
        assertEquals("INFO helsinki-2018-summit.json: opened, 12 events, 29 quotes, 0 warnings", messages.get(3));
    }
}
