package org.summittimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.BundledTimeline;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Category;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.PlacedLabel;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The timeline drawn without a window: sizes, pixels that are not blank, SVG that parses, and the file rules. */
@Tag("toolkit-free")
class TimelinePictureTest {
    private static Timeline helsinki;
    private static TimeIndex index;

    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    /** 16 July 2018, 12:00 to 20:00 in Helsinki: the talks and the press conference. */
    private static final double NOON = Instant.parse("2018-07-16T09:00:00Z").getEpochSecond();
    private static final double EVENING = NOON + 8 * 3600;

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki();
        index = new TimeIndex(helsinki);
    }

    private static TimelinePicture picture(LaneMode lanes, double scale, ImageTheme theme) {
        return new TimelinePicture(helsinki, index, new PictureRequest(lanes, null, NOON, EVENING, 1200, scale, theme, ZONE));
    }

    @Test
    void twiceTheScaleIsTwiceTheSizeOfTheSamePicture() {
        TimelinePicture once = picture(LaneMode.CATEGORY, 1, ImageTheme.LIGHT);
        BufferedImage one = once.image();
        BufferedImage two = picture(LaneMode.CATEGORY, 2, ImageTheme.LIGHT).image();
        assertEquals(1200, one.getWidth());
        assertEquals(once.height(), one.getHeight());
        assertEquals(2400, two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
    }

    @Test
    void thePictureShowsTheLanesColoursAndTitles() {
        BufferedImage image = picture(LaneMode.CATEGORY, 1, ImageTheme.LIGHT).image();
        int background = image.getRGB(1, 1);
        int drawn = 0;
        int pressConference = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                drawn += rgb != background ? 1 : 0;
                // The press conference's lane colour, #b07aa1, in the solid part of its bar.
                pressConference += (rgb & 0xffffff) == 0xb07aa1 ? 1 : 0;
            }
        }
        assertEquals(0xffffffff, background);
        assertTrue(drawn > image.getWidth() * image.getHeight() / 10, "a tenth of the picture is drawn on: " + drawn);
        assertTrue(pressConference > 100, "the press conference's bar is there: " + pressConference + " pixels");
    }

    /** A title in a bar is coloured as on screen: white on the palette's blue, where black won by 4.62 to 4.55. */
    @Test
    void aTitleInABarIsWhiteWhereWhiteReadsAndBlackElse() {
        assertEquals(java.awt.Color.WHITE, TimelinePicture.textOn(new java.awt.Color(0x4e79a7)));
        assertEquals(java.awt.Color.BLACK, TimelinePicture.textOn(new java.awt.Color(0xe15759)));
        assertEquals(java.awt.Color.WHITE, TimelinePicture.textOn(new java.awt.Color(0x1f2328)));
    }

    @Test
    void theDarkPictureHasADarkBackground() {
        BufferedImage image = picture(LaneMode.CATEGORY, 1, ImageTheme.DARK).image();
        assertEquals(0xff0d1117, image.getRGB(1, 1));
    }

    @Test
    void everyTitleStandsWholeBecauseThePictureDoesNotScroll() {
        TimelinePicture p = picture(LaneMode.ACTOR, 1, ImageTheme.LIGHT);
        List<PlacedLabel> labels = p.layout().labels();
        assertTrue(labels.size() > 10);
        assertTrue(labels.stream().allMatch(PlacedLabel::whole), "no title cut with an ellipsis");
        assertTrue(p.layout().marks().stream().noneMatch(m -> m.isCluster()), "nothing merged into a cluster");
    }

    @Test
    void aPictureOfAStretchOfTimeHasOnlyTheLanesWithSomethingInIt() {
        // 16 July, 18:00 to 19:00 in Helsinki: the protester and the press conference; Niinistö's breakfast that
        // morning and the arrivals are outside it.
        double six = Instant.parse("2018-07-16T15:00:00Z").getEpochSecond();
        TimelinePicture p = new TimelinePicture(helsinki, index,
                new PictureRequest(LaneMode.ACTOR, null, six, six + 3600, 1200, 1, ImageTheme.LIGHT, ZONE));
        List<String> lanes = p.lanes().all().stream().map(l -> l.label()).toList();
        assertTrue(lanes.contains("Vladimir Putin") && lanes.contains("Sam Husseini"), lanes.toString());
        assertFalse(lanes.contains("Sauli Niinist\u00f6"), lanes.toString());
        assertTrue(lanes.size() < Lanes.of(helsinki, LaneMode.ACTOR).size(), lanes.toString());
    }

    /**
     * No fading band is drawn after a mark it covers: bands and clusters' spans go under every mark, as in the window
     * (drawn with its mark, a band had covered the diamonds and cluster discs before it in its row); and each diamond
     * stands in a halo of the background, so that on a band of its own colour it keeps its outline.
     */
    @Test
    void noBandIsDrawnOverAMarkBeforeIt() throws IOException {
        // Eighty statements at noon, more than the picture's rows (59 for one lane), and an uncertain moment at 12:05 that the full rows
        // put in the first, its band from 11:55 across the first statement's diamond.
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            events.append("{\"id\":\"e").append(i).append("\",\"title\":\"A statement at noon, number ").append(i)
                    .append("\",\"category\":\"c\",\"start\":\"2018-07-16T12:00+03:00\",")
                    .append("\"sources\":[{\"source\":\"s\",\"paragraph\":1}]},");
        }
        events.append("{\"id\":\"u\",\"title\":\"Uncertain\",\"category\":\"c\",\"start\":{\"earliest\":")
                .append("\"2018-07-16T11:55+03:00\",\"latest\":\"2018-07-16T12:15+03:00\"},")
                .append("\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}");
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"Europe/Helsinki\","
                + "\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"c\",\"label\":\"C\"}],\"events\":[" + events + "]}";
        var loaded = new org.summittimeline.format.TimelineLoader().load(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "noon.json");
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        Timeline dense = loaded.timeline();
        TimeIndex denseIndex = new TimeIndex(dense);
        double from = Instant.parse("2018-07-16T08:30:00Z").getEpochSecond();
        TimelinePicture picture = new TimelinePicture(dense, denseIndex, new PictureRequest(LaneMode.CATEGORY, null,
                from, from + 3600, 1200, 1, ImageTheme.LIGHT, ZONE));
        // What is drawn, in order: each band as its row's middle and its extent, each disc and diamond as its centre.
        List<double[]> bands = new ArrayList<>();
        List<double[]> marks = new ArrayList<>();
        List<Object[]> polygons = new ArrayList<>();
        int[] order = {0};
        picture.draw(new Surface() {
            @Override public void fillRect(double x, double y, double w, double h, java.awt.Color c) { order[0]++; }
            @Override public void fillRoundRect(double x, double y, double w, double h, double arc, java.awt.Color c) {
                order[0]++;
            }
            @Override public void strokeRoundRect(double x, double y, double w, double h, double arc, java.awt.Color c,
                                                  double width) {
                order[0]++;
            }
            @Override public void line(double x0, double y0, double x1, double y1, java.awt.Color c, double width) {
                order[0]++;
            }
            @Override public void fillPolygon(double[] xs, double[] ys, java.awt.Color c) {
                polygons.add(new Object[] {xs[1] - xs[0], c});
                marks.add(new double[] {order[0]++, xs[0], ys[1]});
            }
            @Override public void fillCircle(double cx, double cy, double r, java.awt.Color c) {
                marks.add(new double[] {order[0]++, cx, cy});
            }
            @Override public void fade(double x, double y, double w, double h, java.awt.Color c, double peak, Fade fade) {
                if (fade == Fade.BAND) {
                    bands.add(new double[] {order[0], x, x + w, y + h / 2});
                }
                order[0]++;
            }
            @Override public void text(String text, double x, double y, TextStyle style, java.awt.Color c, boolean centred) {
                order[0]++;
            }
        });
        int covered = 0;
        for (double[] band : bands) {
            for (double[] mark : marks) {
                if (Math.abs(mark[2] - band[3]) < 0.5 && mark[1] > band[1] && mark[1] < band[2]) {
                    covered++;
                    assertTrue(band[0] < mark[0], "a band from x " + band[1] + " to " + band[2] + " drawn after the mark at "
                            + mark[1] + ", " + mark[2]);
                }
            }
        }
        assertTrue(covered >= 1, "a mark on another's band: " + covered);
        // Each diamond stands in a halo of the background drawn just before it, wider than its edge, as in the window.
        int diamonds = 0;
        for (int k = 0; k < polygons.size(); k++) {
            // A diamond is its colour, then its edge and inside again: its first polygon 6 px wide is the one after the halo.
            if ((double) polygons.get(k)[0] == 6 && (k == 0 || (double) polygons.get(k - 1)[0] != 6)) {
                diamonds++;
                assertTrue(k > 0 && (double) polygons.get(k - 1)[0] > 7, "the halo reaches past the diamond's tips");
                java.awt.Color halo = (java.awt.Color) polygons.get(k - 1)[1];
                assertEquals(ImageTheme.LIGHT.background.getRGB() & 0xffffff, halo.getRGB() & 0xffffff, "in the background's colour");
            }
        }
        assertTrue(diamonds >= 1, "the picture has diamonds: " + diamonds);
    }

    @Test
    void theSvgParsesAsXmlAndNamesEveryLane() throws Exception {
        String svg = picture(LaneMode.ACTOR, 2, ImageTheme.LIGHT).svg();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("2400", doc.getDocumentElement().getAttribute("width"));
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int k = 0; k < nodes.getLength(); k++) {
            texts.add(nodes.item(k).getTextContent());
        }
        for (var actor : List.of("Donald Trump", "Vladimir Putin", "Sam Husseini", "Jeff Mason")) {
            assertTrue(texts.contains(actor), actor + " names a lane");
        }
        assertTrue(texts.contains("Joint press conference"));
        assertTrue(texts.contains(helsinki.title()));
    }

    @Test
    void markupInTheDataIsEscapedInTheSvg() throws Exception {
        Instant at = Instant.parse("2020-01-01T10:00:00Z");
        Timeline hostile = new Timeline(1, "<script>&\"'", null, ZoneId.of("UTC"), LocalDate.of(2020, 1, 1), List.of(),
                List.of(), List.of(new Category("c", "A & B <lane>", null)),
                List.of(new Event("e", "]]></text><x a='1'>", "c", List.of(), null, null,
                        TimeBound.exact(at, Precision.MINUTE), null, List.of())), List.of());
        String svg = new TimelinePicture(hostile, new TimeIndex(hostile), new PictureRequest(LaneMode.CATEGORY, null,
                at.getEpochSecond() - 3600, at.getEpochSecond() + 3600, 800, 1, ImageTheme.LIGHT, ZoneId.of("UTC"))).svg();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        String all = doc.getDocumentElement().getTextContent();
        assertTrue(all.contains("A & B <lane>"));
        assertTrue(all.contains("]]></text><x a='1'>"));
        assertTrue(all.contains("<script>&\"'"));
    }

    @Test
    void thePngIsWrittenThroughSafeWriteAndNeverOverTheOpenFile(@TempDir Path dir) throws IOException {
        Path open = Files.writeString(dir.resolve("timeline.json"), "{}");
        TimelinePicture p = picture(LaneMode.CATEGORY, 1, ImageTheme.LIGHT);
        assertThrows(SafeWrite.Refused.class, () -> p.writePng(open, open));
        assertEquals("{}", Files.readString(open));
        Path png = dir.resolve("t.png");
        p.writePng(png, open);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(1200, read.getWidth());
    }

    @Test
    void theSvgIsWrittenThroughSafeWriteAndNeverOverTheOpenFile(@TempDir Path dir) throws IOException {
        Path open = Files.writeString(dir.resolve("timeline.json"), "{}");
        TimelinePicture p = picture(LaneMode.CATEGORY, 1, ImageTheme.LIGHT);
        Files.createSymbolicLink(dir.resolve("link.svg"), open);
        Files.createDirectory(dir.resolve("sub"));
        for (Path target : List.of(open, dir.resolve("link.svg"), dir.resolve("sub").resolve("..").resolve("timeline.json"))) {
            SafeWrite.Refused refused = assertThrows(SafeWrite.Refused.class, () -> p.writeSvg(target, open));
            assertTrue(refused.getMessage().startsWith("refused to write " + target + ": it is the open timeline"),
                    refused.getMessage());
            assertEquals("{}", Files.readString(open));
        }
        Path svg = dir.resolve("t.svg");
        p.writeSvg(svg, open);
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrAnOddWidthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PictureRequest(LaneMode.CATEGORY, null, EVENING, NOON, 1200, 1, ImageTheme.LIGHT, ZONE));
        assertThrows(IllegalArgumentException.class,
                () -> new PictureRequest(LaneMode.CATEGORY, null, NOON, EVENING, 100, 1, ImageTheme.LIGHT, ZONE));
        assertThrows(IllegalArgumentException.class,
                () -> new PictureRequest(LaneMode.CATEGORY, null, NOON, EVENING, 1200, 3, ImageTheme.LIGHT, ZONE));
    }

    /** The line under the title writes its dates as the window's language does, as it writes its words. */
    @Test
    void theSubtitleWritesItsDatesInTheWindowsLanguage() {
        TimelinePicture day = picture(LaneMode.CATEGORY, 1, ImageTheme.LIGHT);
        TimelinePicture days = new TimelinePicture(helsinki, index,
                new PictureRequest(LaneMode.CATEGORY, null, NOON - 24 * 3600, EVENING, 1200, 1, ImageTheme.LIGHT, ZONE));
        assertTrue(day.subtitle().startsWith("Monday, 16 July 2018, 12:00 \u2013 20:00 (Europe/Helsinki) \u00b7 lanes"),
                day.subtitle());
        assertTrue(days.subtitle().startsWith("15 Jul 2018 12:00 \u2013 16 Jul 2018 20:00 (Europe/Helsinki)"),
                days.subtitle());
        org.summittimeline.ui.Texts.use(Locale.GERMANY);
        try {
            // A German picture had said "15 Jul 2018 18:22" beside "Bahnen nach Kategorie".
            assertTrue(day.subtitle().startsWith("Montag, 16. Juli 2018, 12:00 \u2013 20:00 (Europe/Helsinki) \u00b7 Bahnen"),
                    day.subtitle());
            assertTrue(days.subtitle().startsWith("15.07.2018 12:00 \u2013 16.07.2018 20:00"), days.subtitle());
        } finally {
            org.summittimeline.ui.Texts.use(Locale.ENGLISH);
        }
    }

    @Test
    void typedTimesAreReadInTheTimelinesZone() {
        assertEquals(NOON, TimeInput.parse("2018-07-16 12:00", ZONE).getAsLong());
        assertEquals(NOON, TimeInput.parse("2018-07-16T12:00", ZONE).getAsLong());
        assertEquals(NOON, TimeInput.parse("2018-07-16T09:00Z", ZONE).getAsLong());
        assertEquals(NOON - 12 * 3600, TimeInput.parse("2018-07-16", ZONE).getAsLong());
        assertTrue(TimeInput.parse("16/07/2018", ZONE).isEmpty(), "the command line reads ISO alone");
        // A dialog also reads the date as the reader's language writes it in figures, and writes it so.
        Locale german = Locale.GERMANY;
        assertEquals("16.07.2018 12:00", TimeInput.format((long) NOON, ZONE, german));
        assertEquals("16/07/2018 12:00", TimeInput.format((long) NOON, ZONE, Locale.UK));
        assertEquals(NOON, TimeInput.parse("16.07.2018 12:00", ZONE, german).getAsLong());
        assertEquals(NOON, TimeInput.parse("16.7.2018  12:00", ZONE, german).getAsLong());
        assertEquals(NOON - 12 * 3600, TimeInput.parse("16.7.2018", ZONE, german).getAsLong());
        assertEquals(NOON, TimeInput.parse("2018-07-16 12:00", ZONE, german).getAsLong());
        assertEquals(NOON, TimeInput.parse("16/07/2018 12:00", ZONE, Locale.UK).getAsLong());
        assertTrue(TimeInput.parse("16/07/2018 12:00", ZONE, german).isEmpty());
        assertTrue(TimeInput.parse("31.02.2018", ZONE, german).isEmpty(), "no 31 February");
        assertTrue(TimeInput.parse("2018-07-32", ZONE).isEmpty());
    }

    @Test
    void aTimeWithATimesShapeNamesTheFigureOutOfItsRange() {
        Locale german = Locale.GERMANY;
        assertEquals(Optional.of(new TimeInput.OutOfRange(ChronoField.HOUR_OF_DAY, 25, 0, 23)),
                TimeInput.outOfRange("16.07.2018 25:00", german));
        assertEquals(Optional.of(new TimeInput.OutOfRange(ChronoField.HOUR_OF_DAY, 24, 0, 23)),
                TimeInput.outOfRange("2018-07-16 24:00", german), "ISO too; 24:00 is not read as midnight");
        assertEquals(Optional.of(new TimeInput.OutOfRange(ChronoField.DAY_OF_MONTH, 31, 1, 30)),
                TimeInput.outOfRange("31.6.2018", german), "June's own length");
        assertEquals(Optional.of(new TimeInput.OutOfRange(ChronoField.DAY_OF_MONTH, 29, 1, 28)),
                TimeInput.outOfRange("29/02/2019", Locale.UK));
        assertEquals(Optional.of(new TimeInput.OutOfRange(ChronoField.MONTH_OF_YEAR, 13, 1, 12)),
                TimeInput.outOfRange("2018-13-01", Locale.UK), "the month before its day");
        assertEquals(Optional.of(new TimeInput.OutOfRange(ChronoField.MINUTE_OF_HOUR, 61, 0, 59)),
                TimeInput.outOfRange("16/07/2018 14:61", Locale.UK));
        assertEquals(Optional.empty(), TimeInput.outOfRange("16 July", Locale.UK), "not a time's shape");
        assertEquals(Optional.empty(), TimeInput.outOfRange("16/07/2018 14:00", Locale.UK), "a time");
        assertEquals(Optional.empty(), TimeInput.outOfRange("2018-07-16T12:00+25:00", Locale.UK),
                "an offset out of range is no field of ours, and no exception");
    }
}
