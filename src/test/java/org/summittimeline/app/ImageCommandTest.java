package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** --export-png and --export-svg: a picture from the command line, without a display. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ImageCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) {
        return CommandLine.runWithoutWindow(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBundledFileBecomesAPngOfTheRequestedWidth() throws IOException {
        Path png = dir.resolve("helsinki.png");
        assertEquals(0, run("--export-png", png.toString(), "--width", "1000", "data/helsinki-2018-summit.json"), errors());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertTrue(image.getHeight() > 200);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(png + ": 1000 \u00d7 "));
    }

    @Test
    void aRangeLanesByActorAndTwiceTheScale() throws IOException {
        Path png = dir.resolve("day.png");
        assertEquals(0, run("--export-png", png.toString(), "--from", "2018-07-16T12:00", "--to", "2018-07-16T20:00",
                "--lanes", "actor", "--scale", "2", "--width", "800"), errors());
        assertEquals(1600, ImageIO.read(png.toFile()).getWidth());
        // The count is of what the picture shows, as its subtitle says, not of the whole file.
        assertTrue(out.toString(StandardCharsets.UTF_8).trim().endsWith(" pixels, 8 of 12 events"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void svgToo() throws IOException {
        Path svg = dir.resolve("t.svg");
        assertEquals(0, run("--export-svg", svg.toString(), "--dark"), errors());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("Press conference"));
    }

    @Test
    void aTimeThatIsNotATimeIsAUsageErrorThatSaysWhatToWrite() {
        assertEquals(2, run("--export-png", dir.resolve("x.png").toString(), "--from", "16.7.2018"));
        assertTrue(errors().contains("--from \"16.7.2018\" is not a time; write 2018-07-16T14:00 (in Europe/Helsinki)"),
                errors());
        assertFalse(Files.exists(dir.resolve("x.png")));
        assertEquals(2, run("--export-png", dir.resolve("x.png").toString(), "--to", "2018-07-16T25:00"));
        assertTrue(errors().contains("--to \"2018-07-16T25:00\" is not a time: hour 25 is not between 0 and 23; write "),
                errors());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("--export-png"));
        assertEquals(2, run("--export-png", "x.png", "--width", "wide"));
        assertEquals(2, run("--export-png", "x.png", "--lanes", "topic"));
        assertEquals(2, run("--export-png", "x.png", "--scale", "3"));
        assertEquals(2, run("--export-png", "x.png", "--from", "2018-07-17", "--to", "2018-07-16"));
        assertTrue(errors().contains("--to must come after --from"));
    }

    @Test
    void theFileDrawnIsNeverOverwritten() throws IOException {
        Path copy = Files.copy(Path.of("data/helsinki-2018-summit.json"), dir.resolve("t.json"));
        byte[] before = Files.readAllBytes(copy);
        assertEquals(1, run("--export-png", copy.toString(), copy.toString()));
        assertTrue(errors().contains("not written"), errors());
        assertEquals(before.length, Files.readAllBytes(copy).length);
    }

    @Test
    void helpListsTheImageOptions() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--export-png", "--export-svg", "--width", "--from", "--to", "--lanes",
            "--scale", "--dark"}) {
            assertTrue(help.contains(option), option);
        }
    }
}
