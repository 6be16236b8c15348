package org.summittimeline.ui.shell;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.summittimeline.ui.BoxWidth;
import org.summittimeline.ui.ListBelowBox;
import org.summittimeline.ui.ListTypeAhead;
import org.summittimeline.ui.ShownAs;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.shell.FilterBarModel.Facet;
import org.summittimeline.ui.shell.FilterBarModel.Kind;
import org.summittimeline.ui.shell.FilterBarModel.Option;

/**
 * The filter bar: a list per facet, the kind of quote, a time range and Clear. It only shows the
 * {@link FilterBarModel} and forwards the reader's choices to it.
 */
final class FilterBar extends SortedToolBar {
    private static final String RANGE_STYLESHEET = FilterBar.class.getResource("range-slider.css").toExternalForm();
    private static final String BOX_STYLESHEET = FilterBar.class.getResource("filter-box.css").toExternalForm();
    private final FilterBarModel model;
    private final Map<Facet, FacetBox> boxes = new EnumMap<>(Facet.class);
    private final FittedChoiceBox<Kind> kinds = new FittedChoiceBox<>(FittedChoiceBox.Fit.LONGEST_CHOICE);
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final RangeSliderKeys keys = new RangeSliderKeys(range);
    private final Label rangeLabel = new Label();
    private final ObjectProperty<ZoneId> zone;
    /** True while the controls are being set from the model, so that their change is not taken as a choice. */
    private boolean showing;
    /** The range as the label gives it with room ("15 Jul 20:50 – 17 Jul 22:02"), and short ("15 Jul – 17 Jul"). */
    private String rangeWhole = "";
    private String rangeBrief = "";
    private final Tooltip rangeTip = new Tooltip();
    /** The slider's width at the designed type size. */
    private static final double SLIDER_WIDTH = 120;
    private final Text measure = new Text();

    FilterBar(FilterBarModel model, ObjectProperty<ZoneId> zone) {
        this.model = model;
        this.zone = zone;
        getStyleClass().add("filter-bar");
        for (Facet f : Facet.values()) {
            FacetBox box = new FacetBox();
            box.setId("filter-" + f.name().toLowerCase(Locale.ROOT));
            box.getStylesheets().add(BOX_STYLESHEET);
            box.setAccessibleText(Texts.format("filter.by", f.title()));
            box.setShowCheckedCount(false);
            box.setTooltip(new Tooltip(Texts.get("filter.tip." + f.name().toLowerCase(Locale.ROOT))));
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
                if (!showing) {
                    model.choose(f, new HashSet<>(box.getCheckModel().getCheckedItems()));
                }
            });
            model.optionsProperty(f).addListener((obs, old, options) -> showOptions(f));
            model.chosenProperty(f).addListener((obs, old, chosen) -> showChosen(f));
            boxes.put(f, box);
            showOptions(f);
        }
        kinds.setId("filter-kind");
        kinds.getStylesheets().add(BOX_STYLESHEET);
        kinds.getItems().setAll(Kind.values());
        kinds.setValue(model.kindProperty().get());
        kinds.setAccessibleText(Texts.get("filter.byKind"));
        kinds.valueProperty().addListener((obs, old, k) -> {
            if (!showing && k != null) {
                model.chooseKind(k);
            }
        });
        model.kindProperty().addListener((obs, old, k) -> show(() -> kinds.setValue(k)));
        range.setId("filter-range");
        range.getStylesheets().add(RANGE_STYLESHEET);
        range.setPrefWidth(SLIDER_WIDTH);
        range.setTooltip(new Tooltip(Texts.get("filter.tip.range")));
        range.setAccessibleText(Texts.get("filter.range"));
        range.lowValueProperty().addListener(o -> rangeMoved());
        range.highValueProperty().addListener(o -> rangeMoved());
        model.spanProperty().addListener((obs, old, span) -> showRange());
        model.rangeProperty().addListener((obs, old, r) -> showRange());
        zone.addListener((obs, old, z) -> showRange());
        rangeLabel.getStyleClass().add("muted");
        rangeLabel.setId("range-label");
        // Apart from the slider's right thumb, which it touched, and from the ring round it when the keys move it.
        rangeLabel.setPadding(new Insets(0, 0, 0, 12));
        var clear = Buttons.icon("mdi2f-filter-remove-outline", Texts.get("filter.clear"), model::clear);
        clear.setId("clear-filters");
        getItems().addAll(boxes.get(Facet.SPEAKERS), boxes.get(Facet.ACTORS), boxes.get(Facet.TOPICS), kinds,
                boxes.get(Facet.CATEGORIES), clear, new Separator(Orientation.VERTICAL), rangeWithItsLabel());
        showRange();
    }

    /**
     * 0, + and − on the time slider act on the timeline, as they do there: fitting the view to a range just narrowed
     * is the natural next step, and the keys did nothing on the slider.
     */
    void zoomKeysTo(Node timeline) {
        range.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode c = e.getCode();
            boolean zoomKey = c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0 || c == KeyCode.PLUS || c == KeyCode.ADD
                    || c == KeyCode.EQUALS || c == KeyCode.MINUS || c == KeyCode.SUBTRACT;
            if (zoomKey && !e.isShortcutDown() && !e.isAltDown()) {
                timeline.fireEvent(e.copyFor(timeline, timeline));
                e.consume();
            }
        });
    }

    /**
     * The slider and its label as one item, so that the bar's overflow (») takes or leaves them together: at 133 %
     * the label alone had gone into it, and a reader dragging the slider no longer saw the range chosen.
     */
    private HBox rangeWithItsLabel() {
        HBox both = new HBox(range, rangeLabel);
        // ControlsFX's slider hands Tab on from its end thumb to the next node in its box, and Shift+Tab from its
        // start thumb to the box, focusable or not: the label and the box became stops with no mark and nothing to
        // do (new users' walks). Each passes the focus on at once, the way the Tab was going.
        keys.passFocusOn(rangeLabel);
        keys.passFocusOn(both);
        both.setAlignment(Pos.CENTER_LEFT);
        both.setId("range-group");
        return both;
    }

    private void show(Runnable change) {
        showing = true;
        try {
            change.run();
        } finally {
            showing = false;
        }
    }

    private void showOptions(Facet f) {
        FacetBox box = boxes.get(f);
        List<Option> options = model.optionsProperty(f).get();
        Map<String, String> labels = options.stream().collect(Collectors.toMap(Option::id, Option::label, (a, b) -> a));
        show(() -> {
            box.getCheckModel().clearChecks();
            box.getItems().setAll(options.stream().map(Option::id).toList());
            // Nothing to choose (a file's speakers and topics while its quotes are still read): greyed, not a
            // box that opens empty.
            box.setDisable(options.isEmpty());
            // Empty, a box keeps room for two-digit counts: a large file's speakers and topics arrive with its
            // quotes, and a caption growing from the name alone to "Speakers: 20/20" would move the boxes, Clear and
            // the slider (36 px when the counts first grew so).
            int room = options.isEmpty() ? 99 : options.size();
            // "Sprecher: alle" is wider than "Sprecher: 4/4": at 175 % it was cut to "Sprecher: a…".
            box.widestTitles(List.of(Texts.format("filter.caption", f.title(), room, room),
                    Texts.format("filter.caption.all", f.title())));
            box.setConverter(ShownAs.of(id -> labels.getOrDefault(id, id)));
        });
        showChosen(f);
    }

    private void showChosen(Facet f) {
        FacetBox box = boxes.get(f);
        show(() -> {
            for (String id : box.getItems()) {
                boolean on = model.chosenProperty(f).get().contains(id);
                if (on != box.getCheckModel().isChecked(id)) {
                    if (on) {
                        box.getCheckModel().check(id);
                    } else {
                        box.getCheckModel().clearCheck(id);
                    }
                }
            }
            box.setTitle(model.caption(f));
            box.getTooltip().setText(tipOf(f));
        });
    }

    /**
     * What the box does, and the names chosen in it: "Speakers: 1/4" said how many, not who, and with three filters
     * on a reader had to open each list to learn them.
     */
    private String tipOf(Facet f) {
        String what = Texts.get("filter.tip." + f.name().toLowerCase(Locale.ROOT));
        Set<String> chosen = model.chosenProperty(f).get();
        if (chosen.isEmpty()) {
            return what;
        }
        List<String> names = model.optionsProperty(f).get().stream().filter(o -> chosen.contains(o.id()))
                .map(Option::label).toList();
        if (names.isEmpty()) {
            return what;
        }
        // A few by name, the rest counted: a large file's hundreds checked would run the tip off the screen.
        String named = String.join(", ", names.subList(0, Math.min(names.size(), TIP_NAMES)));
        return Texts.format("filter.tip.chosen", what, names.size() <= TIP_NAMES ? named
                : Texts.format("filter.tip.more", named, names.size() - TIP_NAMES));
    }

    /** The most names a box's tooltip gives of those checked. */
    static final int TIP_NAMES = 8;

    private void showRange() {
        long[] span = model.spanProperty().get();
        long[] chosen = model.rangeProperty().get();
        show(() -> {
            range.setMin(span[0]);
            range.setMax(span[1]);
            // The step of the keys ControlsFX still handles (an arrow with a modifier): a fiftieth, as ours; its
            // own, 10, was ten seconds here.
            range.setBlockIncrement(Math.max(1, (span[1] - span[0]) / 50.0));
            range.setLowValue(chosen[0]);
            range.setHighValue(chosen[1]);
        });
        boolean none = span[1] - span[0] <= 60 && chosen[0] == span[0];
        rangeWhole = none ? "" : model.rangeText(zone.get());
        rangeBrief = none ? "" : model.briefRangeText(zone.get());
        rangeLabel.setText(rangeWhole);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        fitKinds();
        fitRangeLabel();
        super.layoutChildren();
    }

    /**
     * The kinds' box as wide as its longest choice where the bar has room for that beside the lists before it, else
     * as the choice it shows: at 237 % on 1280 px, "Reported speech only" had sent the box into the overflow with
     * 390 px of the bar left empty, room enough for "All quotes".
     */
    private void fitKinds() {
        HBox box = box();
        if (getWidth() <= 0 || box == null || !(lookup(".tool-bar-overflow-button") instanceof Region overflow)) {
            return;
        }
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - snapSizeX(overflow.prefWidth(-1));
        for (Node item : getItems().subList(0, getItems().indexOf(kinds))) {
            room -= item.isManaged() ? snapSizeX(item.prefWidth(-1)) + box.getSpacing() : 0;
        }
        boolean longest = snapSizeX(kinds.widthFor(FittedChoiceBox.Fit.LONGEST_CHOICE, -1)) + box.getSpacing() <= room;
        kinds.fit(longest ? FittedChoiceBox.Fit.LONGEST_CHOICE : FittedChoiceBox.Fit.SHOWN_CHOICE);
    }

    /**
     * The range's label short where the whole of it would send the slider and its label into the overflow: one
     * step of larger type at 1280 px hid the chosen range behind », beside a third of the bar left empty. The whole
     * range is in the label's tooltip then.
     */
    private void fitRangeLabel() {
        HBox box = box();
        if (rangeWhole.isEmpty() || getWidth() <= 0 || box == null) {
            return;
        }
        double spacing = box.getSpacing();
        double others = 0;
        Node group = getItems().get(getItems().size() - 1);
        for (Node item : getItems()) {
            others += item == group || !item.isManaged() ? 0 : snapSizeX(item.prefWidth(-1)) + spacing;
        }
        measure.setFont(rangeLabel.getFont());
        measure.setText(rangeLabel.getText());
        // The group as it would be with the whole label and the slider at its own width.
        double rest = group.prefWidth(-1) - measure.getLayoutBounds().getWidth() - range.prefWidth(-1);
        measure.setText(rangeWhole);
        double whole = measure.getLayoutBounds().getWidth();
        measure.setText(rangeBrief);
        double shortened = measure.getLayoutBounds().getWidth();
        // Two pixels to spare: the group is measured with the label's text as it stands, whole or short, and the two
        // come out a pixel apart; sized to the last pixel of the room, the slider went into the overflow at the next
        // search (at 121 %, 260.9 px for a room of 260), with a quarter of the bar left empty.
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - others - 2;
        // The slider grows with the type: at a fixed 120 px it was a stub beside labels two and a half times as
        // large, and in the overflow at 250 % it had been cut to 80.
        double full = SLIDER_WIDTH * rangeLabel.getFont().getSize() / FontScale.DESIGNED_SIZE;
        // Where even the short label and the narrowest slider leave the bar, they go into the overflow, which has
        // room for the whole of both.
        boolean overflows = rest + full * 2 / 3 + shortened > room;
        boolean brief = !overflows && rest + full + whole > room;
        // Short of room for the short label too, the slider gives up to a third of its width before both go.
        range.setPrefWidth(brief ? Math.max(full * 2 / 3, Math.min(full, room - rest - shortened)) : full);
        String text = brief ? rangeBrief : rangeWhole;
        if (!text.equals(rangeLabel.getText())) {
            rangeLabel.setText(text);
        }
        rangeTip.setText(rangeWhole);
        rangeLabel.setTooltip(brief ? rangeTip : null);
    }

    private void rangeMoved() {
        if (!showing) {
            model.chooseRange((long) range.getLowValue(), (long) range.getHighValue());
        }
    }

    /**
     * A facet's list, whose caption ("Topics: 2/12") changes with the timeline and the checks. The ControlsFX
     * 11.2.2 skin writes the title into the closed list only when the skin is built and when a check changes
     * (it has no listener on the title; controlsfx issue 1023 is a relative), so a timeline that arrived after
     * the window was first drawn (a file read in more than the start's 400 ms, any File > Open) kept the
     * captions of the one before, those of no timeline at start. So each new title is written into the skin's
     * button cell here; with the checked count off, the skin itself would write the same text there.
     */
    private static final class FacetBox extends CheckComboBox<String> {
        private List<String> widestTitles = List.of();

        FacetBox() {
            titleProperty().addListener((obs, old, title) -> showTitle());
            ListBelowBox.keep(this);
            ListTypeAhead.install(this);
            // The tooltip on the combo box the skin draws the box with as well: that box takes the pointer's moves,
            // and on this one alone it never showed.
            skinProperty().addListener((obs, old, skin) -> {
                ComboBox<?> drawn = BoxWidth.drawnBy(this);
                if (drawn != null) {
                    drawn.tooltipProperty().bind(tooltipProperty());
                }
            });
        }

        /** The captions with none and with every option chosen: the box is as wide as the wider, whatever is chosen. */
        void widestTitles(List<String> titles) {
            widestTitles = titles;
            requestLayout();
        }

        /**
         * As wide as the widest caption, not as the widest option as a combo box would be (a topic can be a
         * sentence); at a fixed width, the count of twenty speakers was cut to "Speakers (0/…".
         */
        @Override
        protected double computePrefWidth(double height) {
            return BoxWidth.or(BoxWidth.of(this, widestTitles), () -> super.computePrefWidth(height));
        }

        private void showTitle() {
            ComboBox<?> drawn = BoxWidth.drawnBy(this);
            if (drawn != null && drawn.getButtonCell() != null) {
                drawn.getButtonCell().setText(getTitle());
            }
        }
    }

}
