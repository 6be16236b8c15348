package org.summittimeline.ui;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.summittimeline.query.TextMatch;

/**
 * Typing in an open list goes to the first option whose name, or a word of it, begins with the letters typed, as in
 * the lists of every desktop: a file of sixty speakers had its reader scroll and read to find "Putin". Letters typed
 * within a second of each other make one beginning ("pu"), which stays on an option that still fits; the same letter
 * again goes on to the next option that begins with it. Space then checks the option, as ControlsFX's list already
 * does for the one selected (in a plain combo box's list, Compare's topics, it closes the list, the typing having
 * chosen), except where it goes on with letters an option's name goes on with ("yuri " of "Yuri Ushakov").
 */
public final class ListTypeAhead {
    /** A pause longer than this starts a new beginning. */
    static final long PAUSE_NANOS = 1_000_000_000L;
    private static final Object INSTALLED = new Object();

    private final LongSupplier clock;
    private String typed = "";
    /** A Space's press went on with the letters: its typed character is theirs, not the start of a new beginning. */
    private boolean spaceTaken;
    private long last;

    private ListTypeAhead(LongSupplier clock) {
        this.clock = clock;
    }

    /** Watches the list ControlsFX's skin draws {@code box}'s options in, from when it is built. */
    public static void install(CheckComboBox<?> box) {
        install(box, System::nanoTime);
    }

    static void install(CheckComboBox<?> box, LongSupplier clock) {
        ListTypeAhead typing = new ListTypeAhead(clock);
        Runnable watch = () -> {
            ComboBox<?> drawn = BoxWidth.drawnBy(box);
            if (drawn != null) {
                typing.watch(drawn, box::getConverter);
            }
        };
        box.skinProperty().addListener((obs, old, skin) -> watch.run());
        watch.run();
    }

    /** Watches the list of {@code box} from when its skin is built: typing there chooses, as its arrow keys do. */
    public static void install(ComboBox<?> box) {
        new ListTypeAhead(System::nanoTime).watch(box, box::getConverter);
    }

    private void watch(ComboBox<?> drawn, Supplier<StringConverter<?>> converter) {
        Runnable skinned = () -> {
            if (drawn.getSkin() instanceof ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof ListView<?> list
                    && list.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
                list.addEventHandler(KeyEvent.KEY_TYPED, e -> {
                    if (typed(list, e, converter.get())) {
                        e.consume();
                    }
                });
                // Before ControlsFX's handler, which checks the selected option on Space.
                list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !e.isAltDown()
                            && spaceIsALetter(list, converter.get())) {
                        e.consume();
                    }
                });
            }
        };
        drawn.skinProperty().addListener((obs, old, skin) -> skinned.run());
        skinned.run();
        // Letters typed before the list closed are no beginning for its next opening.
        drawn.showingProperty().addListener((obs, was, showing) -> {
            typed = "";
            spaceTaken = false;
        });
    }

    @SuppressWarnings("rawtypes")
    private boolean typed(ListView<?> list, KeyEvent e, StringConverter converter) {
        String c = e.getCharacter();
        // Ctrl and Alt together are AltGr on Windows, which types letters (ł, ś): only one alone is a shortcut.
        boolean shortcut = (e.isShortcutDown() || e.isAltDown()) && !(e.isControlDown() && e.isAltDown());
        if (c.isEmpty() || shortcut || Character.isISOControl(c.charAt(0))) {
            return false;
        }
        if (c.isBlank()) {
            // Taken as a letter on its press, or else the list's check (ControlsFX's, on the press too); after a
            // check the next letter begins anew.
            typed = spaceTaken ? typed : "";
            boolean taken = spaceTaken;
            spaceTaken = false;
            return taken;
        }
        long now = clock.getAsLong();
        // After a check or a closing the letters are gone, however soon the next comes.
        boolean fresh = typed.isEmpty() || now - last > PAUSE_NANOS;
        // A new beginning looks from the top, but the same letter again ("p" after "p" or "pp") goes on from the
        // option it found: after "7", a "1" had gone on to Speaker 10, past Speaker 1.
        String letter = TextMatch.fold(c);
        String before = TextMatch.fold(typed);
        boolean again = fresh && !letter.isEmpty() && !before.isEmpty()
                && before.chars().allMatch(ch -> ch == letter.charAt(0));
        typed = fresh ? c : typed + c;
        last = now;
        go(list, names(list, converter), fresh && !again ? -1 : list.getSelectionModel().getSelectedIndex());
        return true;
    }

    /**
     * Whether a Space pressed now goes on with the letters typed: within the pause, where some option still begins
     * with them and a space ("speaker " of "Speaker 12", "yuri " of "Yuri Ushakov"). Elsewhere it checks the option
     * found: Space had checked "Speaker 0", found by "speaker", while "speaker 1" was being typed.
     */
    @SuppressWarnings("rawtypes")
    private boolean spaceIsALetter(ListView<?> list, StringConverter converter) {
        long now = clock.getAsLong();
        if (typed.isEmpty() || now - last > PAUSE_NANOS || !anyBegins(names(list, converter), typed + " ")) {
            return false;
        }
        typed += " ";
        last = now;
        spaceTaken = true;
        go(list, names(list, converter), list.getSelectionModel().getSelectedIndex());
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> names(ListView<?> list, StringConverter converter) {
        return list.getItems().stream()
                .map(item -> converter == null ? String.valueOf(item) : converter.toString(item)).toList();
    }

    /** Goes to the option the letters typed find, looking on from the option at {@code from} (−1: the top). */
    private void go(ListView<?> list, List<String> names, int from) {
        int at = find(names, typed, from);
        if (at >= 0) {
            list.getSelectionModel().clearAndSelect(at);
            list.getFocusModel().focus(at);
            // With the option before it above: at the list's top, the option found read as the first of its kind.
            list.scrollTo(Math.max(0, at - 1));
        }
    }

    /**
     * The option {@code typed} goes to from the one selected ({@code from}, −1 for none): the first after it whose
     * name begins with the letters, else the first with a word that does, each search going round the list once. A
     * beginning of one letter, or of one letter typed again ("pp"), moves on from the selected option; a longer one
     * may stay on it, so that "p", "pu", "put" keep to Putin. −1 where no option fits.
     */
    static int find(List<String> names, String typed, int from) {
        if (typed.isEmpty() || names.isEmpty()) {
            return -1;
        }
        String lower = TextMatch.fold(typed);
        boolean repeated = lower.chars().allMatch(ch -> ch == lower.charAt(0));
        String letters = lower;
        if (repeated && letters.length() > 1 && !anyBegins(names, letters)) {
            letters = letters.substring(0, 1);
        }
        int start = repeated && letters.length() == 1 ? from + 1 : Math.max(0, from);
        for (boolean words : new boolean[] {false, true}) {
            for (int i = 0; i < names.size(); i++) {
                int at = Math.floorMod(start + i, names.size());
                if (begins(names.get(at), letters, words)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static boolean anyBegins(List<String> names, String letters) {
        String lower = TextMatch.fold(letters);
        return names.stream().anyMatch(n -> begins(n, lower, true));
    }

    /** Whether {@code name} begins with {@code letters}, or, with {@code words}, any of its words does. */
    private static boolean begins(String name, String letters, boolean words) {
        // Without case and accents, as the search: "niinis" finds Niinistö, "sauli n" Sauli Niinistö.
        String lower = TextMatch.fold(name);
        if (lower.startsWith(letters)) {
            return true;
        }
        if (!words) {
            return false;
        }
        for (int i = 1; i < lower.length(); i++) {
            if (!Character.isLetterOrDigit(lower.charAt(i - 1)) && lower.startsWith(letters, i)) {
                return true;
            }
        }
        return false;
    }
}
