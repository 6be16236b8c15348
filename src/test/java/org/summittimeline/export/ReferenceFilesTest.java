package org.summittimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.BundledTimeline;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Source;
import org.summittimeline.model.SourceDate;

/** The sources as reference-manager files, each read back by a parser that did not write it. */
@Tag("toolkit-free")
class ReferenceFilesTest {
    private static List<Source> helsinki;

    private static final LocalDate CHECKED = LocalDate.of(2026, 11, 30);

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki().sources();
    }
    /** Characters each format must carry through: TeX's specials, quotes, accents, a line break. */
    private static final Source AWKWARD = new Source("odd id, {1}", "Smith & Söhne 100% #1",
            "A_b {c} \"d\" ~e^ \\f\nsecond line", new SourceDate(2019, 7, 0), "https://example.org/a%20b?x={1}&y_z");

    private static String write(ReferenceFormat format, List<Source> sources) throws IOException {
        StringWriter out = new StringWriter();
        ReferenceFiles.write(format, sources, CHECKED, out);
        return out.toString();
    }

    @Test
    void cslJsonReadsBackAsTheItemsOfEverySource() throws IOException {
        JsonArray items = JsonParser.parseString(write(ReferenceFormat.CSL_JSON, helsinki)).getAsJsonArray();
        assertEquals(48, items.size());
        Map<String, JsonObject> byId = items.asList().stream().map(e -> e.getAsJsonObject())
                .collect(Collectors.toMap(o -> o.get("id").getAsString(), o -> o));
        JsonObject newsday = byId.get("guardian");
        assertEquals("article-newspaper", newsday.get("type").getAsString());
        assertEquals("Activist tells of detention for disrupting Trump-Putin summit", newsday.get("title").getAsString());
        assertEquals("The Guardian", newsday.get("container-title").getAsString());
        assertEquals("https://www.theguardian.com/world/2018/jul/18/activist-tells-of-detention-for-disrupting-trump-putin-summit",
                newsday.get("URL").getAsString());
        assertEquals("[[2018,7,18]]", newsday.getAsJsonObject("issued").get("date-parts").toString());
        assertEquals("[[2026,11,30]]", newsday.getAsJsonObject("accessed").get("date-parts").toString());
        JsonObject ap = byId.get("ap");
        assertEquals("Associated Press", ap.getAsJsonArray("author").get(0).getAsJsonObject().get("literal").getAsString());
        assertNull(ap.get("accessed"), "no address, so nothing was accessed");
    }

    @Test
    void cslJsonKeepsEveryCharacter() throws IOException {
        JsonObject item = JsonParser.parseString(write(ReferenceFormat.CSL_JSON, List.of(AWKWARD))).getAsJsonArray()
                .get(0).getAsJsonObject();
        assertEquals(AWKWARD.title(), item.get("title").getAsString());
        assertEquals("[[2019,7]]", item.getAsJsonObject("issued").get("date-parts").toString());
    }

    @Test
    void bibtexReadsBackWithJBibTeXsParser() throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(write(ReferenceFormat.BIBTEX, helsinki)));
        assertEquals(48, db.getEntries().size());
        BibTeXEntry newsday = db.resolveEntry(new Key("guardian"));
        assertEquals(BibTeXEntry.TYPE_MISC, newsday.getType());
        // Each word with a capital braced: plain and abbrv lowercase the rest ("Trump-putin summit").
        assertEquals("{Activist} tells of detention for disrupting {Trump}-{Putin} summit",
                newsday.getField(BibTeXEntry.KEY_TITLE).toUserString());
        assertEquals("The Guardian", newsday.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString());
        assertEquals("2018", newsday.getField(BibTeXEntry.KEY_YEAR).toUserString());
        // Written as BibTeX's month macro, jul, which the parser resolves to the month's name.
        assertEquals("July", newsday.getField(BibTeXEntry.KEY_MONTH).toUserString());
        assertEquals("2018-07-18", newsday.getField(new Key("date")).toUserString());
        assertEquals("2026-11-30", newsday.getField(new Key("urldate")).toUserString());
        assertEquals("{Associated Press}", db.resolveEntry(new Key("ap")).getField(BibTeXEntry.KEY_AUTHOR).toUserString());
    }

    /** "Associated Press via Newsday" had stood as the author's name in Zotero and JabRef. */
    @Test
    void aReprintedWireReportHasTheAgencyAsAuthorAndThePaperAsPublication() throws Exception {
        List<Source> reprints = helsinki.stream().filter(s -> s.id().equals("ap-live") || s.id().equals("ap-newsday"))
                .toList();
        List<String> ris = write(ReferenceFormat.RIS, reprints).lines().toList();
        assertEquals(List.of("TY  - NEWS", "ID  - ap-live", "AU  - Associated Press",
                "TI  - LIVE: Here's the latest on Trump-Putin summit meeting in Finland", "T2  - KSAT", "PB  - KSAT"),
                ris.subList(0, 6));
        assertEquals(List.of("TY  - NEWS", "ID  - ap-newsday", "AU  - Associated Press", "T2  - Newsday",
                "PB  - Newsday"), ris.subList(ris.indexOf("ID  - ap-newsday") - 1, ris.indexOf("ID  - ap-newsday") + 4));
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(write(ReferenceFormat.BIBTEX, reprints)));
        BibTeXEntry newsday = db.resolveEntry(new Key("ap-newsday"));
        assertEquals("{Associated Press}", newsday.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("Newsday", newsday.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString());
        assertEquals("Newsday", newsday.getField(BibTeXEntry.KEY_PUBLISHER).toUserString());
        JsonObject item = JsonParser.parseString(write(ReferenceFormat.CSL_JSON, reprints)).getAsJsonArray().get(0)
                .getAsJsonObject();
        assertEquals("Associated Press", item.getAsJsonArray("author").get(0).getAsJsonObject().get("literal")
                .getAsString());
        assertEquals("KSAT", item.get("container-title").getAsString());
    }

    @Test
    void bibtexEscapesWhatTeXWouldRunAndMakesEveryKeyUsable() throws Exception {
        Source again = new Source("odd id, {1}", "Other", "Other", null, null);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(write(ReferenceFormat.BIBTEX, List.of(AWKWARD, again))));
        assertEquals(List.of("odd-id---1-", "odd-id---1--2"), db.getEntries().keySet().stream().map(Key::getValue).toList());
        BibTeXEntry entry = db.getEntries().values().iterator().next();
        assertEquals("{A}\\_b \\{c\\} \"d\" \\textasciitilde{}e\\textasciicircum{} \\textbackslash{}f\nsecond line",
                entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
        assertEquals("Smith \\& Söhne 100\\% \\#1", entry.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString());
        // Verbatim, as biblatex and JabRef read an address: an escaped "\\%" broke the link.
        assertEquals("https://example.org/a%20b?x=%7B1%7D&y_z", entry.getField(BibTeXEntry.KEY_URL).toUserString());
    }

    @Test
    void aTitlesCapitalsAreBracedWordByWordAndACommandIsLeftWhole() {
        assertEquals("{U}.{S}.-{Russia} ({Video}) [{Translated}] \\textbackslash{}{Über} {iPhone} 2018 talks",
                ReferenceFiles.capitalsKept("U.S.-Russia (Video) [Translated] \\textbackslash{}Über iPhone 2018 talks"));
        assertEquals("no capitals here \\& none", ReferenceFiles.capitalsKept("no capitals here \\& none"));
    }

    @Test
    void risHasATypeAndAnEndForEachSourceAndOneFieldALine() throws IOException {
        String ris = write(ReferenceFormat.RIS, List.of(helsinki.get(0), AWKWARD));
        assertTrue(ris.endsWith("ER  - \r\n"));
        List<String> lines = ris.lines().toList();
        assertEquals(List.of("TY  - NEWS", "ID  - ap", "AU  - Associated Press", "PB  - Associated Press", "PY  - 2018",
                "DA  - 2018/07/16/", "ER  - "), lines.subList(0, 7));
        assertEquals(List.of("TY  - NEWS", "ID  - odd id, {1}", "TI  - A_b {c} \"d\" ~e^ \\f second line",
                "T2  - Smith & Söhne 100% #1", "PB  - Smith & Söhne 100% #1", "PY  - 2019", "DA  - 2019/07//",
                "UR  - https://example.org/a%20b?x={1}&y_z", "Y2  - 2026/11/30", "ER  - "), lines.subList(7, 17));
        assertTrue(lines.stream().allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*")), "every line is TAG  - value");
        assertFalse(ris.replace("\r\n", "").contains("\n"), "lines end in CRLF");
    }

    @Test
    void exportGoesThroughSafeWriteAndNeverOverTheOpenFile(@TempDir Path dir) throws IOException {
        Path open = Files.writeString(dir.resolve("timeline.json"), "{}");
        assertThrows(SafeWrite.Refused.class,
                () -> ReferenceFiles.export(ReferenceFormat.RIS, helsinki, CHECKED, open, open));
        assertEquals("{}", Files.readString(open));
        Path target = dir.resolve("sources.bib");
        ReferenceFiles.export(ReferenceFormat.BIBTEX, helsinki, CHECKED, target, open);
        assertTrue(Files.readString(target, StandardCharsets.UTF_8).contains("@misc{guardian,"));
    }
}
