package deltaflow.diagram.raster;

import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.Strokes;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The translucent edges of dense layers (a 784-128-64-10 network's 110,000 of them) as one transparent ARGB
 * picture, for a screen that would otherwise hand each line to its antialiasing rasterizer: the window's
 * software pipeline took 6–19 s of render-thread CPU to paint them line by line. The same {@link LineRaster} as
 * the PNG export, so the window and its exports draw the haze alike.
 */
public final class HazeRaster {
    private HazeRaster() {}

    /** A line drawn into the haze picture: translucent and solid, as {@link Java2DRenderer} hands to LineRaster. */
    public static boolean isHaze(Primitive.Line line) { return line.opacity() < 1 && !line.dashed(); }

    /**
     * The lines under the transform (screen x = x × scale + tx, y likewise), each at least one pixel wide, in
     * the palette's colours, as premultiplied ARGB pixels of a {@code width} × {@code height} picture, row by
     * row; transparent where no line passes.
     */
    public static int[] argb(Iterable<Primitive.Line> lines, Palette palette, double scale, double tx, double ty, int width, int height) {
        return argb(lines, palette, scale, tx, ty, width, height, false);
    }

    /**
     * As {@link #argb(Iterable, Palette, double, double, double, int, int)}, and with {@code canvasStrokes} as a
     * JavaFX canvas strokes a line under its default cap: reaching half its width past both ends, and a dashed one
     * ({@link Strokes#lineDashes}) as its dashes, each capped so. The window's training picture hands its network's
     * edges here instead of to the canvas, whose software pipeline rasterized (and dashed) them line by line for
     * most of a frame.
     */
    public static int[] argb(Iterable<Primitive.Line> lines, Palette palette, double scale, double tx, double ty, int width, int height,
                             boolean canvasStrokes) {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
        LineRaster raster = new LineRaster(image);
        for (Primitive.Line l : lines) {
            int[] rgb = palette.rgb(l.role());
            int colour = rgb[0] << 16 | rgb[1] << 8 | rgb[2];
            int opacity = (int) Math.round(255 * Math.max(0, Math.min(1, l.opacity())));
            double lineWidth = Strokes.visibleWidth(l.width() * scale, 1);
            double x1 = l.x1() * scale + tx, y1 = l.y1() * scale + ty, x2 = l.x2() * scale + tx, y2 = l.y2() * scale + ty;
            double length = Math.hypot(x2 - x1, y2 - y1);
            if (!canvasStrokes || length == 0) {
                raster.add(x1, y1, x2, y2, lineWidth, colour, opacity);
                continue;
            }
            // Widths in sixteenths of a pixel: each width is a profile LineRaster computes once, and a network's edges
            // have as many widths as weights.
            lineWidth = Math.max(1, Math.round(lineWidth * 16) / 16.0);
            double ux = (x2 - x1) / length, uy = (y2 - y1) / length, cap = lineWidth / 2;
            double[] dashes = l.dashed() ? Strokes.lineDashes(l.width()) : new double[] {length / scale, 0};
            double on = dashes[0] * scale, period = (dashes[0] + dashes[1]) * scale;
            for (double from = 0; from < length; from += period) {
                double to = Math.min(length, from + on);
                raster.add(x1 + ux * (from - cap), y1 + uy * (from - cap), x1 + ux * (to + cap), y1 + uy * (to + cap), lineWidth, colour, opacity);
                if (period <= 0) break;
            }
        }
        raster.flush();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
