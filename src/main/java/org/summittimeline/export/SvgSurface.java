package org.summittimeline.export;

import java.awt.Color;
import java.util.Locale;

/**
 * Writes the picture as SVG text: shapes as elements, fades as linear gradients, text as text (so it stays
 * searchable and sharp at any size). Everything from the data is escaped for XML.
 */
final class SvgSurface implements Surface {
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Fonts fonts;
    private int gradients;

    SvgSurface(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The whole document, {@code width} × {@code height} at 1×, drawn {@code scale} times as large. */
    String document(double width, double height, double scale, String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width * scale)
                + "\" height=\"" + n(height * scale) + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\""
                + " font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<defs>\n" + defs + "</defs>\n" + body + "</svg>\n";
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color c) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(fill(c)).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color c) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(arc / 2)).append('"')
                .append(fill(c)).append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Color c, double width) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(arc / 2)).append("\" fill=\"none\"")
                .append(stroke(c, width)).append("/>\n");
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, Color c, double width) {
        body.append("<line x1=\"").append(n(x0)).append("\" y1=\"").append(n(y0)).append("\" x2=\"").append(n(x1))
                .append("\" y2=\"").append(n(y1)).append('"').append(stroke(c, width)).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color c) {
        body.append("<polygon points=\"");
        for (int k = 0; k < xs.length; k++) {
            body.append(k == 0 ? "" : " ").append(n(xs[k])).append(',').append(n(ys[k]));
        }
        body.append('"').append(fill(c)).append("/>\n");
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color c) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"').append(fill(c)).append("/>\n");
    }

    @Override
    public void fade(double x, double y, double w, double h, Color c, double peak, Fade fade) {
        if (w <= 0) {
            return;
        }
        String id = "fade" + (++gradients);
        String colour = hex(c);
        double[] stops = switch (fade) {
            case IN -> new double[] {0, 0, 1, peak};
            case OUT -> new double[] {0, peak, 1, 0};
            case BAND -> new double[] {0, 0, 0.5, peak, 1, 0};
        };
        defs.append("<linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">");
        for (int k = 0; k < stops.length; k += 2) {
            defs.append("<stop offset=\"").append(n(stops[k])).append("\" stop-color=\"").append(colour)
                    .append("\" stop-opacity=\"").append(n(stops[k + 1])).append("\"/>");
        }
        defs.append("</linearGradient>\n");
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"url(#").append(id).append(")\"/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Color c, boolean centred) {
        // The baseline a third of the size below the centre line: "central" baselines are not read everywhere.
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + style.size * 0.36)).append("\" font-size=\"")
                .append(n(style.size)).append('"').append(style.bold ? " font-weight=\"bold\"" : "")
                .append(centred ? " text-anchor=\"middle\"" : "")
                // The same width as measured, so that the layout's gaps hold in any viewer's sans-serif.
                .append(" textLength=\"").append(n(fonts.width(text, style))).append("\" lengthAdjust=\"spacingAndGlyphs\"")
                .append(fill(c)).append('>').append(escape(text))
                .append("</text>\n");
    }

    private static String fill(Color c) {
        return " fill=\"" + hex(c) + "\"" + (c.getAlpha() == 255 ? "" : " fill-opacity=\"" + n(c.getAlpha() / 255.0) + "\"");
    }

    private static String stroke(Color c, double width) {
        return " stroke=\"" + hex(c) + "\" stroke-width=\"" + n(width) + "\""
                + (c.getAlpha() == 255 ? "" : " stroke-opacity=\"" + n(c.getAlpha() / 255.0) + "\"");
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** Text as XML character data or an attribute value; characters XML 1.0 forbids are left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        if (ch != 0xFFFE && ch != 0xFFFF) {
                            out.append(ch);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
