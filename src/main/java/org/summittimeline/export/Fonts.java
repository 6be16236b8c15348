package org.summittimeline.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * The picture's fonts and how wide text is in them. Measuring needs no screen: a font render context of its own
 * does it, the same for the PNG and the SVG (whose viewer may pick a slightly different sans-serif face).
 */
final class Fonts {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private final Map<Surface.TextStyle, Font> fonts = new EnumMap<>(Surface.TextStyle.class);

    Fonts() {
        for (Surface.TextStyle s : Surface.TextStyle.values()) {
            fonts.put(s, new Font(Font.SANS_SERIF, s.bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(s.size));
        }
    }

    Font font(Surface.TextStyle style) {
        return fonts.get(style);
    }

    double width(String text, Surface.TextStyle style) {
        return fonts.get(style).getStringBounds(text, CONTEXT).getWidth();
    }
}
