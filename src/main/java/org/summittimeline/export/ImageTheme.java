package org.summittimeline.export;

import java.awt.Color;

/** The picture's colours, light or dark, matching the window's themes (GitHub Primer, as AtlantaFX has them). */
public enum ImageTheme {
    LIGHT(new Color(0xffffff), new Color(0xf6f8fa), new Color(0x24292f), new Color(0x57606a), new Color(0xd0d7de)),
    DARK(new Color(0x0d1117), new Color(0x161b22), new Color(0xe6edf3), new Color(0x8b949e), new Color(0x30363d));

    final Color background;
    final Color laneFill;
    final Color text;
    final Color muted;
    final Color grid;

    ImageTheme(Color background, Color laneFill, Color text, Color muted, Color grid) {
        this.background = background;
        this.laneFill = laneFill;
        this.text = text;
        this.muted = muted;
        this.grid = grid;
    }

    boolean isDark() {
        return this == DARK;
    }
}
