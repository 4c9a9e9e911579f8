package deltaflow.diagram.raster;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.Strokes;
import deltaflow.diagram.Theme;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training picture's lines drawn ahead for the window match how a canvas strokes them (square caps, a negative
 * weight's dashes each capped), checked against Java2D's own antialiased BasicStroke with CAP_SQUARE and the same
 * dash array: the coverage of every pixel within a few levels, and the ink in all within a percent.
 */
class LinePictureTest {
    @Test
    void solidAndDashedLinesCoverThePixelsJava2DsSquareCappedStrokeCovers() {
        Palette palette = Palette.of(Theme.LIGHT);
        List<Primitive.Line> lines = new ArrayList<>();
        for (int k = 0; k < 48; k++) {
            double width = 0.5 + (k % 7) * 0.6;
            // Fans of lines at many angles, half of them dashed, as a network's edges between two layers.
            lines.add(new Primitive.Line("edge-" + k, "edge", 20 + (k % 6) * 5, 20 + k * 6, 300, 40 + (k * 37) % 260, width, ColorRole.TEXT, k % 2 == 1, 1, null));
        }
        double scale = 1.5;
        Diagram diagram = new Diagram(400, 400, palette, List.copyOf(lines));
        LinePicture picture = LinePicture.of(diagram, LinePicture.lines(diagram), scale);
        assertEquals(48, picture.lines());

        BufferedImage reference = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = reference.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.translate(-picture.left(), -picture.top());
        g.scale(scale, scale);
        for (Primitive.Line l : lines) {
            float width = (float) Strokes.visibleWidth(l.width(), 1 / scale);
            float[] dashes = null;
            if (l.dashed()) {
                double[] d = Strokes.lineDashes(l.width());
                dashes = new float[] {(float) d[0], (float) d[1]};
            }
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10, dashes, 0));
            g.setColor(java.awt.Color.BLACK);
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        }
        g.dispose();

        long ours = 0, theirs = 0;
        int far = 0, inked = 0;
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                int a = picture.argb()[y * picture.width() + x] >>> 24, b = reference.getRGB(x, y) >>> 24;
                ours += a;
                theirs += b;
                if (a > 0 || b > 0) inked++;
                if (Math.abs(a - b) > 96) far++;
            }
        }
        assertTrue(inked > 5_000, "inked " + inked);
        assertTrue(Math.abs(ours - theirs) <= 0.01 * theirs, "ink " + ours + " against Java2D's " + theirs);
        // Only at ends: LineRaster snaps each end (and each dash's) to a pixel centre, moving it up to half a pixel, and
        // hundreds of dash ends here (measured 2.4 %).
        assertTrue(far <= 0.03 * inked, far + " of " + inked + " pixels differ by more than an antialiasing step");
    }

    @Test
    void fewLinesAreLeftToTheCanvas() {
        Palette palette = Palette.of(Theme.LIGHT);
        List<Primitive> few = new ArrayList<>();
        for (int k = 0; k < LinePicture.MIN_LINES - 1; k++) few.add(new Primitive.Line("e" + k, "edge", 0, k, 100, k, 1, ColorRole.TEXT, false, 1, null));
        Diagram diagram = new Diagram(100, 100, palette, few);
        assertNull(LinePicture.of(diagram, LinePicture.lines(diagram), 1));
    }
}
