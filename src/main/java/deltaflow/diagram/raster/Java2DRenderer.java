package deltaflow.diagram.raster;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Strokes;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.TextMetrics;
import deltaflow.model.MathText;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

/**
 * Draws a diagram into an image with Java2D, headless: the PNG and GIF sink. One image pixel per diagram
 * unit times {@code pixelsPerUnit}; text drawn run by run so sub- and superscripts sit as in the SVG.
 */
public final class Java2DRenderer {
    static final String FONT_FAMILY = TextMetrics.FONT_FAMILY;

    private Java2DRenderer() {}

    /** The image size for a diagram at this resolution. */
    public static int pixels(double units, double pixelsPerUnit) { return Math.max(1, (int) Math.ceil(units * pixelsPerUnit)); }

    public static BufferedImage render(Diagram diagram, double pixelsPerUnit, boolean transparent) {
        return render(diagram, pixelsPerUnit, transparent, true);
    }

    /**
     * With {@code ownLines}, the translucent edges of dense layers are drawn by {@link LineRaster} straight into the
     * pixels, in their turn among the other primitives (Java2D draws into the image at once, so the two never
     * reorder); without, by Java2D as everything else, the reference they are compared with.
     */
    static BufferedImage render(Diagram diagram, double pixelsPerUnit, boolean transparent, boolean ownLines) {
        int w = pixels(diagram.width(), pixelsPerUnit), h = pixels(diagram.height(), pixelsPerUnit);
        BufferedImage image = new BufferedImage(w, h, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Map<ColorRole, Color> colors = colors(diagram.palette());
            if (!transparent) {
                g.setColor(colors.get(ColorRole.BACKGROUND));
                g.fillRect(0, 0, w, h);
            }
            g.scale(pixelsPerUnit, pixelsPerUnit);
            LineRaster raster = ownLines ? new LineRaster(image) : null;
            Painter painter = new Painter(g, colors, pixelsPerUnit);
            for (Primitive p : diagram.primitives()) {
                if (raster != null && p instanceof Primitive.Line l && haze(l)) {
                    // At least one pixel wide, as below.
                    raster.add(l.x1() * pixelsPerUnit, l.y1() * pixelsPerUnit, l.x2() * pixelsPerUnit, l.y2() * pixelsPerUnit,
                            Strokes.visibleWidth(l.width() * pixelsPerUnit, 1), colors.get(l.role()).getRGB() & 0xffffff, alpha(l.opacity()));
                } else {
                    if (raster != null) raster.flush();
                    painter.draw(p);
                }
            }
            if (raster != null) raster.flush();
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Map<ColorRole, Color> colors(Palette palette) {
        Map<ColorRole, Color> colors = new EnumMap<>(ColorRole.class);
        for (ColorRole role : ColorRole.values()) {
            int[] rgb = palette.rgb(role);
            colors.put(role, new Color(rgb[0], rgb[1], rgb[2]));
        }
        return colors;
    }

    /** A line of a dense layer's haze, drawn by {@link LineRaster}: translucent and solid. */
    private static boolean haze(Primitive.Line l) { return l.opacity() < 1 && !l.dashed(); }

    /** Draws each primitive into {@code g}, whose transform maps diagram units to {@code pixelsPerUnit} pixels. */
    private record Painter(Graphics2D g, Map<ColorRole, Color> colors, double pixelsPerUnit) implements Primitive.Visitor<Void> {
        void draw(Primitive p) {
            // Hairlines of a dense layer: pure stroke control (sub-pixel placement) costs time and shows nothing in a haze.
            boolean haze = p instanceof Primitive.Line h && h.opacity() < 1;
            Object control = haze ? RenderingHints.VALUE_STROKE_NORMALIZE : RenderingHints.VALUE_STROKE_PURE;
            if (g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL) != control) g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, control);
            p.accept(this);
        }

        @Override public Void line(Primitive.Line l) {
            g.setColor(alpha(colors.get(l.role()), l.opacity()));
            float width = (float) Strokes.visibleWidth(l.width(), 1 / pixelsPerUnit);
            g.setStroke(l.dashed() ? dashed(width, Strokes.lineDashes(l.width())) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            return null;
        }

        @Override public Void circle(Primitive.Circle c) {
            shape(g, new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r()), colors, c.fill(), c.stroke(), c.strokeWidth(), c.dashed(), 1);
            return null;
        }

        @Override public Void polygon(Primitive.Polygon poly) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(poly.x(0), poly.y(0));
            for (int k = 1; k < poly.size(); k++) path.lineTo(poly.x(k), poly.y(k));
            path.closePath();
            shape(g, path, colors, poly.fill(), poly.stroke(), poly.strokeWidth(), poly.dashed(), 1);
            return null;
        }

        @Override public Void rect(Primitive.Rect r) {
            shape(g, new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.corner(), 2 * r.corner()), colors,
                    r.fill(), r.stroke(), r.strokeWidth(), false, r.opacity());
            return null;
        }

        @Override public Void text(Primitive.Text t) {
            Java2DRenderer.text(g, t, colors.get(t.role()));
            return null;
        }

        @Override public Void polyline(Primitive.Polyline q) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(q.x(0), q.y(0));
            for (int k = 1; k < q.size(); k++) path.lineTo(q.x(k), q.y(k));
            g.setColor(colors.get(q.role()));
            float width = (float) Strokes.visibleWidth(q.width(), 1 / pixelsPerUnit);
            g.setStroke(q.dashed() ? dashed(width, Strokes.lineDashes(q.width())) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(path);
            return null;
        }

        @Override public Void raster(Primitive.Raster r) {
            Java2DRenderer.raster(g, r);
            return null;
        }
    }

    /** The cells as an image stretched over the raster's rectangle, blended bilinearly when smooth, as blocks otherwise. */
    private static void raster(Graphics2D g, Primitive.Raster r) {
        BufferedImage cells = new BufferedImage(r.columns(), r.rows(), BufferedImage.TYPE_INT_ARGB);
        cells.setRGB(0, 0, r.columns(), r.rows(), r.argb(), 0, r.columns());
        Object was = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                r.smooth() ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform place = AffineTransform.getTranslateInstance(r.x(), r.y());
        place.scale(r.width() / r.columns(), r.height() / r.rows());
        g.drawImage(cells, place, null);
        if (was != null) g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, was);
    }

    private static void shape(Graphics2D g, java.awt.Shape shape, Map<ColorRole, Color> colors, ColorRole fill, ColorRole stroke,
                              double width, boolean dashed, double fillOpacity) {
        if (fill != null) {
            g.setColor(alpha(colors.get(fill), fillOpacity));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(colors.get(stroke));
            g.setStroke(dashed ? dashed((float) width, Strokes.outlineDashes(width)) : new BasicStroke((float) width));
            g.draw(shape);
        }
    }

    private static BasicStroke dashed(float width, double[] onOff) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {(float) onOff[0], (float) onOff[1]}, 0);
    }

    private static Color alpha(Color c, double opacity) {
        return opacity >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha(opacity));
    }

    private static int alpha(double opacity) { return (int) Math.round(255 * Math.max(0, Math.min(1, opacity))); }

    /**
     * Run by run: scripts smaller and shifted as {@link TextMetrics#shift} says; y is the middle of the line. Each run
     * is drawn in pieces by {@link FontFallback} (Chinese in a CJK font), all on the baseline of the diagram's font,
     * and measured as drawn.
     */
    private static void text(Graphics2D g, Primitive.Text t, Color color) {
        Font normal = new Font(FONT_FAMILY, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.fontSize());
        Font script = normal.deriveFont((float) (t.fontSize() * TextMetrics.SCRIPT_SIZE));
        double width = 0;
        for (MathText.Run run : t.text().runs()) {
            for (FontFallback.Piece piece : FontFallback.pieces(printable(run.text()), run.script() == MathText.Script.NORMAL ? normal : script)) {
                width += g.getFontMetrics(piece.font()).getStringBounds(piece.text(), g).getWidth();
            }
        }
        double x = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - width / 2; case END -> t.x() - width; };
        g.setColor(color);
        for (MathText.Run run : t.text().runs()) {
            Font font = run.script() == MathText.Script.NORMAL ? normal : script;
            FontMetrics fm = g.getFontMetrics(font);
            double middle = t.y() + TextMetrics.shift(run.script(), t.fontSize());
            float baseline = (float) (middle + (fm.getAscent() - fm.getDescent()) / 2.0);
            for (FontFallback.Piece piece : FontFallback.pieces(printable(run.text()), font)) {
                g.setFont(piece.font());
                g.drawString(piece.text(), (float) x, baseline);
                x += g.getFontMetrics(piece.font()).getStringBounds(piece.text(), g).getWidth();
            }
        }
    }

    /** A label is one line: control characters (a newline in a title) are drawn as spaces, not as boxes or nothing. */
    static String printable(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isISOControl(text.charAt(k))) return text.replaceAll("\\p{Cntrl}", " ");
        }
        return text;
    }
}
