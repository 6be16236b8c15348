package org.summittimeline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The program's log: java.util.logging into rotated files in the platform's usual folder for an application's
 * logs, so a user can send them with a bug report. The window shows a failure's message; the log keeps the
 * detail with its stack trace.
 */
public final class LogFiles {
    /** A folder to log into instead of the user's (tests and the build's training run use it). */
    public static final String FOLDER_PROPERTY = "summit.logDir";
    static final String PATTERN = "summit-timeline-%g.log";
    /** Five files of at most 1 MB: a week of daily use is a few kilobytes, a failure loop cannot fill the disk. */
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;

    private static Path installed;
    private static final Map<Handler, Level> consoleLevels = new HashMap<>();

    private LogFiles() {
    }

    /**
     * Where the platform keeps an application's logs: Linux and other Unixes {@code $XDG_DATA_HOME} (else
     * {@code ~/.local/share}) {@code /summit-timeline/logs}, macOS {@code ~/Library/Logs/Summit Timeline},
     * Windows {@code %LOCALAPPDATA%\Summit Timeline\logs}.
     */
    static Path folder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Summit Timeline").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Summit Timeline");
        }
        // The XDG rules: a relative value is invalid and is ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("summit-timeline").resolve("logs");
    }

    /** The folder this run logs into: the property's when it is set, else the platform's. */
    public static Path folder() {
        String chosen = System.getProperty(FOLDER_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return folder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Sends every log record of INFO and above into the rotated files, and returns the folder; null when the
     * folder cannot be written, in which case the program runs on and logs to the console only.
     */
    public static synchronized Path install() {
        if (installed != null) {
            return installed;
        }
        Path dir = folder();
        try {
            Files.createDirectories(dir);
            // A % in the folder's name is escaped; %g numbers the rotated files.
            String pattern = dir.toAbsolutePath().toString().replace("%", "%%") + "/" + PATTERN;
            FileHandler handler = new FileHandler(pattern, LIMIT_BYTES, FILES, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new LineFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            // The file keeps the record of every start; a terminal the program was started from shows only
            // what went wrong.
            quietConsole();
            installed = dir;
            return dir;
        } catch (IOException | SecurityException e) {
            Logger.getLogger(LogFiles.class.getName()).warning(() -> "no log file in " + dir + ": " + e.getMessage());
            return null;
        }
    }

    /** Lets the console show only warnings and errors (see {@link #uninstall()} for how tests undo it). */
    static synchronized void quietConsole() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler && h.getLevel().intValue() < Level.WARNING.intValue()) {
                consoleLevels.putIfAbsent(h, h.getLevel());
                h.setLevel(Level.WARNING);
            }
        }
    }

    /** Closes the files (the last records reach the disk) and forgets them; for tests. */
    static synchronized void uninstall() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler && h.getFormatter() instanceof LineFormatter) {
                root.removeHandler(h);
                h.close();
            }
        }
        consoleLevels.forEach(Handler::setLevel);
        consoleLevels.clear();
        installed = null;
    }

    /** One line per record (time, level, logger, message), then the stack trace in full when there is one. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS XXX")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName() == null ? "" : shortName(r.getLoggerName())).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        private static String shortName(String logger) {
            return logger.startsWith("org.summittimeline.") ? logger.substring("org.summittimeline.".length()) : logger;
        }
    }
}
