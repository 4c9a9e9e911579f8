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
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
        LineRaster raster = new LineRaster(image);
        for (Primitive.Line l : lines) {
            int[] rgb = palette.rgb(l.role());
            raster.add(l.x1() * scale + tx, l.y1() * scale + ty, l.x2() * scale + tx, l.y2() * scale + ty,
                    Strokes.visibleWidth(l.width() * scale, 1), rgb[0] << 16 | rgb[1] << 8 | rgb[2],
                    (int) Math.round(255 * Math.max(0, Math.min(1, l.opacity()))));
        }
        raster.flush();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
