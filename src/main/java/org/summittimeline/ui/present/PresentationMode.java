package org.summittimeline.ui.present;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Screens;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;

/**
 * Runs a presentation: opens the audience window full screen on the projector (and, with two screens, the
 * presenter view on the laptop), turns keys, clicker presses, clicks and the wheel into steps, and on Escape
 * closes both and leaves the viewer on the event shown last.
 */
public final class PresentationMode {
    private final AppState state;
    private final Settings settings;
    private Presentation model;
    private PresentationView audienceView;
    private PresenterView presenterView;
    private Stage audience;
    private Stage presenter;
    private ScreenChoice screens;
    private PresentationTheme theme;
    private Timeline ticker;
    private long startedAt;
    /** When the end card was reached; -1 off it. The time spent there is no part of the talk. */
    private long endedAt;
    /** Nanoseconds, as {@link System#nanoTime}; tests put their own clock here. */
    private LongSupplier now = System::nanoTime;
    /** What the viewer does to show the quote a presentation stopped at (the side's Quotes tab). */
    private Runnable showStoppedQuote = () -> { };
    /** Makes the keyboard's help for a presentation over a window (the shell's); null until the shell gives it. */
    private Function<Window, Stage> showKeys;
    private Stage keysShown;
    /** The least height the keys' window is cut to below the corner; on a screen too low for that it stays put. */
    private static final double MIN_KEYS_HEIGHT = 300;

    public PresentationMode(AppState state, Settings settings) {
        this.state = state;
        this.settings = settings;
    }

    /** Runs {@code show} when a presentation stops at a quote, after it is selected, so that the viewer shows it. */
    public void whenStoppedAtQuote(Runnable show) {
        showStoppedQuote = show;
    }

    public boolean isRunning() {
        return audience != null;
    }

    public Presentation model() {
        return model;
    }

    /** Makes the keyboard's help, the presentation's keys first, over the presentation's window F1 was pressed in. */
    public void onKeysAsked(Function<Window, Stage> showKeys) {
        this.showKeys = showKeys;
    }

    public Stage audienceStage() {
        return audience;
    }

    public Stage presenterStage() {
        return presenter;
    }

    public PresentationView audienceView() {
        return audienceView;
    }

    /** Opens the presentation at the selected event, or at the first step. */
    public void start() {
        start(null);
    }

    /** Presents a teacher's lesson ({@code steps}; null: the file's own order) from the selected event. */
    public void start(List<PresentationStep> steps) {
        if (isRunning() || state.query() == null) {
            return;
        }
        model = new Presentation(state.query(), state.result(), steps, state.selectedEvent());
        theme = settings.choice(Settings.Key.PRESENTATION_THEME, PresentationTheme.class);
        audienceView = new PresentationView(model, state.query().timeline(), state.zoneProperty(),
                state.fontScaleProperty());
        List<Screen> all = Screen.getScreens();
        screens = ScreenChoice.choose(all.stream().map(Screen::getBounds).toList(), all.indexOf(Screen.getPrimary()));
        audience = fullScreenStage(audienceView, Texts.get("present.window.audience"));
        if (screens.hasTwoScreens()) {
            presenterView = new PresenterView(model);
            presenter = new Stage();
            presenter.setTitle(Texts.get("present.window.presenter"));
            presenter.setScene(scene(presenterView, 1100, 700));
        }
        applyTheme();
        place();
        startedAt = -1;
        endedAt = -1;
        // At the end the clock stops where the talk ended (it had run on while the class packed up), and back from
        // the end it goes on from there: the time at the end card had been added at the next step.
        model.atEndProperty().addListener((obs, was, atEnd) -> {
            if (atEnd) {
                endedAt = now.getAsLong();
            } else if (endedAt >= 0) {
                if (startedAt >= 0) {
                    startedAt += now.getAsLong() - endedAt;
                }
                endedAt = -1;
                tick();
            }
        });
        model.startedProperty().addListener((obs, was, started) -> {
            if (started && startedAt < 0) {
                startedAt = now.getAsLong();
                tick();
            }
        });
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        tick();
        audience.show();
        if (presenter != null) {
            presenter.show();
        }
        audience.requestFocus();
        Event beside = model.startedBeside();
        if (beside != null) {
            Event first = model.current().event();
            String text = Texts.format((first.startEarliestSecond() >= beside.startEarliestSecond()
                    ? "present.startsAtNext" : "present.startsAtLast") + (model.startedBesideHidden() ? ".hidden" : ""),
                    beside.title(), first.title());
            // To the teacher: on the laptop where there are two screens, else in the slide's corner.
            if (presenterView != null) {
                presenterView.say(text);
            } else {
                audienceView.sayText(text);
            }
        }
    }

    private Stage fullScreenStage(Parent root, String title) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.setScene(scene(root, 1280, 720));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        return stage;
    }

    private Scene scene(Parent root, double w, double h) {
        Scene scene = new Scene(root, w, h);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() < 0) {
                model.forward();
            } else if (e.getDeltaY() > 0) {
                model.back();
            }
            e.consume();
        });
        if (root == audienceView) {
            scene.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    model.forward();
                } else if (e.getButton() == MouseButton.SECONDARY) {
                    model.back();
                }
            });
        }
        return scene;
    }

    /** Puts the audience on its screen, full screen, and the presenter view on the other. */
    private void place() {
        List<Screen> all = Screen.getScreens();
        Rectangle2D target = all.get(Math.min(screens.audience(), all.size() - 1)).getBounds();
        audience.setFullScreen(false);
        audience.setX(target.getMinX());
        audience.setY(target.getMinY());
        audience.setWidth(target.getWidth());
        audience.setHeight(target.getHeight());
        audience.setFullScreen(true);
        if (presenter != null) {
            Rectangle2D own = all.get(Math.min(screens.presenter(), all.size() - 1)).getVisualBounds();
            presenter.setX(own.getMinX() + 20);
            presenter.setY(own.getMinY() + 20);
        }
    }

    private void applyTheme() {
        for (Parent root : new Parent[] {audienceView, presenterView}) {
            if (root != null) {
                root.getStylesheets().removeIf(s -> s.startsWith("data:"));
                root.getStylesheets().add(theme.stylesheet());
                // What a projector shows before the first slide is laid out (a second or two on a large file):
                // the scene's own fill, white by default, a flash in a dark room.
                root.getScene().setFill(theme.background());
            }
        }
        audienceView.setTheme(theme);
        settings.put(Settings.Key.PRESENTATION_THEME, theme.name());
    }

    /** For tests: the clock the elapsed time is read from. */
    void useClock(LongSupplier nanoTime) {
        now = nanoTime;
    }

    void tick() {
        if (endedAt >= 0) {
            return;
        }
        // Setting up before the first advance is not part of the lesson: the clock waits for it.
        Duration elapsed = startedAt < 0 ? Duration.ZERO : Duration.ofNanos(now.getAsLong() - startedAt);
        String text = String.format("%d:%02d", elapsed.toMinutes(), elapsed.toSecondsPart());
        audienceView.setElapsed(text);
        if (presenterView != null) {
            presenterView.setElapsed(text);
        }
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            double shown = audienceView.scale();
            if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                state.fontScaleProperty().set(Settings.Key.FONT_SCALE.step(shown, 1.1));
            } else if ((code == KeyCode.MINUS || code == KeyCode.SUBTRACT) && shown <= 1) {
                audienceView.say("present.scale.smallest");
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                state.fontScaleProperty().set(Math.max(1, Settings.Key.FONT_SCALE.step(shown, 1 / 1.1)));
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                state.fontScaleProperty().set(1.0);
                if (shown <= 1) {
                    // Nothing changes for the class, which sees 100 % already (the viewer's smaller type included).
                    audienceView.say("present.scale.smallest");
                }
            } else if (code == KeyCode.D && e.isShiftDown()) {
                // The viewer's theme key: the presentation keeps colours of its own (C), and the key had done nothing.
                audienceView.say("present.key.themeIsC");
            } else {
                return;
            }
            e.consume();
            return;
        }
        switch (code) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE -> model.forward();
            case ENTER -> model.enter();
            case LEFT, UP, PAGE_UP -> model.back();
            case BACK_SPACE -> model.backspace();
            case HOME -> model.first();
            case END -> model.last();
            case B, PERIOD -> model.toggleBlank(Presentation.Blank.BLACK);
            case W -> model.toggleBlank(Presentation.Blank.WHITE);
            // Only where there is something to show, as the slide's hint says: a card saying there is nothing read
            // as a broken slide in front of the class.
            case V -> {
                if (model.currentQuote() != null && !model.currentQuote().variants().isEmpty()) {
                    model.toggleCard(Presentation.Card.VARIANTS);
                } else {
                    audienceView.say("present.key.noVariants");
                }
            }
            case R -> {
                if (model.currentQuote() != null && audienceView.offersRelations(model.currentQuote())) {
                    model.toggleCard(Presentation.Card.RELATIONS);
                } else {
                    audienceView.say("present.key.noRelations");
                }
            }
            case P -> audienceView.overlayShownProperty().set(!audienceView.overlayShownProperty().get());
            case T -> audienceView.clockShownProperty().set(!audienceView.clockShownProperty().get());
            case C -> {
                theme = theme.next();
                applyTheme();
                // Named, since a note may still stand in the corner from the key before (Ctrl+Shift+D's "C changes
                // them" had stayed over the new colours; a new user's walk).
                audienceView.say("present.theme." + theme.name());
            }
            case S -> {
                if (screens.hasTwoScreens()) {
                    screens = screens.swapped();
                    place();
                } else {
                    audienceView.say("present.key.oneScreen");
                }
            }
            // The keys, the presentation's first, over the screen the key was pressed on: a teacher mid-lesson had
            // pressed F1 and nothing happened.
            case F1 -> showKeys(e.getSource() instanceof Scene scene ? scene.getWindow() : audience);
            case ESCAPE -> stop();
            default -> {
                if (code.isDigitKey()) {
                    // DIGIT7 is named "7", NUMPAD7 "Numpad 7": the digit is the last character either way.
                    model.digit(code.getName().charAt(code.getName().length() - 1) - '0');
                } else {
                    return;
                }
            }
        }
        e.consume();
    }

    /**
     * The keys' window over {@code owner}, which gets the keys back when it closes, and the class's screen its full
     * screen: a full-screen stage that loses the focus may leave full screen.
     */
    private void showKeys(Window owner) {
        if (keysShown != null && keysShown.isShowing()) {
            keysShown.close();
            return;
        }
        if (showKeys == null) {
            return;
        }
        boolean full = owner == audience && audience.isFullScreen();
        audienceView.quiet();
        keysShown = showKeys.apply(owner);
        // Light or dark as the slides are: in the viewer's light theme a white window had lit up the black slide.
        (theme.isDark() ? Theme.DARK : Theme.LIGHT).applyTo(keysShown);
        keysShown.setOnHidden(h -> {
            if (owner.isShowing()) {
                if (full && !audience.isFullScreen()) {
                    audience.setFullScreen(true);
                }
                owner.requestFocus();
            }
        });
        keysShown.show();
        if (owner == audience) {
            // Below the slide's corner, its foot where it was: centred on the screen, it had covered the step counter
            // and the clock, which a teacher reading the keys mid-lesson still wants to see.
            Screens.moveBelow(keysShown, audienceView.cornerBottomOnScreen() + 4, MIN_KEYS_HEIGHT);
        }
    }


    /** Closes the presentation and selects, in the viewer, the event that was on screen and its quote shown last. */
    public void stop() {
        if (!isRunning()) {
            return;
        }
        if (keysShown != null) {
            keysShown.close();
            keysShown = null;
        }
        ticker.stop();
        audienceView.dispose();
        var last = model.lastShownEvent();
        // The end card shows no quote, though the last one revealed is still the slide's.
        var lastQuote = model.atEndProperty().get() ? null : model.currentQuote();
        // Leaving full screen first ends JavaFX's exit-hint animation, which otherwise runs on against the
        // closed window and breaks later pulses.
        audience.setFullScreen(false);
        audience.close();
        if (presenter != null) {
            presenter.close();
        }
        audience = null;
        presenter = null;
        if (last != null) {
            state.selectedEventProperty().set(last);
        }
        if (lastQuote != null) {
            // The teacher who stops at a quote finds it selected in the panel, ready to cite or compare.
            state.selectedQuoteProperty().set(lastQuote);
            showStoppedQuote.run();
        }
    }
}
