package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summittimeline.model.Precision;
import org.summittimeline.ui.shell.FilterBarModel;

@Tag("toolkit-free")
class TextsTest {
    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void everyKeyHasATextInEveryLanguage() throws IOException {
        Properties english = read("texts.properties");
        Properties german = read("texts_de.properties");
        assertEquals(english.stringPropertyNames(), german.stringPropertyNames(),
                "English and German have the same keys");
        for (String key : english.stringPropertyNames()) {
            assertTrue(english.getProperty(key).isEmpty() == german.getProperty(key).isEmpty(),
                    key + " is written in both languages or in neither");
        }
    }

    /**
     * A menu path named in a text ("Lesson ▸ Present the Lesson") stays on one line, the menu item named as the menu
     * names it: at 133 % the empty Lesson tab had broken it after "Lesson ▸".
     */
    @Test
    void aMenuPathInATextIsNeverBrokenAcrossLines() throws IOException {
        char nbsp = '\u00a0';
        for (String file : List.of("texts.properties", "texts_de.properties")) {
            Properties texts = read(file);
            List<String> items = texts.stringPropertyNames().stream().map(texts::getProperty)
                    .filter(t -> !t.isEmpty()).toList();
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                for (int at = text.indexOf('\u25b8'); at >= 0; at = text.indexOf('\u25b8', at + 1)) {
                    assertEquals(nbsp, text.charAt(at - 1), file + " " + key);
                    assertEquals(nbsp, text.charAt(at + 1), file + " " + key);
                    String after = text.substring(at + 2);
                    String plain = after.replace(nbsp, ' ');
                    // The longest text the words after the arrow begin with is the item ("Present the Lesson", not
                    // the toolbar's "Present").
                    String item = items.stream().filter(t -> plain.startsWith(t) && (plain.length() == t.length()
                            || !Character.isLetter(plain.charAt(t.length()))))
                            .max(Comparator.comparingInt(String::length)).orElse("");
                    assertTrue(!item.isEmpty() && after.startsWith(item.replace(' ', nbsp)),
                            file + " " + key + " names a menu item (" + item + "), its spaces unbreakable: " + text);
                }
            }
        }
    }

    /**
     * A pattern with arguments is filled by MessageFormat, where a lone apostrophe begins a quoted run and vanishes:
     * "{0} (timeline's zone)" came out "Helsinki (timelines zone)". Such a text writes it twice.
     */
    @Test
    void aPatternWithArgumentsNeverHasALoneApostrophe() throws IOException {
        for (String file : List.of("texts.properties", "texts_de.properties")) {
            Properties texts = read(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertFalse(text.replace("''", "").contains("'"), file + " " + key + ": " + text);
                }
            }
        }
    }

    /** A pattern the two languages share writes its numbers as the language chosen last does, not the first. */
    @Test
    void numbersFollowTheLanguageChosenAfterThePatternWasFirstFilledIn() {
        Texts.use(Locale.ENGLISH);
        assertEquals("Topics: 1,234/5,678", Texts.format("filter.caption", "Topics", 1234, 5678));
        Texts.use(Locale.GERMAN);
        assertEquals("Themen: 1.234/5.678", Texts.format("filter.caption", "Themen", 1234, 5678));
    }

    @Test
    void aTextFilledInBetweenQuotationMarksHasItsOwnMarksMadeSingle() {
        String title = "Trump: \u201cwould\u201d should have been \u201cwouldn't\u201d";
        assertEquals("1 quote of \u201cTrump: \u2018would\u2019 should have been \u2018wouldn't\u2019\u201d",
                Texts.format("quotes.heading.ofEvent", 1, title));
        Texts.use(Locale.GERMAN);
        assertEquals("\u201eDer \u201aGipfel\u2018\u201c", Texts.format("quote.marks", "Der \u201eGipfel\u201c"));
        assertEquals("\u201eOne-on-one talks\u201c", Texts.format("quote.marks", "One-on-one talks"));
    }

    @Test
    void theChosenLanguageIsUsedAndAnUnknownOneFallsBackToEnglish() {
        Texts.use(Locale.GERMAN);
        assertEquals("Die Sprache wechselt beim nächsten Start.", Texts.get("app.language.restart"));
        Texts.use(Locale.forLanguageTag("fi"));
        assertEquals("The language changes at the next start.", Texts.get("app.language.restart"));
        assertEquals(Locale.ENGLISH, Texts.locale());
        assertEquals("!no.such.key!", Texts.get("no.such.key"));
    }

    @Test
    void everyValueOfAnEnumShownByNameHasItsText() {
        for (Precision p : Precision.values()) {
            assertNotMissing("details.exact." + p.name().toLowerCase(Locale.ROOT));
        }
        for (FilterBarModel.Facet f : FilterBarModel.Facet.values()) {
            assertNotMissing("filter.facet." + f.name().toLowerCase(Locale.ROOT));
            assertNotMissing("filter.tip." + f.name().toLowerCase(Locale.ROOT));
        }
        for (FilterBarModel.Kind k : FilterBarModel.Kind.values()) {
            assertNotMissing("filter.kind." + k.name().toLowerCase(Locale.ROOT));
        }
        for (String which : new String[] {"start", "end"}) {
            assertNotMissing("details." + which);
        }
    }

    private static void assertNotMissing(String key) {
        for (Locale language : Texts.LANGUAGES) {
            Texts.use(language);
            assertFalse(Texts.get(key).startsWith("!"), key + " in " + language);
        }
    }

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
