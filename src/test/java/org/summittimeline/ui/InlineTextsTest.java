package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every text of the window and the presentation comes from the bundle: a string literal in {@code ui} that reads
 * as words to a person (two words, or one capitalised word) fails this test, as does a key the code asks for that
 * a bundle lacks. Log lines and exception messages are for developers and stay in English.
 */
@Tag("toolkit-free")
class InlineTextsTest {
    private static final Path UI = Path.of("src/main/java/org/summittimeline/ui");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
    private static final Pattern KEY_USE = Pattern.compile("Texts\\.(?:get|format)\\(\"([^\"]+)\"");
    private static final Set<String> NOT_WORDS = Set.of("System", "UTC");

    @Test
    void noTextIsWrittenInlineInTheUserInterface() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean inComment = false;
            for (int n = 0; n < lines.size(); n++) {
                String code = lines.get(n);
                if (inComment) {
                    int end = code.indexOf("*/");
                    if (end < 0) {
                        continue;
                    }
                    code = code.substring(end + 2);
                    inComment = false;
                }
                code = code.replaceAll("/\\*.*?\\*/", "");
                int open = code.indexOf("/*");
                if (open >= 0) {
                    code = code.substring(0, open);
                    inComment = true;
                }
                code = code.replaceAll("^\\s*//.*", "").replaceAll("\\s//\\s.*", "");
                if (code.contains("LOG.") || code.contains("Logger") || code.contains("Exception(")) {
                    continue;
                }
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    if (readsAsWords(m.group(1))) {
                        inline.add(UI.relativize(file) + ":" + (n + 1) + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), inline, "texts written inline; move them to texts.properties and texts_de.properties");
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("texts.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        for (Path file : sources()) {
            Matcher m = KEY_USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1);
                // A key built from a prefix ("details." + which) needs at least one key under that prefix; the
                // enums behind such keys are checked one by one in TextsTest.
                boolean known = key.endsWith(".")
                        ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : english.containsKey(key);
                if (!known) {
                    missing.add(m.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys asked for but not in texts.properties: " + missing);
    }

    static boolean readsAsWords(String s) {
        if (KEY.matcher(s).matches() || NOT_WORDS.contains(s) || s.startsWith("-fx") || s.startsWith("-st-")
                || s.startsWith("http") || s.matches("(mdi2?|fa[srb]?)[a-z0-9]*-.*")) {
            return false;
        }
        return s.matches(".*[A-Za-z][a-z]+ [a-zA-Z].*") || s.matches("[A-Z][a-z]+[.:!?]?");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
