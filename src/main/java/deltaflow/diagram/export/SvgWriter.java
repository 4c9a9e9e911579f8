package deltaflow.diagram.export;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Strokes;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.RasterPixels;
import deltaflow.diagram.TextMetrics;
import deltaflow.model.MathText;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;
import java.util.Locale;

/**
 * A diagram as real vector SVG: every primitive an element with the diagram's id and classes, text as text
 * with {@code <tspan>} sub- and superscripts, and the palette defined once in a {@code <style>} block
 * ({@code .fill-positive}, {@code .stroke-negative}, ...), so a reader can restyle it without touching the
 * drawing.
 */
public final class SvgWriter {
    static final String FONT_FAMILY = "'" + TextMetrics.FONT_FAMILY + "', 'Helvetica Neue', Arial, sans-serif";

    private static final int CHUNK = 1 << 15;
    /** A block raster's cells are drawn this many PNG pixels square at most, and the PNG this many pixels wide or high at most. */
    private static final int BLOCK_SCALE = 8, MAX_BLOCK_PIXELS = 512;

    private final boolean transparent;

    /** @param transparent leave out the background rectangle */
    public SvgWriter(boolean transparent) { this.transparent = transparent; }

    /** The whole document as one string: for the clipboard and small diagrams; files use {@link #write(Diagram, Writer)}. */
    public String write(Diagram diagram) {
        StringWriter text = new StringWriter(diagram.primitives().size() * 160 + 2000);
        try {
            write(diagram, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Writes the document as it is produced, a few kilobytes at a time: a 10^7-edge diagram is never one string. */
    public void write(Diagram diagram, Writer out) throws IOException {
        StringBuilder svg = new StringBuilder(CHUNK + 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:space=\"preserve\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" font-family=\"%s\">\n",
                n(diagram.width()), n(diagram.height()), n(diagram.width()), n(diagram.height()), FONT_FAMILY));
        style(svg, diagram);
        if (!transparent) {
            svg.append("<rect id=\"background\" class=\"background fill-background\" x=\"0\" y=\"0\" width=\"")
                    .append(n(diagram.width())).append("\" height=\"").append(n(diagram.height())).append("\"/>\n");
        }
        Elements elements = new Elements(svg);
        for (Primitive p : diagram.primitives()) {
            p.accept(elements);
            if (svg.length() >= CHUNK) {
                out.append(svg);
                svg.setLength(0);
            }
        }
        svg.append("</svg>\n");
        out.append(svg);
        out.flush();
    }

    private static void style(StringBuilder svg, Diagram diagram) {
        svg.append("<style>\n");
        for (ColorRole role : ColorRole.values()) {
            String c = diagram.palette().color(role);
            svg.append("  .fill-").append(role.cssName()).append(" { fill: ").append(c).append("; }\n");
            svg.append("  .stroke-").append(role.cssName()).append(" { stroke: ").append(c).append("; }\n");
        }
        svg.append("  .fill-none { fill: none; }\n  text { white-space: pre; }\n  .bold { font-weight: bold; }\n");
        svg.append("</style>\n");
    }

    /** Each primitive as one element, appended to {@code svg}. */
    private record Elements(StringBuilder svg) implements Primitive.Visitor<StringBuilder> {
        @Override public StringBuilder line(Primitive.Line l) {
            svg.append("<line").append(attrs(l, "stroke-" + l.role().cssName()))
                    .append(xy("x1", l.x1())).append(xy("y1", l.y1())).append(xy("x2", l.x2())).append(xy("y2", l.y2()))
                    .append(xy("stroke-width", l.width()));
            if (l.dashed()) dashes(svg, Strokes.lineDashes(l.width()));
            if (l.opacity() < 1) svg.append(xy("stroke-opacity", l.opacity()));
            return svg.append("/>\n");
        }

        @Override public StringBuilder circle(Primitive.Circle c) {
            svg.append("<circle").append(attrs(c, paint(c.fill(), c.stroke())))
                    .append(xy("cx", c.cx())).append(xy("cy", c.cy())).append(xy("r", c.r()));
            shapeStroke(svg, c.stroke(), c.strokeWidth(), c.dashed());
            return svg.append("/>\n");
        }

        @Override public StringBuilder polygon(Primitive.Polygon g) {
            svg.append("<polygon").append(attrs(g, paint(g.fill(), g.stroke()))).append(" points=\"");
            for (int k = 0; k < g.size(); k++) svg.append(k == 0 ? "" : " ").append(n(g.x(k))).append(',').append(n(g.y(k)));
            svg.append('"');
            shapeStroke(svg, g.stroke(), g.strokeWidth(), g.dashed());
            return svg.append("/>\n");
        }

        @Override public StringBuilder rect(Primitive.Rect r) {
            svg.append("<rect").append(attrs(r, paint(r.fill(), r.stroke())))
                    .append(xy("x", r.x())).append(xy("y", r.y())).append(xy("width", r.width())).append(xy("height", r.height()));
            if (r.corner() > 0) svg.append(xy("rx", r.corner()));
            if (r.opacity() < 1) svg.append(xy("fill-opacity", r.opacity()));
            shapeStroke(svg, r.stroke(), r.strokeWidth(), false);
            return svg.append("/>\n");
        }

        @Override public StringBuilder text(Primitive.Text t) {
            SvgWriter.text(svg, t);
            return svg;
        }

        @Override public StringBuilder polyline(Primitive.Polyline q) {
            svg.append("<polyline").append(attrs(q, "fill-none stroke-" + q.role().cssName())).append(" points=\"");
            for (int k = 0; k < q.size(); k++) svg.append(k == 0 ? "" : " ").append(n(q.x(k))).append(',').append(n(q.y(k)));
            svg.append('"').append(xy("stroke-width", q.width())).append(" stroke-linejoin=\"round\"");
            if (q.dashed()) dashes(svg, Strokes.lineDashes(q.width()));
            return svg.append("/>\n");
        }

        @Override public StringBuilder raster(Primitive.Raster r) {
            SvgWriter.raster(svg, r);
            return svg;
        }
    }

    /**
     * A raster as an {@code <image>} holding a PNG. Blocks are also enlarged in the PNG itself (each cell a few
     * pixels square), so they stay sharp in renderers that ignore {@code image-rendering} and smooth every image.
     */
    private static void raster(StringBuilder svg, Primitive.Raster r) {
        int scale = r.smooth() ? 1 : Math.max(1, Math.min(BLOCK_SCALE, MAX_BLOCK_PIXELS / Math.max(r.columns(), r.rows())));
        int w = r.columns() * scale, h = r.rows() * scale;
        int[] pixels = scale == 1 ? r.argb() : RasterPixels.resize(r, w, h);
        svg.append("<image").append(attrs(r, "")).append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(xy("x", r.x())).append(xy("y", r.y())).append(xy("width", r.width())).append(xy("height", r.height()))
                .append(" preserveAspectRatio=\"none\"");
        if (!r.smooth()) svg.append(" image-rendering=\"optimizeSpeed\" style=\"image-rendering: pixelated\"");
        svg.append(" xlink:href=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(PngEncoder.encode(w, h, pixels)))
                .append("\"/>\n");
    }

    private static void dashes(StringBuilder svg, double[] onOff) {
        svg.append(" stroke-dasharray=\"").append(n(onOff[0])).append(' ').append(n(onOff[1])).append('"');
    }

    private static void text(StringBuilder svg, Primitive.Text t) {
        String anchor = switch (t.anchor()) { case START -> "start"; case MIDDLE -> "middle"; case END -> "end"; };
        svg.append("<text").append(attrs(t, "fill-" + t.role().cssName() + (t.bold() ? " bold" : "")))
                .append(xy("x", t.x())).append(xy("y", t.y())).append(xy("font-size", t.fontSize()))
                .append(" text-anchor=\"").append(anchor).append("\" dominant-baseline=\"central\">");
        double shift = 0;
        for (MathText.Run run : t.text().runs()) {
            // Rounded as written, so the shifts add up to exactly 0 when the text returns to the line.
            double target = Double.parseDouble(n(TextMetrics.shift(run.script(), t.fontSize())));
            svg.append("<tspan");
            if (target != shift) svg.append(xy("dy", target - shift));
            if (run.script() != MathText.Script.NORMAL) svg.append(xy("font-size", t.fontSize() * TextMetrics.SCRIPT_SIZE));
            svg.append('>').append(escape(run.text())).append("</tspan>");
            shift = target;
        }
        svg.append("</text>\n");
    }

    private static String paint(ColorRole fill, ColorRole stroke) {
        String f = fill == null ? "fill-none" : "fill-" + fill.cssName();
        return stroke == null ? f : f + " stroke-" + stroke.cssName();
    }

    /** The stroke's colour comes from its class; its width and dashes are geometry, so they are attributes. */
    private static void shapeStroke(StringBuilder svg, ColorRole stroke, double width, boolean dashed) {
        if (stroke == null) return;
        svg.append(xy("stroke-width", width));
        if (dashed) dashes(svg, Strokes.outlineDashes(width));
    }

    private static String attrs(Primitive p, String paint) {
        String classes = p.classes().isEmpty() ? paint : paint.isEmpty() ? p.classes() : p.classes() + " " + paint;
        return " id=\"" + escape(p.id()) + "\" class=\"" + escape(classes) + "\"";
    }

    private static String xy(String name, double v) { return " " + name + "=\"" + n(v) + "\""; }

    /** Two decimals at most: sub-pixel precision, small files. */
    static String n(double v) {
        long rounded = Math.round(v * 100);
        if (rounded % 100 == 0) return Long.toString(rounded / 100);
        return String.format(Locale.ROOT, "%.2f", rounded / 100.0).replaceAll("0+$", "");
    }

    /**
     * Text as XML character data or an attribute value. Characters XML 1.0 does not allow at all (control
     * characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; a tab, newline or carriage return becomes a
     * space, since a label is one line.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> {
                    if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) {
                        out.append(c).append(text.charAt(++k));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
