package org.summittimeline.ui.help;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Timeline File Format: the description the jar carries, its sections to jump to, the schema to save. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FormatGuideTest {
    @TempDir
    Path folder;

    @BeforeEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    /** The plate stands behind the words' letters, edge for edge (a pixel's leeway for its rounding). */
    private static void assertPlateBehind(javafx.scene.shape.Path plate, Text text, String where) {
        assertEquals(text.getParent(), plate.getParent(), where + ": the plate stands in the place's paragraph");
        Bounds letters = text.getBoundsInParent();
        // Within the plate's stroke, which is there but not drawn.
        Bounds behind = plate.getBoundsInParent();
        assertEquals(letters.getMinX(), behind.getMinX() + 1, 1.5, where + ": " + behind + " behind " + letters);
        assertEquals(letters.getMinY(), behind.getMinY() + 1, 1.5, where + ": " + behind + " behind " + letters);
        assertEquals(letters.getWidth(), behind.getWidth() - 2, 2, where + ": " + behind + " behind " + letters);
    }

    @AfterEach
    void close() throws TimeoutException {
        Texts.use(Locale.ENGLISH);
        FxToolkit.cleanupStages();
    }

    private Stage open(FxRobot robot) {
        Stage[] stage = new Stage[1];
        Fx.interact(() -> {
            stage[0] = FormatGuide.window(null, new SaveFolder(Settings.inMemory(), () -> null), target -> null);
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage[0];
    }

    /** A window shown with the style sheet {@code sheet}, to open the guide from. */
    private static Stage ownerWith(String sheet) throws Exception {
        return fx(() -> {
            Stage made = new Stage();
            made.setScene(new Scene(new Label("window"), 300, 200));
            made.getScene().getStylesheets().add(sheet);
            made.show();
            return made;
        });
    }

    /** The headings of sections (## and ###) of docs/FORMAT.md, outside its code blocks, read as plain lines. */
    private static List<String> sectionsOfTheFile() throws Exception {
        List<String> titles = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(Path.of("docs/FORMAT.md"))) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (!code && (line.startsWith("## ") || line.startsWith("### "))) {
                titles.add(line.replaceFirst("^#+ ", "").replace("`", ""));
            }
        }
        return titles;
    }

    @Test
    void everySectionOfTheDescriptionIsListedAndChoosingOneBringsItToTheTop(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        ListView<?> contents = (ListView<?>) stage.getScene().lookup("#format-guide-contents");
        List<String> listed = contents.getItems().stream().map(s -> ((MarkdownPage.Section) s).title()).toList();
        assertEquals(sectionsOfTheFile(), listed);

        ScrollPane page = (ScrollPane) stage.getScene().lookup("#format-guide-page");
        for (String title : List.of("Times", "Lessons (*.lesson.json)", "Header")) {
            MarkdownPage.Section section = contents.getItems().stream().map(s -> (MarkdownPage.Section) s)
                    .filter(s -> s.title().equals(title)).findFirst().orElseThrow();
            robot.clickOn(cell(robot, contents, title));
            WaitForAsyncUtils.waitForFxEvents();
            double top = fx(() -> topInViewport(page, section.node()));
            assertTrue(top >= 0 && top < 40, title + " stands at the page's top, " + top + " px below it");
        }
        // The example, last, is long enough to stand at the top too; back to the first, the page is at its start.
        MarkdownPage.Section last = (MarkdownPage.Section) contents.getItems().get(contents.getItems().size() - 1);
        Fx.interact(() -> contents.scrollTo(contents.getItems().size() - 1));
        robot.clickOn(cell(robot, contents, last.title()));
        WaitForAsyncUtils.waitForFxEvents();
        double top = fx(() -> topInViewport(page, last.node()));
        assertTrue(top >= 0 && top < 40, "the example's heading is at the top: " + top);
        Fx.interact(() -> contents.scrollTo(0));
        robot.clickOn(cell(robot, contents, listed.get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(page::getVvalue) < 0.1, "the first section is near the page's start");
        // The page scrolled away by hand, a click on the section chosen already brings it back.
        Fx.interact(() -> page.setVvalue(0.6));
        robot.clickOn(cell(robot, contents, listed.get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(page::getVvalue) < 0.1, "the chosen section again, at the page's start: " + fx(page::getVvalue));
    }

    /** The list's cell that shows {@code title} (not the page's heading of the same words). */
    private static ListCell<?> cell(FxRobot robot, ListView<?> contents, String title) {
        return robot.from(contents).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    /**
     * A place found near its section's heading is shown from the heading: a quarter down, "paraphrase" in the quotes'
     * table had left the heading "quotes" and the table's header row cut in half at the top.
     */
    @Test
    void aPlaceNearItsHeadingIsShownFromTheHeading(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        ScrollPane page = (ScrollPane) stage.getScene().lookup("#format-guide-page");
        Fx.interact(() -> ((TextField) stage.getScene().lookup("#format-guide-find")).setText("paraphrase"));
        WaitForAsyncUtils.waitForFxEvents();
        MarkdownPage.Section chosen = (MarkdownPage.Section) fx(() -> ((ListView<?>) stage.getScene()
                .lookup("#format-guide-contents")).getSelectionModel().getSelectedItem());
        assertEquals("quotes", chosen.title());
        double top = fx(() -> topInViewport(page, chosen.node()));
        assertTrue(top >= 0 && top < 40, "the heading whole at the top: " + top);
        Node current = fx(() -> page.getContent().lookup(".md-found-current"));
        double place = fx(() -> topInViewport(page, current));
        double view = fx(() -> page.getViewportBounds().getHeight());
        assertTrue(place > top && place < view, "and the place in view: " + place + " of " + view);
    }

    private static double topInViewport(ScrollPane page, Node node) {
        Bounds heading = node.localToScene(node.getBoundsInLocal());
        Node viewport = page.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getBoundsInLocal());
        return heading.getMinY() - view.getMinY();
    }

    @Test
    void theKeysMoveThePageAndCloseTheGuideWhereverTheFocusIsAndTheListFollowsTheReading(FxRobot robot)
            throws Exception {
        Stage stage = open(robot);
        ListView<?> contents = (ListView<?>) stage.getScene().lookup("#format-guide-contents");
        ScrollPane page = (ScrollPane) stage.getScene().lookup("#format-guide-page");
        Fx.interact(() -> page.setVvalue(0));
        robot.clickOn(cell(robot, contents, "Header"));
        double before = fx(page::getVvalue);
        Fx.type(KeyCode.PAGE_DOWN);
        double after = fx(page::getVvalue);
        double room = fx(() -> page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight());
        double viewport = fx(() -> page.getViewportBounds().getHeight());
        assertEquals(viewport * 0.9, (after - before) * room, 2, "Page Down moves the page by most of a screen");
        Fx.typeWith(KeyCode.CONTROL, KeyCode.END);
        assertEquals(1.0, fx(page::getVvalue), 1e-9);
        // The list says which section is being read: at the end, the example.
        MarkdownPage.Section chosen = (MarkdownPage.Section) fx(() -> contents.getSelectionModel().getSelectedItem());
        assertEquals("A complete example", chosen.title());
        Fx.typeWith(KeyCode.CONTROL, KeyCode.HOME);
        assertEquals(0.0, fx(page::getVvalue), 1e-9);
        // Escape with the focus in the list closes the guide (the list had taken the key).
        robot.clickOn(cell(robot, contents, "Times"));
        double reading = fx(page::getVvalue);
        Fx.type(KeyCode.ESCAPE);
        assertFalse(fx(stage::isShowing), "Escape closed the guide");
        // Opened again, the page is where it was left.
        Stage again = open(robot);
        assertEquals(reading, fx(((ScrollPane) again.getScene().lookup("#format-guide-page"))::getVvalue), 1e-9);
        Fx.typeWith(KeyCode.CONTROL, KeyCode.W);
        assertFalse(fx(again::isShowing), "Ctrl+W closed it");
    }

    /**
     * At the largest type the list follows the reading into its own view: at 250 % Ctrl+End had marked "A complete
     * example" below the list's view, which still showed the first sections, none of them marked.
     */
    @Test
    void atTheLargestTypeTheListScrollsToTheSectionBeingRead(FxRobot robot) throws Exception {
        String sheet = "data:text/css;base64,LnJvb3QgeyAtZngtZm9udC1zaXplOiAzNXB4OyB9"; // .root { -fx-font-size: 35px; }
        Stage owner = ownerWith(sheet);
        Stage guide = fx(() -> FormatGuide.show(owner, new SaveFolder(Settings.inMemory(), () -> null), target -> null));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> contents = (ListView<?>) guide.getScene().lookup("#format-guide-contents");
        ScrollPane page = (ScrollPane) guide.getScene().lookup("#format-guide-page");
        for (double at : List.of(1.0, 0.5, 0.2)) {
            Fx.interact(() -> page.setVvalue(at));
            WaitForAsyncUtils.waitForFxEvents();
            Fx.interact(() -> {
                int chosen = contents.getSelectionModel().getSelectedIndex();
                assertTrue(chosen >= 0, "a section is marked at " + at);
                javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>)
                        contents.lookup(".virtual-flow");
                javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(chosen);
                assertTrue(cell != null && cell.isVisible() && cell.getLayoutY() >= -0.5
                                && cell.getLayoutY() + cell.getHeight() <= flow.getHeight() + 0.5,
                        "the marked section " + chosen + " is in the list's view at " + at + ": " + (cell == null
                                ? "none" : cell.getLayoutY() + " + " + cell.getHeight() + " in " + flow.getHeight()));
            });
        }
        // The find field's hint is whole: "Find in the description (Ctrl+F)" had been cut to "Find in the de".
        javafx.scene.control.TextField find = (javafx.scene.control.TextField) guide.getScene()
                .lookup("#format-guide-find");
        Fx.interact(() -> {
            String hint = find.getPromptText();
            assertEquals(Texts.get("help.format.findShort"), hint, "the short hint at 250 %");
            assertTrue(org.summittimeline.ui.TextWidth.of(hint, find.getFont())
                    <= find.getWidth() - find.snappedLeftInset() - find.snappedRightInset(), hint + " fits");
        });
        Fx.interact(() -> {
            guide.close();
            owner.close();
        });
    }

    @Test
    void findListsTheSectionsThatHoldTheWordsMarksThemAndEnterGoesFromOneToTheNext(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        ListView<?> contents = (ListView<?>) stage.getScene().lookup("#format-guide-contents");
        ScrollPane page = (ScrollPane) stage.getScene().lookup("#format-guide-page");
        int all = fx(() -> contents.getItems().size());
        Fx.interact(() -> page.setVvalue(0));
        robot.clickOn(cell(robot, contents, "Header"));
        Fx.typeWith(KeyCode.CONTROL, KeyCode.F);
        assertTrue(fx(() -> stage.getScene().lookup("#format-guide-find").isFocused()), "Ctrl+F goes to the find field");
        int runs = fx(() -> page.getContent().lookupAll(".md-text").size());
        robot.write("accounts");
        // Only the words are marked, each time they stand in a run (a run marked whole underlined a paragraph).
        List<String> markedWords = fx(() -> page.getContent().lookupAll(".md-found").stream()
                .filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList());
        assertTrue(!markedWords.isEmpty() && markedWords.stream().allMatch("accounts"::equalsIgnoreCase),
                markedWords.toString());
        List<String> listed = fx(() -> contents.getItems().stream().map(s -> ((MarkdownPage.Section) s).title()).toList());
        assertTrue(listed.contains("Times") && !listed.contains("Header") && listed.size() < all, listed.toString());
        List<Node> marked = fx(() -> page.getContent().lookupAll(".md-found").stream().toList());
        assertTrue(marked.size() >= 2, "the places are marked: " + marked.size());
        String said = fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText());
        assertTrue(said.matches("Place 1 of \\d+, in \u201c[^\u201d]+\u201d \\(places in \\d+ sections\\); Enter the next, "
                + "Shift\\+Enter the one before"), said);
        double first = fx(page::getVvalue);
        assertTrue(first > 0, "the first place is shown");
        assertEquals(1, (int) fx(() -> page.getContent().lookupAll(".md-found-current").size()), "one place is the current");
        // On a plate of the accent's blue behind its letters, as a selection is drawn: the red it had read as an
        // error, and its blue letters with a glow were hard to tell on a code block in the dark theme. The letters
        // read on the plate in both themes. (Another test may have left the other theme or none.)
        // The stylesheet itself, not Theme.current(): run alone, the page was laid out in none (Modena), which
        // current() calls light, and AtlantaFX's light type gave the place another scroll value.
        String opened = fx(javafx.application.Application::getUserAgentStylesheet);
        for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
            Fx.interact(theme::apply);
            Fx.interact(() -> {
                Text text = (Text) page.getContent().lookup(".md-found-current");
                javafx.scene.shape.Path plate = (javafx.scene.shape.Path) page.getContent().lookup(".md-found-plate");
                assertEquals(text.getParent(), plate.getParent(), "the plate stands in the place's paragraph");
                // Laid out in the theme's type, as the next pulse would.
                text.getParent().applyCss();
                ((javafx.scene.Parent) text.getParent()).layout();
                Bounds letters = text.getBoundsInParent();
                Bounds behind = plate.getBoundsInParent();
                assertPlateBehind(plate, text, theme.toString());
                Color fill = (Color) plate.getFill();
                assertEquals(214, fill.getHue(), 15, theme + ": the plate's colour " + fill);
                assertTrue(org.summittimeline.ui.Contrast.ratio((Color) text.getFill(), fill) >= 4.5,
                        theme + ": " + text.getFill() + " on " + fill);
            });
        }
        // Back in the theme the page was laid out in, where the place's scroll was measured.
        Fx.interact(() -> javafx.application.Application.setUserAgentStylesheet(opened));
        Fx.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        Fx.type(KeyCode.ENTER);
        // One plate, behind the place shown now.
        Fx.interact(() -> {
            assertEquals(1, page.getContent().lookupAll(".md-found-plate").size());
            assertEquals(page.getContent().lookup(".md-found-current").getParent(),
                    page.getContent().lookup(".md-found-plate").getParent());
        });
        assertTrue(fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText()).startsWith("Place 2 of "));
        assertTrue(fx(page::getVvalue) != first, "Enter shows the next place");
        Fx.typeWith(KeyCode.SHIFT, KeyCode.ENTER);
        assertTrue(fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText()).startsWith("Place 1 of "));
        assertEquals(first, fx(page::getVvalue), 1e-3, "Shift+Enter, back to the first");
        // Its section is the one chosen in the list, also when the place is a heading a quarter down the page.
        MarkdownPage.Section chosen = (MarkdownPage.Section) fx(() -> contents.getSelectionModel().getSelectedItem());
        assertTrue(listed.contains(chosen.title()), chosen.title());
        // The note names it, as the list chooses it.
        assertTrue(fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText()).startsWith(
                "Place 1 of " + said.replaceAll("Place 1 of (\\d+),.*", "$1") + ", in \u201c" + chosen.title() + "\u201d"));
        Fx.typeWith(KeyCode.CONTROL, KeyCode.A);
        robot.write("Citations");
        WaitForAsyncUtils.waitForFxEvents();
        chosen = (MarkdownPage.Section) fx(() -> contents.getSelectionModel().getSelectedItem());
        assertEquals("Citations", chosen.title(), "the heading found is the section chosen");
        // A heading stands in from its paragraph's edge by its padding, which the paragraph's shape of a range
        // leaves out: the plate had stood 8 px above it. It follows the words when the window narrows.
        for (double width : new double[] {0, -300}) {
            Fx.interact(() -> {
                if (width != 0) {
                    stage.setWidth(stage.getWidth() + width);
                }
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                Text text = (Text) page.getContent().lookup(".md-found-current");
                assertPlateBehind((javafx.scene.shape.Path) page.getContent().lookup(".md-found-plate"), text,
                        "the heading, " + stage.getWidth() + " px");
            });
        }
        // Words inside a paragraph, a table's cell and a code block, not only at their start: the plate had stood
        // at the block's start, over other words, the words found white on white beside it (a new user's walk).
        Fx.typeWith(KeyCode.CONTROL, KeyCode.A);
        robot.write("years");
        for (int place = 1; place <= 6; place++) {
            Fx.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                Text text = (Text) page.getContent().lookup(".md-found-current");
                assertPlateBehind((javafx.scene.shape.Path) page.getContent().lookup(".md-found-plate"), text,
                        ((Label) stage.getScene().lookup("#format-guide-note")).getText());
            });
            Fx.type(KeyCode.ENTER);
        }

        // Escape in the field clears it (the guide stays), and every section is listed again, nothing marked.
        Fx.type(KeyCode.ESCAPE);
        assertTrue(fx(stage::isShowing));
        assertEquals(all, (int) fx(() -> contents.getItems().size()));
        assertEquals(0, (int) fx(() -> page.getContent().lookupAll(".md-found").size()));
        assertEquals(runs, (int) fx(() -> page.getContent().lookupAll(".md-text").size()), "the runs put back whole");
        TextField field = (TextField) stage.getScene().lookup("#format-guide-find");
        assertFalse(field.getPseudoClassStates().contains(PseudoClass.getPseudoClass("danger")));
        Fx.interact(() -> page.setVvalue(0.5));
        // Pasted at once: typed, each shorter beginning that is found moves the page to it, as a browser's find does.
        Fx.interact(() -> field.setText("no such words anywhere"));
        assertEquals("\u201cno such words anywhere\u201d is not in the description.",
                fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText()));
        // Said by the field as well, in red; the page stays where the reader was (it had gone back to the top).
        assertTrue(field.getPseudoClassStates().contains(PseudoClass.getPseudoClass("danger")));
        assertEquals(0.5, fx(page::getVvalue), 0.01);
        // Every section stays listed, to go on reading from: an empty list looked as if the guide had broken.
        assertEquals(all, (int) fx(() -> contents.getItems().size()));
    }

    /**
     * A pasted paragraph not found is named by its beginning, and the buttons keep their words (the note's two lines
     * squeezed them to "…"); the count names the sections the list shows; the field's prompt stays while it has the
     * focus, as it has when the guide opens.
     */
    @Test
    void aLongSearchLeavesTheButtonsWholeAndTheCountMatchesTheList(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        TextField find = (TextField) stage.getScene().lookup("#format-guide-find");
        assertTrue(fx(find::isFocused), "the guide opens in its find field");
        Text prompt = fx(() -> find.lookupAll(".text").stream().filter(n -> n instanceof Text t
                && find.getPromptText().equals(t.getText())).map(n -> (Text) n).findFirst().orElseThrow());
        assertTrue(fx(prompt::isVisible), "the prompt is drawn");
        assertNotEquals(Color.TRANSPARENT, fx(prompt::getFill), "the prompt shows while focused");
        String pasted = "my-timeline.json:16:15: error: events[0].start: \"2018-07-16 14:07\" is not an ISO-8601 time "
                + "with an offset; write 2018-07-16T14:07+03:00 and so on";
        Fx.interact(() -> {
            stage.setWidth(640); // narrow, so that the note and the buttons contend for the room
            find.setText(pasted);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u201c" + pasted.substring(0, GuideFind.NAMED_WORDS).stripTrailing() + "\u2026\u201d is not in the description.",
                fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText()));
        for (String id : List.of("#format-guide-save-schema", "#format-guide-close")) {
            Button button = (Button) stage.getScene().lookup(id);
            assertTrue(fx(() -> button.getWidth() >= button.prefWidth(-1) - 0.5), id + " keeps its words");
        }
        // "offset" stands in the introduction too, above the first heading, which the list does not show.
        Fx.interact(() -> find.setText("offset"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> contents = (ListView<?>) stage.getScene().lookup("#format-guide-contents");
        String said = fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText());
        // The first place is there, and the note says so, no section chosen: "in 3 sections" had sent the reader
        // looking in the list.
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile(
                "Place 1 of \\d+, in the introduction above the sections \\(others in (\\d+) sections?\\);.*")
                .matcher(said);
        assertTrue(counted.matches(), said);
        assertEquals(null, fx(() -> contents.getSelectionModel().getSelectedItem()), "no section chosen");
        int listed = fx(() -> contents.getItems().size());
        assertTrue(Integer.parseInt(counted.group(1)) <= listed, said + ", but the list shows " + listed);
        // Through every place: one in a section has it chosen, one in the introduction none.
        int places = Integer.parseInt(said.replaceAll("Place 1 of (\\d+),.*", "$1"));
        int inSections = 0;
        robot.clickOn(find);
        for (int i = 2; i <= places; i++) {
            Fx.type(KeyCode.ENTER);
            String note = fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText());
            boolean inSection = note.matches("Place " + i + " of \\d+, in \u201c[^\u201d]+\u201d( \\(places in \\d+ sections\\))?;.*");
            assertTrue(inSection || note.startsWith("Place " + i + " of " + places + ", in the introduction"), note);
            assertEquals(inSection, fx(() -> contents.getSelectionModel().getSelectedItem()) != null, note);
            if (inSection) {
                String title = fx(() -> ((MarkdownPage.Section) contents.getSelectionModel().getSelectedItem()).title());
                assertTrue(note.contains(", in \u201c" + title + "\u201d"), note + " names " + title);
            }
            inSections += inSection ? 1 : 0;
        }
        assertTrue(inSections >= 1, "places in sections too: " + inSections + " of " + places);
        // Round again to the first, in the introduction: the last place's section is chosen no longer, and the note
        // says it went round; Shift+Enter goes back round to the last.
        Fx.type(KeyCode.ENTER);
        assertEquals(null, fx(() -> contents.getSelectionModel().getSelectedItem()), "none chosen at the first again");
        String again = fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText());
        assertTrue(again.startsWith("From the first again. Place 1 of " + places), again);
        Fx.typeWith(KeyCode.SHIFT, KeyCode.ENTER);
        String back = fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText());
        assertTrue(back.startsWith("From the last again. Place " + places + " of " + places), back);
        Fx.typeWith(KeyCode.SHIFT, KeyCode.ENTER);
        String plain = fx(() -> ((Label) stage.getScene().lookup("#format-guide-note")).getText());
        assertTrue(plain.startsWith("Place " + (places - 1) + " of "), plain);
    }

    @Test
    void theSchemaIsSavedAsTheProgramCarriesItAndNeverOverTheOpenTimeline() throws Exception {
        Path target = folder.resolve("timeline.schema.json");
        String said = GuideFiles.saveSchema(target, null);
        assertArrayEquals(Files.readAllBytes(Path.of("data/timeline.schema.json")), Files.readAllBytes(target));
        assertTrue(said.startsWith("Saved the JSON Schema to " + target + ". With \"$schema\": \"./timeline.schema.json\""),
                said);

        Path open = folder.resolve("my-timeline.json");
        Files.writeString(open, "{\"formatVersion\": 1}");
        said = GuideFiles.saveSchema(open, open);
        assertTrue(said.startsWith("Could not save the JSON Schema to " + open + ": "), said);
        assertEquals("{\"formatVersion\": 1}", Files.readString(open, StandardCharsets.UTF_8));
    }

    @Test
    void theGuideFollowsItsWindowsTextSizeWhileOpenAndIsOneWindowPerWindow(FxRobot robot) throws Exception {
        String larger = "data:text/css;base64,LnJvb3QgeyAtZngtZm9udC1zaXplOiAyMHB4OyB9"; // .root { -fx-font-size: 20px; }
        Stage owner = fx(() -> {
            Stage made = new Stage();
            made.setScene(new Scene(new Label("window"), 300, 200));
            made.show();
            return made;
        });
        SaveFolder folder = new SaveFolder(Settings.inMemory(), () -> null);
        Stage guide = fx(() -> FormatGuide.show(owner, folder, target -> null));
        Fx.interact(() -> owner.getScene().getStylesheets().add(larger));
        List<String> sheets = fx(() -> List.copyOf(guide.getScene().getStylesheets()));
        assertEquals(larger, sheets.get(sheets.size() - 2), "the window's sheets, then the page's own: " + sheets);
        assertTrue(sheets.get(sheets.size() - 1).endsWith("markdown.css"), sheets.toString());
        assertEquals(guide, fx(() -> FormatGuide.show(owner, folder, target -> null)), "the open guide, again");
        Fx.interact(guide::close);
        assertTrue(fx(() -> FormatGuide.show(owner, folder, target -> null)) != guide, "closed, a new one is made");
    }

    /**
     * Opened from a window at larger type, the guide is seventy letters' heights wide, as far as 90 % of the screen:
     * at 980 pixels and 250 % its page was narrower than a table's words side by side, and ran past the window's edge.
     */
    @Test
    void theGuideIsAsWideAsItsTypeNeedsAsFarAsTheScreenAllows(FxRobot robot) throws Exception {
        double screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
        // .root { -fx-font-size: 17.5px; } and 35px: 125 % and 250 %
        for (String[] size : List.of(new String[] {"17.5", "LnJvb3QgeyAtZngtZm9udC1zaXplOiAxNy41cHg7IH0="}, new String[] {"35", "LnJvb3QgeyAtZngtZm9udC1zaXplOiAzNXB4OyB9"})) {
            String sheet = "data:text/css;base64," + size[1];
            Stage owner = ownerWith(sheet);
            Stage guide = fx(() -> FormatGuide.show(owner, new SaveFolder(Settings.inMemory(), () -> null), target -> null));
            // The width it had (980 px, or three fifths of a large screen), grown to seventy letters' heights.
            double had = Math.min(Math.max(980, 0.6 * screen), 0.9 * screen);
            double wanted = Math.max(had, Math.min(0.9 * screen, 70 * Double.parseDouble(size[0])));
            assertEquals(wanted, fx(guide::getWidth), 1, size[0] + " px on a screen " + screen + " wide");
            Fx.interact(() -> {
                guide.close();
                owner.close();
            });
        }
    }

    @Test
    void aWindowInAnotherLanguageSaysTheDescriptionIsInEnglish(FxRobot robot) {
        Stage english = open(robot);
        assertNull(english.getScene().lookup("#format-guide-language"));
        Fx.interact(english::close);

        Texts.use(Locale.GERMAN);
        Stage german = open(robot);
        Label note = (Label) german.getScene().lookup("#format-guide-language");
        assertEquals("Das Format ist nur auf Englisch beschrieben.", note.getText());
        assertEquals("Dateiformat der Zeitleisten \u2014 Summit Timeline", german.getTitle());
    }

    /**
     * The scene behind the page is the theme's page colour from the moment the window shows: white, it flashed as
     * the dark guide opened, before its first style pass.
     */
    @Test
    void inTheDarkThemeTheGuideOpensDarkNotWhite(FxRobot robot) {
        try {
            Fx.interact(Theme.DARK::apply);
            Stage dark = open(robot);
            assertTrue(((Color) dark.getScene().getFill()).getBrightness() < 0.15, "" + dark.getScene().getFill());
            Fx.interact(dark::close);
            Fx.interact(Theme.LIGHT::apply);
            Stage light = open(robot);
            assertEquals(Color.WHITE, light.getScene().getFill());
        } finally {
            Fx.interact(Theme.LIGHT::apply);
        }
    }

    @Test
    void aCodeBlocksCopyButtonPutsItsTextOnTheClipboardAndSaysSo(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        Fx.interact(() -> ((ScrollPane) stage.getScene().lookup("#format-guide-page")).setVvalue(0));
        robot.clickOn(robot.lookup(".md-copy").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(copied.startsWith("java -jar target/summit-timeline.jar --validate my-timeline.json\n"), copied);
        assertFalse(copied.endsWith("\n"), "the block's own last line break is not copied");
        assertEquals("Copied to the clipboard.", ((Label) stage.getScene().lookup("#format-guide-note")).getText());
        // The button says so too, for a moment: read in the same turn of the UI thread as the press.
        assertEquals("Copied", fx(() -> {
            Button copy = (Button) stage.getScene().lookup(".md-copy");
            copy.fire();
            return copy.getText();
        }));
    }

    /**
     * In a code block, each time the words stand in it is a place of its own, and Enter goes from one to the next
     * inside the block: the whole block had been marked as one place, the current one not told from the others.
     */
    @Test
    void findMarksEachOccurrenceInACodeBlock(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        ScrollPane page = (ScrollPane) stage.getScene().lookup("#format-guide-page");
        robot.clickOn("#format-guide-find").write("speaker");
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> inCode = fx(() -> page.getContent().lookupAll(".md-found").stream()
                .filter(n -> n instanceof Text && n.getParent().getStyleClass().contains("md-code-block-text"))
                .map(n -> (Text) n).toList());
        assertTrue(inCode.size() >= 2, "the code blocks' places: " + inCode.size());
        assertTrue(inCode.stream().allMatch(t -> t.getText().equalsIgnoreCase("speaker")),
                inCode.stream().map(Text::getText).toList().toString());
        // Two places side by side in one block: Enter from the first makes the second the current one.
        Text first = null;
        Text second = null;
        for (int i = 1; i < inCode.size() && second == null; i++) {
            if (inCode.get(i).getParent() == inCode.get(i - 1).getParent()) {
                first = inCode.get(i - 1);
                second = inCode.get(i);
            }
        }
        assertTrue(second != null, "a block that holds the word twice");
        for (int i = 0; i < 200 && !first.getStyleClass().contains("md-found-current"); i++) {
            Fx.type(KeyCode.ENTER);
        }
        assertTrue(first.getStyleClass().contains("md-found-current"), "Enter reaches the block's first");
        assertFalse(second.getStyleClass().contains("md-found-current"));
        Fx.type(KeyCode.ENTER);
        assertTrue(second.getStyleClass().contains("md-found-current"), "and then its second");
        assertFalse(first.getStyleClass().contains("md-found-current"));
        // Escape puts the block's words back whole, for Copy and for reading.
        Fx.type(KeyCode.ESCAPE);
        assertTrue(fx(() -> page.getContent().lookupAll(".md-code-block-text").stream()
                .allMatch(flow -> ((javafx.scene.Parent) flow).getChildrenUnmodifiable().size() == 1)));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
