package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The window's toolkit-free parts: zones offered, export, copied text, recent files, the key table. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ShellPartsTest {
    private final Timeline bundled;

    ShellPartsTest() throws IOException {
        bundled = new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline();
    }

    /** A key's name of two words stays on one line in the key help; a longer gesture may wrap. */
    @Test
    void theKeyHelpHoldsEachKeysNameOnOneLine() {
        assertEquals("Left, Up, Page\u00a0Up, Backspace, right\u00a0click, wheel\u00a0up",
                KeyTable.unbroken("Left, Up, Page Up, Backspace, right click, wheel up"));
        assertEquals("Ctrl + plus / minus / 0", KeyTable.unbroken("Ctrl + plus / minus / 0"));
        assertEquals("a\u00a0number, then\u00a0Enter", KeyTable.unbroken("a number, then Enter"));
        assertEquals("+ / \u2212 (or Ctrl + wheel, pinch)",
                KeyTable.unbroken("+ / \u2212 (or Ctrl + wheel, pinch)"));
        assertEquals("Links, Hoch, Bild\u00a0auf, Rücktaste", KeyTable.unbroken("Links, Hoch, Bild auf, Rücktaste"));
        assertEquals("+ / \u2212 (Strg + Mausrad), Umschalt + Mausrad",
                KeyTable.unbroken("+ / \u2212 (Strg + Mausrad), Umschalt + Mausrad"));
        for (String whole : new String[] {"Tab / Shift+Tab on the time slider", "B or . / W", "F5, Shift+F5"}) {
            assertEquals(whole, KeyTable.unbroken(whole));
        }
    }

    @Test
    void zonesComeFromTheFileAndTheReaderWithoutRepeats() {
        List<ZoneChoices.Choice> axis = ZoneChoices.forAxis(bundled, ZoneId.of("Etc/UTC"), List.of());
        // A White House source tells its times in Washington's zone, and a time is written at -04:00.
        assertEquals(List.of("Helsinki (timeline's zone)", "New York (America/New_York)", "UTC"),
                axis.stream().map(ZoneChoices.Choice::label).toList(), "a reader in UTC is not offered UTC twice");
        List<ZoneChoices.Choice> second = ZoneChoices.forSecondAxis(axis, ZoneId.of("UTC"));
        assertEquals(List.of("No second axis", "Helsinki (timeline's zone)", "New York (America/New_York)"),
                second.stream().map(ZoneChoices.Choice::label).toList(), "with the axis in UTC, the second axis offers Helsinki");
        List<ZoneChoices.Choice> berlin = ZoneChoices.forAxis(bundled, ZoneId.of("Europe/Berlin"), List.of(ZoneId.of("Asia/Tokyo")));
        assertEquals(List.of("Helsinki (timeline's zone)", "New York (America/New_York)", "UTC", "Berlin (Europe/Berlin) (your zone)",
                "Tokyo (Asia/Tokyo)"), berlin.stream().map(ZoneChoices.Choice::label).toList());
        assertTrue(ZoneChoices.search("new yo").contains(ZoneId.of("America/New_York")));
        assertFalse(ZoneChoices.search("washington").contains(ZoneId.of("Europe/Helsinki")));
    }

    @Test
    void aTimelineInUtcNamesItsZoneUtc() {
        // A file in "UTC" (as a TimelineJS import is) named its zone "Coordinated Universal Time (timeline's zone)", long
        // enough to push the toolbar's last button into its overflow; chosen from the list the zone read "UTC".
        for (ZoneId utc : List.of(ZoneId.of("UTC"), ZoneOffset.UTC, ZoneId.of("Etc/UTC"))) {
            assertEquals("UTC", org.summittimeline.query.TimeText.city(utc), utc.getId());
        }
        assertEquals("Helsinki", org.summittimeline.query.TimeText.city(ZoneId.of("Europe/Helsinki")));
    }

    @Test
    void aZoneIsFoundByTheOtherNamesReadersTypeForIt() {
        // Capitals that share a zone named after another city, and German names (the German prompt says "Tokio").
        for (String[] typed : new String[][] {{"Beijing", "Asia/Shanghai"}, {"Washington", "America/New_York"},
            {"tokio", "Asia/Tokyo"}, {"Moskau", "Europe/Moscow"}, {"Zürich", "Europe/Zurich"}, {"new delhi", "Asia/Kolkata"}}) {
            assertTrue(ZoneChoices.search(typed[0]).contains(ZoneId.of(typed[1])), typed[0] + " finds " + typed[1]);
        }
        // Kyiv's zone is Europe/Kyiv in newer time-zone data and Europe/Kiev in older: either is found.
        assertTrue(ZoneChoices.search("Kiew").stream().anyMatch(z -> z.getId().equals("Europe/Kyiv")
                || z.getId().equals("Europe/Kiev")));
        assertEquals("Beijing", ZoneChoices.alsoCalled("Asia/Shanghai", "bei"));
        assertNull(ZoneChoices.alsoCalled("Europe/Moscow", "Mo"), "found by its own city, no other name to add");
        assertNull(ZoneChoices.alsoCalled("Asia/Tokyo", "Tok"));
        assertEquals(List.of(), ZoneChoices.search("Atlantis"));
    }

    /**
     * The copy's message names the references first, those after the first blank line; a quote's own line breaks
     * stay part of what is cited (counted as references, a quote's second line had come first).
     */
    @Test
    void aCopysMessageSaysItsReferencesFirst() {
        String nl = System.lineSeparator();
        assertEquals("Copied in APA (7th edition), with its reference: Associated Press. (2018, July 16). \u00b7 "
                + "Vladimir Putin: \u201cnonsense\u201d (Associated Press, 2018)", Findings.copiedMessage(
                "APA (7th edition)", "Vladimir Putin: \u201cnonsense\u201d (Associated Press, 2018)" + nl + nl
                + "Associated Press. (2018, July 16)."));
        assertEquals("Copied in MLA (9th edition), with its references: A. \u00b7 B. \u00b7 Talks (A; B)",
                Findings.copiedMessage("MLA (9th edition)", "Talks (A; B)" + nl + nl + "A." + nl + "B."));
        assertEquals("Copied in MLA (9th edition), with its reference: A. \u00b7 Trump: \u201cfirst line",
                Findings.copiedMessage("MLA (9th edition)", "Trump: \u201cfirst line" + nl + "second line\u201d (A)"
                        + nl + nl + "A."));
        assertEquals("Copied in MLA (9th edition): Talks", Findings.copiedMessage("MLA (9th edition)", "Talks"));
    }

    /**
     * Each zone is offered once, by its current name: the dialog had offered "Asmara" and "Asmera", and the links kept
     * for old programs ("US/Eastern", "Etc/GMT+5", whose sign is the reverse of its offset's). An old spelling still
     * finds its zone, and the row says so.
     */
    @Test
    void eachZoneIsOfferedOnceByItsCurrentName() {
        List<String> asm = ZoneChoices.search("asm").stream().map(ZoneId::getId).toList();
        assertTrue(asm.contains("Africa/Asmara") && !asm.contains("Africa/Asmera"), asm.toString());
        List<String> all = ZoneChoices.search("").stream().map(ZoneId::getId).toList();
        assertTrue(all.contains("UTC") && all.contains("Europe/Helsinki") && all.contains("America/Argentina/Cordoba"));
        for (String old : List.of("US/Eastern", "Etc/GMT+5", "Japan", "EST5EDT", "Asia/Calcutta", "Asia/Katmandu")) {
            assertFalse(all.contains(old), old);
        }
        assertTrue(ZoneChoices.search("Katmandu").contains(ZoneId.of("Asia/Kathmandu")));
        assertEquals("Katmandu", ZoneChoices.alsoCalled("Asia/Kathmandu", "katm"));
        assertFalse(ZoneChoices.search("south").contains(ZoneId.of("Australia/Adelaide")), "no direction for a name");
        assertEquals(List.of(ZoneId.of("Pacific/Apia")), ZoneChoices.search("Samoa"), "Samoa's zone, not American Samoa's");
    }

    @Test
    void theOffsetsTimesAreWrittenInAreOfferedAsTheFilesZoneOrElseAsTheOffset() {
        // Helsinki in July is +03:00: that time is the timeline's own zone; -04:00 names no zone of this file.
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"Europe/Helsinki\",\"sources\":[{\"id\":\"s\","
                + "\"publisher\":\"S\"}],\"categories\":[{\"id\":\"c\",\"label\":\"C\"}],\"events\":["
                + "{\"id\":\"a\",\"title\":\"A\",\"category\":\"c\",\"start\":\"2018-07-16T10:00+03:00\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]},"
                + "{\"id\":\"b\",\"title\":\"B\",\"category\":\"c\",\"start\":\"2018-07-16T08:00-04:00\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]},"
                + "{\"id\":\"z\",\"title\":\"Z\",\"category\":\"c\",\"start\":\"2018-07-16T20:00Z\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}]}";
        Timeline small = new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json")
                .timeline();
        List<String> labels = ZoneChoices.forAxis(small, ZoneId.of("UTC"), List.of()).stream()
                .map(ZoneChoices.Choice::label).toList();
        assertEquals(List.of("Helsinki (timeline's zone)", "UTC\u221204:00", "UTC"), labels);
    }

    @Test
    void aboutNamesEveryLibraryThePomShipsAndTheDatasSources() throws Exception {
        // The names About gives each artifact; a new dependency fails here until About (and this list) name it.
        Map<String, String> names = Map.ofEntries(Map.entry("javafx-controls", "JavaFX"),
                Map.entry("controlsfx", "ControlsFX"), Map.entry("atlantafx-base", "AtlantaFX"),
                Map.entry("ikonli-javafx", "Ikonli"), Map.entry("ikonli-materialdesign2-pack", "Material Design Icons"),
                Map.entry("commons-csv", "Commons CSV"), Map.entry("citeproc-java", "citeproc-java"),
                Map.entry("locales", "CSL locales"),
                Map.entry("jsoup", "jsoup \u2014 MIT"), Map.entry("gson", "Gson"),
                Map.entry("pdfbox", "PDFBox, FontBox, Apache Commons Logging \u2014 Apache 2.0"),
                Map.entry("commonmark", "commonmark-java"), Map.entry("commonmark-ext-gfm-tables", "commonmark-java"));
        String about = String.join("\n", HelpWindows.LIBRARIES);
        List<String> missing = new ArrayList<>();
        for (String artifact : runtimeDependencies()) {
            String name = names.get(artifact);
            if (name == null || !about.contains(name)) {
                missing.add(artifact);
            }
        }
        assertEquals(List.of(), missing, "runtime dependencies About leaves out");
        String data = Texts.get("window.about.data");
        assertTrue(data.contains("Associated Press") && data.contains("Apache License 2.0"), data);
    }

    /** The artifacts of the pom's own dependencies that ship with the program (not test, not a profile's). */
    private static List<String> runtimeDependencies() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        List<String> out = new ArrayList<>();
        for (Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element list && list.getTagName().equals("dependencies")) {
                NodeList deps = list.getElementsByTagName("dependency");
                for (int i = 0; i < deps.getLength(); i++) {
                    Element d = (Element) deps.item(i);
                    NodeList scope = d.getElementsByTagName("scope");
                    if (scope.getLength() == 0 || !scope.item(0).getTextContent().strip().equals("test")) {
                        out.add(d.getElementsByTagName("artifactId").item(0).getTextContent().strip());
                    }
                }
            }
        }
        assertTrue(out.contains("gson") && out.size() >= 8, "read the pom's dependencies: " + out);
        return out;
    }

    @Test
    void exportWritesTheChosenQuotesWithAByteOrderMarkAndANameFromTheTitle(@TempDir Path dir) throws IOException {
        AppState state = new AppState();
        state.queryProperty().set(new TimelineQuery(bundled));
        state.selectedEventProperty().set(bundled.event("press-conference").orElseThrow());
        state.filterProperty().set(QueryFilter.NONE.withSpeakers(java.util.Set.of("trump")));
        int panel = QuoteExport.quotes(QuoteExport.Scope.PANEL, state).size();
        int filtered = QuoteExport.quotes(QuoteExport.Scope.FILTERED, state).size();
        int every = QuoteExport.quotes(QuoteExport.Scope.EVERY, state).size();
        assertTrue(panel < filtered && filtered < every, panel + " < " + filtered + " < " + every);
        assertTrue(QuoteExport.suggestedName(bundled).endsWith("-quotes.csv"));
        assertTrue(QuoteExport.suggestedName(bundled).matches("[a-z0-9-]+\\.csv"), QuoteExport.suggestedName(bundled));
        Path csv = dir.resolve(QuoteExport.suggestedName(bundled));
        String said = QuoteExport.write(csv, null, bundled, QuoteExport.quotes(QuoteExport.Scope.FILTERED, state), true, ',');
        // The folder too: the name alone did not say where the save dialog had been.
        assertEquals("Exported " + filtered + " quotes to " + csv.getFileName() + " in "
                + csv.toAbsolutePath().getParent(), said);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\u00b6"));
        // Without the mark when the reader turns it off (for tools that would read it as part of the first name).
        QuoteExport.write(csv, null, bundled, QuoteExport.quotes(QuoteExport.Scope.FILTERED, state), false, ',');
        assertTrue(Files.readString(csv).startsWith("quote_id,"), "no mark before the header");
    }

    @Test
    void anEventIsCopiedWithTheSourcesWordsForItsTimesAndItsCitations() {
        var presser = bundled.event("press-conference").orElseThrow();
        String plain = SelectionText.event(presser, bundled, ZoneId.of("Europe/Helsinki"), false);
        assertTrue(plain.startsWith("Joint press conference, \u2248 16 Jul 18:05\u201318:35 EEST (\u201c"), plain);
        assertTrue(plain.contains("Approximately 11:10 a.m. EDT"), plain);
        String cited = SelectionText.event(presser, bundled, ZoneId.of("Europe/Helsinki"), true);
        assertTrue(cited.startsWith(plain + " \u2014 "), cited);
        assertTrue(cited.contains("Associated Press"), cited);
        // The bar says which event and how many sources came with it: after its times they had been cut off.
        // Sources, not citations: a report cited at two places is one source.
        List<org.summittimeline.model.Citation> all = new java.util.ArrayList<>(presser.sources());
        all.addAll(presser.start().sources());
        presser.start().accounts().forEach(a -> all.addAll(a.sources()));
        all.addAll(presser.end().sources());
        long sources = all.stream().map(org.summittimeline.model.Citation::sourceId).distinct().count();
        assertTrue(sources > 1 && cited.substring(plain.length() + 3).split("; ").length >= sources, cited);
        assertEquals("Copied the event with its " + sources + " sources: Joint press conference",
                SelectionText.eventCitedSaid(presser, bundled));
        // Where the sources disagree, each one's words in marks of their own.
        String talks = SelectionText.event(bundled.event("one-on-one").orElseThrow(), bundled,
                ZoneId.of("Europe/Helsinki"), false);
        assertTrue(talks.contains("(\u201c14:12\u201d / \u201cstill meeting"), talks);
        // In the window's language: a German copy had set the quote in English marks.
        var nonsense = bundled.quote("putin-nonsense").orElseThrow();
        assertEquals("\u201cnonsense\u201d", SelectionText.quote(nonsense, bundled, false));
        try {
            Texts.use(java.util.Locale.GERMAN);
            assertEquals("\u201enonsense\u201c", SelectionText.quote(nonsense, bundled, false));
            assertTrue(SelectionText.event(presser, bundled, ZoneId.of("Europe/Helsinki"), false)
                    .contains("(\u201eApproximately 11:10 a.m. EDT"), "German marks");
        } finally {
            Texts.use(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void recentFilesKeepTheTenLastNewestFirst() {
        RecentFiles recent = new RecentFiles(Settings.inMemory());
        for (int i = 0; i < 12; i++) {
            recent.remember(Path.of("/tmp/t" + i + ".json"));
        }
        recent.remember(Path.of("/tmp/t5.json"));
        List<Path> list = recent.list();
        assertEquals(10, list.size());
        assertEquals(Path.of("/tmp/t5.json"), list.get(0));
        assertEquals(Path.of("/tmp/t11.json"), list.get(1));
    }

    @Test
    void theReadmesKeyTablesAreTheProgramsOwn() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        assertEquals(KeyTable.viewer(), table(readme, "| keys | what they do |"));
        assertEquals(KeyTable.presentation(), table(readme, "| keys (a presentation clicker sends Page Down / Page Up) | what they do |"));
    }

    private static List<KeyTable.Row> table(List<String> lines, String header) {
        int at = lines.indexOf(header);
        assertTrue(at >= 0, "README has the table " + header);
        List<KeyTable.Row> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("| "); i++) {
            String row = lines.get(i);
            int split = row.indexOf(" | ");
            rows.add(new KeyTable.Row(row.substring(2, split), row.substring(split + 3, row.length() - 2)));
        }
        return rows;
    }
}
