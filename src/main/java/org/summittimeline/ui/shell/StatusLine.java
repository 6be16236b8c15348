package org.summittimeline.ui.shell;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.stage.Window;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.ProblemGroups;
import org.summittimeline.ui.Texts;
import org.summittimeline.format.Problem;
import org.summittimeline.query.TimelineQuery;

/**
 * The status bar: what happened last (opened, exported, could not open), how many events and quotes are shown
 * of how many, which filters act on events and which on quotes, and the file's warnings behind a button.
 */
final class StatusLine extends StatusBar {
    private final Label counts = new Label();
    private final Button warnings = new Button();

    StatusLine(Runnable showWarnings) {
        setId("status");
        counts.setId("counts");
        warnings.setId("warnings");
        warnings.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warnings.setOnAction(e -> showWarnings.run());
        showWarnings(List.of());
        getRightItems().addAll(counts, warnings);
    }

    void say(String text) {
        setText(text);
    }

    void showCounts(TimelineQuery q, TimelineQuery.Result r, String activeFilters) {
        if (q == null || r == null) {
            counts.setText("");
            return;
        }
        int events = q.timeline().events().size();
        int quotes = q.timeline().quotes().size();
        String text = r.shownEventCount() + " of " + events + " events \u00b7 " + r.shownQuoteCount() + " of " + quotes
                + " quotes";
        counts.setText(activeFilters.isEmpty() ? text : text + " \u2014 " + activeFilters);
    }

    /** After a file that could not be opened: how many errors, in words that count right. */
    void showErrors(int errors) {
        counts.setText(Plural.of(errors, "error"));
        showWarnings(List.of());
    }

    /** The warnings of the file shown, one line each as the command line prints them. */
    static void warningsDialog(LoadResult result, Window owner) {
        if (result == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Warnings");
        alert.setHeaderText(result.fileName() + " loaded with " + Plural.of(result.warnings().size(), "warning"));
        alert.setContentText(String.join("\n", ProblemGroups.group(result.warnings()).stream()
                .map(line -> line.isCount() ? Texts.format("import.moreLikeThis", line.moreLikeThis())
                        : line.format(result.fileName())).toList()));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    void showWarnings(List<Problem> found) {
        warnings.setVisible(!found.isEmpty());
        warnings.setManaged(!found.isEmpty());
        warnings.setText(Plural.of(found.size(), "warning"));
    }
}
