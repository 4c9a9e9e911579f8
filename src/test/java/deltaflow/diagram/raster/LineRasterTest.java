package deltaflow.diagram.raster;

import deltaflow.model.RandomNetworks;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.View;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineRasterTest {
    @Test
    void aLineLandsOnThePixelsItCovers() {
        BufferedImage image = white(40, 40);
        LineRaster raster = new LineRaster(image);
        raster.add(10.2, 20.3, 30.4, 20.1, 1, 0x000000, 255); // ends snap to pixel centres: (10.5, 20.5) to (30.5, 20.5)
        raster.flush();
        // Just short of the centre (as Java2D puts it) the band spans rows 20 and a sliver of 19: row 20 is black.
        for (int x = 11; x <= 29; x++) {
            assertTrue(red(image, x, 20) <= 2, "row 20 at " + x + ": " + red(image, x, 20));
            assertTrue(red(image, x, 19) >= 253 && red(image, x, 21) == 255, "rows 19 and 21 at " + x);
        }
        // The butt ends stop at the end pixels' centres: half of each end pixel, nothing beyond.
        assertEquals(127, red(image, 10, 20), 4);
        assertEquals(127, red(image, 30, 20), 4);
        assertEquals(255, red(image, 9, 20));
        assertEquals(255, red(image, 31, 20));
        int inked = 0;
        for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) if (red(image, x, y) < 255) inked++;
        assertTrue(inked <= 2 * 21, "row 20 and its sliver of row 19 from x = 10 to 30, nothing else: " + inked);
    }

    @Test
    void aSlantedLineHasTheInkOfItsAreaAndMatchesJava2D() {
        double[][] lines = {{5, 7, 35, 19}, {6, 3, 14, 37}, {4, 36, 36, 4}, {30, 5, 10, 33}};
        for (double[] l : lines) {
            BufferedImage own = white(40, 40), java2d = white(40, 40);
            LineRaster raster = new LineRaster(own);
            raster.add(l[0], l[1], l[2], l[3], 1, 0x000000, 255);
            raster.flush();
            Graphics2D g = java2d.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(l[0], l[1], l[2], l[3]));
            g.dispose();
            double ink = 0;
            int worst = 0;
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 40; x++) {
                    ink += (255 - red(own, x, y)) / 255.0;
                    worst = Math.max(worst, Math.abs(red(own, x, y) - red(java2d, x, y)));
                }
            }
            double length = Math.hypot(LineRaster.snap(l[2]) - LineRaster.snap(l[0]), LineRaster.snap(l[3]) - LineRaster.snap(l[1]));
            assertEquals(length, ink, 0.02 * length, "ink of a line 1 pixel wide");
            // Coverage is an area here, a count of sub-pixel samples in Java2D (Marlin): a few levels apart at most.
            assertTrue(worst <= 8, "largest difference from Java2D: " + worst);
        }
    }

    @Test
    void denseLayersLookAsJava2DDrawsThem() throws Exception {
        // 200 × 60 and 60 × 40 edges: two dense layers of translucent lines (opacity 0.27 and 0.61), crossing in a haze.
        Timeline timeline = Timeline.of(RandomNetworks.sigmoid(new int[] {200, 60, 40, 10}, 2));
        for (View view : new View[] {View.FORWARD, View.BOTH}) {
            Diagram d = DiagramBuilder.build(timeline, timeline.size(), DiagramOptions.defaults().withView(view));
            assertTrue(d.primitives().stream().filter(p -> p instanceof Primitive.Line l && l.opacity() < 1).count() > 10_000);
            for (boolean transparent : new boolean[] {false, true}) {
                BufferedImage own = Java2DRenderer.render(d, 1, transparent, true);
                BufferedImage reference = Java2DRenderer.render(d, 1, transparent, false);
                Path shots = Files.createDirectories(Path.of("target", "screenshots"));
                String name = "dense-" + view.id() + (transparent ? "-transparent" : "");
                ImageIO.write(own, "png", shots.resolve(name + ".png").toFile());
                ImageIO.write(reference, "png", shots.resolve(name + "-java2d.png").toFile());
                long sum = 0, channels = 0, off = 0;
                int worst = 0;
                for (int y = 0; y < own.getHeight(); y++) {
                    for (int x = 0; x < own.getWidth(); x++) {
                        int a = overWhite(own.getRGB(x, y)), b = overWhite(reference.getRGB(x, y));
                        for (int shift = 0; shift < 24; shift += 8) {
                            int diff = Math.abs((a >> shift & 0xff) - (b >> shift & 0xff));
                            sum += diff;
                            channels++;
                            if (diff > 2) off++;
                            worst = Math.max(worst, diff);
                        }
                    }
                }
                // Each line's coverage differs by a level or two (area against sub-pixel samples); the 8-bit rounding of
                // every later blend keeps or drops such a level, so where dozens of lines cross a pixel the difference
                // can grow by a few levels, and on transparent images (colours divided by small alphas) by more.
                double mean = (double) sum / channels;
                assertTrue(mean < 0.5, name + ": mean difference " + mean);
                assertTrue(off < channels / 100, name + ": channels more than 2 apart: " + off + " of " + channels);
                assertTrue(worst <= (transparent ? 48 : 16), name + ": largest difference " + worst);
            }
        }
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static int red(BufferedImage image, int x, int y) { return image.getRGB(x, y) >> 16 & 0xff; }

    /** A pixel as it shows on white, so transparent pixels compare by what they look like. */
    private static int overWhite(int argb) {
        int alpha = argb >>> 24, rgb = 0;
        for (int shift = 0; shift < 24; shift += 8) rgb |= ((argb >> shift & 0xff) * alpha + 255 * (255 - alpha) + 127) / 255 << shift;
        return rgb;
    }
}
