package org.summittimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Events and quotes keep their texts as bytes and give back exactly the texts they were made with, whatever
 * letters those hold; two are equal exactly when their texts are; and they hold on to none of the strings they
 * were given.
 */
@Tag("toolkit-free")
class PackedTextsTest {
    private static final Citation CITED = new Citation("s1", new Locator(Locator.Kind.PARAGRAPH, "3"));
    private static final TimeBound AT = TimeBound.exact(Instant.parse("2018-07-16T13:39:00Z"),
            Precision.MINUTE);

    /** Texts of every kind: none, empty, ASCII, Latin-1, other scripts, letters beyond 16 bits, a lone surrogate, long ones. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", "Talks", "Trump \u2013 Putin: \u201cnonsense\u201d",
                "Sauli Niinist\u00f6", "\u041f\u0443\u0442\u0438\u043d", "\ud83c\udde6\ud83c\uddfa flags", "lone \ud800 half",
                "end half \udc00", "\u0000 nul", "Is it? \u00c4h?", "Why? \u043a\u0442\u043e?", "\u6f22\u5b57\u304b\u306a",
                "c\u00e9".repeat(20_000)));
        // Lengths where the header grows a byte (5, 12, 19 bits of length).
        for (int length : new int[] {31, 32, 33, 4095, 4096, 4097}) {
            texts.add("a".repeat(length));
            texts.add("\u0436".repeat(length / 2));
        }
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                b.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x10000)));
            }
            texts.add(b.toString());
        }
        texts.add(null);
        return texts;
    }

    private static Event event(String title, String summary) {
        return new Event("e1", title, "talks", List.of("a1"), "Helsinki", summary, AT, null, List.of(CITED));
    }

    private static Quote quote(String text) {
        return new Quote("q1", "a1", "e1", text, QuoteKind.DIRECT, List.of("trade"), CITED, List.of(), List.of(), null);
    }

    @Test
    void everyTextComesBackAsItWasGiven() {
        List<String> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            String title = texts.get(i);
            String summary = texts.get((i * 7 + 3) % texts.size());
            Event e = event(title, summary);
            assertEquals(title, e.title(), "title " + i);
            assertEquals(summary, e.summary(), "summary " + i);
            assertEquals(title, quote(title).text(), "quote " + i);
        }
        assertNull(event("Talks", null).summary());
        assertNull(event(null, "Our words").title());
        assertEquals("Our words", event(null, "Our words").summary());
    }

    @Test
    void eachTextTakesNoMoreBytesThanJavaKeepsItIn() {
        // One byte a letter for Latin-1, as a compact string; two for Cyrillic and Chinese, as UTF-16; each and a header.
        assertEquals(1 + "Sauli Niinist\u00f6".length(), packedLength("Sauli Niinist\u00f6"));
        assertEquals(1 + 2 * 5, packedLength("\u041f\u0443\u0442\u0438\u043d"));
        assertEquals(1 + 2 * 4, packedLength("\u6f22\u5b57\u304b\u306a"));
        assertEquals(2 + 100, packedLength("a".repeat(100)));
        assertEquals(1, packedLength((String) null));
    }

    private static int packedLength(String text) {
        PackedTexts.Place place = PackedTexts.pack(text);
        return PackedTexts.length(place.array, place.at, 1);
    }

    @Test
    void equalTextsMakeEqualValuesAndOthersDoNot() {
        List<String> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String copy = text == null ? null : new String(text.toCharArray());
            assertEquals(event(text, "s"), event(copy, "s"));
            assertEquals(event(text, "s").hashCode(), event(copy, "s").hashCode());
            assertEquals(quote(text), quote(copy));
            assertEquals(quote(text).hashCode(), quote(copy).hashCode());
            for (int k = 0; k < texts.size(); k++) {
                if (k != i && !Objects.equals(texts.get(k), text)) {
                    assertNotEquals(event(text, "s"), event(texts.get(k), "s"), i + " against " + k);
                    assertNotEquals(quote(text), quote(texts.get(k)), i + " against " + k);
                }
            }
        }
        // The title's end and the summary's start are kept apart: moving a letter across is another event.
        assertNotEquals(event("ab", "c"), event("a", "bc"));
        assertNotEquals(event("", null), event(null, ""));
    }

    @Test
    void shortTextsShareArraysThatGrowToOneRegionAndALongTextHasItsOwn() throws Exception {
        // On a thread of its own, so that the shelf starts empty.
        List<PackedTexts.Place> places = new ArrayList<>();
        List<byte[]> arrays = new ArrayList<>();
        java.util.concurrent.FutureTask<Void> reading = new java.util.concurrent.FutureTask<>(() -> {
            for (int i = 0; i < 40_000; i++) {
                PackedTexts.Place p = PackedTexts.pack("Event number " + i, "Our words on event " + i);
                PackedTexts.Place kept = new PackedTexts.Place();
                kept.array = p.array;
                kept.at = p.at;
                places.add(kept);
                if (arrays.isEmpty() || arrays.get(arrays.size() - 1) != p.array) {
                    arrays.add(p.array);
                }
            }
            PackedTexts.Place p = PackedTexts.pack("x".repeat(PackedTexts.LARGEST_SHELF));
            arrays.add(p.array);
            return null;
        });
        new Thread(reading, "a reader").start();
        reading.get(30, java.util.concurrent.TimeUnit.SECONDS); // a failure on the reader fails here, with its cause
        // About 1.6 MB of texts in a handful of arrays, not 40,000; none of half a region to a region (humongous,
        // it would take a region of its own half empty).
        assertTrue(arrays.size() - 1 < 12, arrays.size() + " arrays");
        assertEquals(4096, arrays.get(0).length, "a thread's first array is small");
        for (int i = 0; i < arrays.size() - 1; i++) {
            int length = arrays.get(i).length;
            assertTrue(length == PackedTexts.LARGEST_SHELF || length + 16 < (1 << 19), length + " bytes");
        }
        assertEquals(PackedTexts.LARGEST_SHELF, arrays.get(arrays.size() - 2).length, "grown to one region");
        byte[] own = arrays.get(arrays.size() - 1);
        assertEquals(PackedTexts.length(own, 0, 1), own.length, "a long text in an array of its own size");
        for (int i = 0; i < places.size(); i += 997) {
            PackedTexts.Place p = places.get(i);
            assertEquals("Event number " + i, PackedTexts.unpack(p.array, p.at, 0));
            assertEquals("Our words on event " + i, PackedTexts.unpack(p.array, p.at, 1));
        }
    }

    @Test
    void valuesMadeOnTwoThreadsAreEqualWhenTheirTextsAre() throws Exception {
        // Other arrays, other places in them: equal all the same, with equal hashes.
        java.util.concurrent.FutureTask<List<Object>> elsewhere = new java.util.concurrent.FutureTask<>(() -> {
            event("padding", "to move the next texts along").hashCode();
            return List.of(event("Talks", "Our words"), quote("What was said"));
        });
        new Thread(elsewhere, "another reader").start();
        List<Object> made = elsewhere.get(30, java.util.concurrent.TimeUnit.SECONDS);
        Event here = event("Talks", "Our words");
        Quote said = quote("What was said");
        assertEquals(here, made.get(0));
        assertEquals(here.hashCode(), made.get(0).hashCode());
        assertEquals(said, made.get(1));
        assertEquals(said.hashCode(), made.get(1).hashCode());
        assertNotEquals(event("Talks", "Our word"), made.get(0));
    }

    @Test
    void anEventAndAQuoteHoldNoneOfTheStringsTheyWereGiven() {
        String title = new String("The talks in the Hall of State".toCharArray());
        String summary = new String("Our words on them".toCharArray());
        String words = new String("What was said there".toCharArray());
        Event e = event(title, summary);
        Quote q = quote(words);
        List<WeakReference<String>> given = List.of(new WeakReference<>(title), new WeakReference<>(summary),
                new WeakReference<>(words));
        title = null;
        summary = null;
        words = null;
        for (int i = 0; i < 20 && given.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
        }
        assertTrue(given.stream().allMatch(r -> r.get() == null), "a given string is still held");
        assertEquals("The talks in the Hall of State", e.title());
        assertEquals("What was said there", q.text());
    }
}
