package org.summittimeline.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.summittimeline.handout.Handout;

/** The handout through the system's print dialog: the same texts as the PDF, laid out page by page. */
final class HandoutPrint {
    private HandoutPrint() {
    }

    /** Shows the print dialog and prints; false when no printer is set up. */
    static boolean print(Handout handout, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (job.showPrintDialog(owner)) {
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (VBox page : pages(handout, layout.getPrintableWidth(), layout.getPrintableHeight())) {
                job.printPage(layout, page);
            }
            job.endJob();
        } else {
            job.cancelJob();
        }
        return true;
    }

    /**
     * The handout's texts cut into pages of the printable size; a block is never split across two, and a step's
     * heading, time (with the sources' own where they disagree) and summary stay on the page of its first quote, and
     * its sources follow its quotes, as in the PDF.
     */
    static List<VBox> pages(Handout h, double width, double height) {
        List<List<Node>> groups = new ArrayList<>();
        groups.add(List.of(text(h.title(), FontWeight.BOLD, FontPosture.REGULAR, 18, width)));
        groups.add(List.of(text(h.subtitle(), FontWeight.NORMAL, FontPosture.ITALIC, 10, width)));
        for (Handout.Step s : h.steps()) {
            List<Node> opening = new ArrayList<>();
            opening.add(text("\n" + s.number() + ". " + s.title(), FontWeight.BOLD, FontPosture.REGULAR, 13, width));
            opening.add(text(s.time(), FontWeight.NORMAL, FontPosture.ITALIC, 9, width));
            for (Handout.Dispute d : s.disputes()) {
                opening.add(text(d.heading(), FontWeight.NORMAL, FontPosture.ITALIC, 9, width));
                for (String account : d.accounts()) {
                    opening.add(item(account, width));
                }
            }
            if (s.summary() != null) {
                opening.add(text(s.summary(), FontWeight.NORMAL, FontPosture.REGULAR, 10, width));
            }
            groups.add(opening);
            for (int i = 0; i < s.quotes().size(); i++) {
                Handout.Line q = s.quotes().get(i);
                Text quote = text(q.speaker() + "\n" + q.words() + "\n\u2014 " + q.citation(), FontWeight.NORMAL,
                        FontPosture.REGULAR, 10, width);
                // The first quote stays with its step's heading; each later one is a group of its own.
                if (i == 0) {
                    opening.add(quote);
                } else {
                    groups.add(List.of(quote));
                }
            }
            if (!s.sources().isEmpty()) {
                // After the quotes, as in the PDF; without quotes, with the heading and summary they follow.
                Text sources = text(s.sources(), FontWeight.NORMAL, FontPosture.ITALIC, 9, width);
                if (s.quotes().isEmpty()) {
                    opening.add(sources);
                } else {
                    groups.add(List.of(sources));
                }
            }
        }
        List<VBox> pages = new ArrayList<>();
        VBox page = new VBox(4);
        double used = 0;
        for (List<Node> group : groups) {
            double tall = group.stream().mapToDouble(n -> n.prefHeight(-1) + 4).sum();
            if (used + tall > height && !page.getChildren().isEmpty()) {
                pages.add(page);
                page = new VBox(4);
                used = 0;
            }
            page.getChildren().addAll(group);
            used += tall;
        }
        pages.add(page);
        return pages;
    }

    /** An item of a list, as the PDF sets it: its dot 14 points in, every line of its words after the dot. */
    private static Node item(String s, double width) {
        Text dot = text(Handout.BULLET, FontWeight.NORMAL, FontPosture.ITALIC, 9, 0);
        Text words = text(s, FontWeight.NORMAL, FontPosture.ITALIC, 9, width - 14 - dot.getLayoutBounds().getWidth());
        HBox item = new HBox(dot, words);
        item.setPadding(new Insets(0, 0, 0, 14));
        return item;
    }

    private static Text text(String s, FontWeight weight, FontPosture posture, double size, double width) {
        Text t = new Text(s);
        t.setFont(Font.font("System", weight, posture, size));
        t.setWrappingWidth(width);
        return t;
    }
}
