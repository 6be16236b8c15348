package org.summittimeline.ui.present;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.paint.Color;
import org.summittimeline.ui.Contrast;

/**
 * The presentation's colours, defined once here; the stylesheet receives them as looked-up colours. High
 * contrast is the default for projectors: a test holds every text colour of every theme to WCAG AA.
 */
public enum PresentationTheme {
    HIGH_CONTRAST("#000000", "#FFFFFF", "#D4D4D4", "#FFD60A"),
    DARK("#14161C", "#F2F4F8", "#B8BFCC", "#8AB4FF"),
    LIGHT("#FFFFFF", "#111111", "#4A4F57", "#0B57D0");

    private final Color background;
    private final Color text;
    private final Color muted;
    private final Color accent;

    PresentationTheme(String background, String text, String muted, String accent) {
        this.background = Color.web(background);
        this.text = Color.web(text);
        this.muted = Color.web(muted);
        this.accent = Color.web(accent);
    }

    public Color background() { return background; }
    public Color text() { return text; }
    public Color muted() { return muted; }
    public Color accent() { return accent; }

    /** Light words on a dark page: the windows opened over the slides (the keys' help) take the same. */
    public boolean isDark() {
        return background.getBrightness() < 0.5;
    }

    public PresentationTheme next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** The theme as a stylesheet (a data: URL) that sets the presentation's looked-up colours. */
    public String stylesheet() {
        String css = ".presentation { -p-bg: " + hex(background) + "; -p-fg: " + hex(text) + "; -p-muted: "
                + hex(muted) + "; -p-accent: " + hex(accent) + "; }";
        return "data:text/css;base64," + Base64.getEncoder()
                .encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** WCAG 2 contrast ratio between two colours, from 1 to 21. */
    public static double contrast(Color a, Color b) {
        return Contrast.ratio(a, b);
    }
}
