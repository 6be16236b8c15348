package org.summittimeline.ui.shell;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.ui.Language;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;

/** View ▸ Language: the languages offered, each named in itself; a change is remembered for the next start. */
final class LanguageMenu {
    private LanguageMenu() {
    }

    static Menu of(Settings settings, Supplier<Window> owner) {
        Menu menu = new Menu(Texts.get("app.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        Locale next = Language.next(settings);
        for (Locale locale : Texts.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Language.ownName(locale));
            item.setId("menu-language-" + locale.getLanguage());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(locale.equals(next));
            item.setOnAction(e -> {
                if (Language.choose(settings, locale)) {
                    tellRestart(owner.get(), locale);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private static void tellRestart(Window owner, Locale chosen) {
        // Said in the language chosen too: a reader who chose German for want of English reads it there.
        String here = Texts.get("app.language.restart");
        String there = Texts.in(chosen, "app.language.restart");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, here.equals(there) ? here : here + "\n" + there);
        StockButtons.inTheProgramsWords(alert);
        VisibleFocus.whenOpened(alert);
        alert.setTitle(Texts.get("app.language.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("language-restart");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
