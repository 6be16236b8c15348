package org.summittimeline.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Draws the picture into a raster image through Java 2D, which needs no screen (java.awt.headless). */
final class AwtSurface implements Surface {
    private final Graphics2D g;
    private final Fonts fonts;

    AwtSurface(Graphics2D g, Fonts fonts, double scale) {
        this.g = g;
        this.fonts = fonts;
        g.scale(scale, scale);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color c) {
        g.setColor(c);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color c) {
        g.setColor(c);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Color c, double width) {
        g.setColor(c);
        g.setStroke(new BasicStroke((float) width));
        g.draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, Color c, double width) {
        g.setColor(c);
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color c) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int k = 1; k < xs.length; k++) {
            p.lineTo(xs[k], ys[k]);
        }
        p.closePath();
        g.setColor(c);
        g.fill(p);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color c) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void fade(double x, double y, double w, double h, Color c, double peak, Fade fade) {
        if (w <= 0) {
            return;
        }
        Color clear = withAlpha(c, 0);
        Color full = withAlpha(c, peak);
        if (fade == Fade.BAND) {
            fade(x, y, w / 2, h, c, peak, Fade.IN);
            fade(x + w / 2, y, w / 2, h, c, peak, Fade.OUT);
            return;
        }
        float x0 = (float) x;
        float x1 = (float) (x + w);
        g.setPaint(fade == Fade.IN ? new GradientPaint(x0, 0, clear, x1, 0, full)
                : new GradientPaint(x0, 0, full, x1, 0, clear));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Color c, boolean centred) {
        g.setFont(fonts.font(style));
        g.setColor(c);
        FontMetrics m = g.getFontMetrics();
        double left = centred ? x - fonts.width(text, style) / 2 : x;
        // Centred on y: the baseline sits half the letters' height (ascent less descent) below it.
        double baseline = y + (m.getAscent() - m.getDescent()) / 2.0;
        g.drawString(text, (float) left, (float) baseline);
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }
}
