package deltaflow.diagram.export;

import deltaflow.model.data.Point;
import deltaflow.model.train.Grid;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A PNG of what a network trained on a 2-D data set answers over the plane, as TensorFlow Playground draws
 * it: the output over the grid as a colour wash from orange (−1) through white (0) to blue (+1), the
 * training points ringed in white and the test points in black. Orange and blue are the Okabe–Ito pair, told
 * apart with any colour vision. Written beside the target and moved into place.
 */
public final class BoundaryPlot {
    private static final Color NEGATIVE = new Color(0xE6, 0x9F, 0x00);
    private static final Color POSITIVE = new Color(0x00, 0x72, 0xB2);

    private BoundaryPlot() {}

    /**
     * Writes a {@code size}×{@code size} PNG: {@code outputs[p]} is the network's output at grid point p
     * (row 0 at the top), values outside [−1, 1] shown as ±1.
     */
    public static void write(Path target, Grid grid, double[] outputs, List<Point> train, List<Point> test, int size) throws IOException {
        AtomicFiles.write(target, png(render(grid, outputs, train, test, size)));
    }

    /** The image as PNG content, for a file written with others in an {@link AtomicFiles.Batch}. */
    public static AtomicFiles.Content png(BufferedImage image) {
        return out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer");
        };
    }

    /** The plot as an image, {@code size} pixels square. */
    public static BufferedImage render(Grid grid, double[] outputs, List<Point> train, List<Point> test, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        int n = grid.resolution();
        for (int y = 0; y < size; y++) {
            double gy = (y + 0.5) / size * (n - 1); // grid rows and columns are the image's, at its pixels' centres
            int r0 = Math.min(n - 2, (int) gy);
            double fy = gy - r0;
            for (int x = 0; x < size; x++) {
                double gx = (x + 0.5) / size * (n - 1);
                int c0 = Math.min(n - 2, (int) gx);
                double fx = gx - c0;
                double v = (1 - fy) * ((1 - fx) * outputs[r0 * n + c0] + fx * outputs[r0 * n + c0 + 1])
                        + fy * ((1 - fx) * outputs[(r0 + 1) * n + c0] + fx * outputs[(r0 + 1) * n + c0 + 1]);
                image.setRGB(x, y, wash(v));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double radius = Math.max(2.5, size / 130.0);
        g.setStroke(new BasicStroke((float) Math.max(1, radius / 2.5)));
        for (List<Point> points : List.of(train, test)) {
            Color ring = points == train ? Color.WHITE : Color.BLACK;
            for (Point p : points) {
                double px = (p.x1() + grid.extent()) / (2 * grid.extent()) * size;
                double py = (grid.extent() - p.x2()) / (2 * grid.extent()) * size;
                Ellipse2D dot = new Ellipse2D.Double(px - radius, py - radius, 2 * radius, 2 * radius);
                g.setColor(new Color(wash(Math.signum(p.label()) * Math.max(0.6, Math.min(1, Math.abs(p.label()))) * 1.0, 1.0)));
                g.fill(dot);
                g.setColor(ring);
                g.draw(dot);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(0, 0, size - 1, size - 1);
        g.dispose();
        return image;
    }

    /** The background: white at 0, towards the class colour, at most 70 % of the way so points stand out. */
    private static int wash(double v) { return wash(v, 0.7); }

    private static int wash(double v, double strength) {
        double t = Math.min(1, Math.abs(Double.isNaN(v) ? 0 : v)) * strength;
        Color c = v < 0 ? NEGATIVE : POSITIVE;
        int r = (int) Math.round(255 + (c.getRed() - 255) * t);
        int gr = (int) Math.round(255 + (c.getGreen() - 255) * t);
        int b = (int) Math.round(255 + (c.getBlue() - 255) * t);
        return (r << 16) | (gr << 8) | b;
    }
}
