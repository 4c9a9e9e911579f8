package deltaflow.diagram.raster;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.train.BatchCosts;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.diagram.train.TrainingSnapshot;
import deltaflow.model.Activation;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GIF's 256 colours: smooth heatmaps dithered from a palette of their own instead of banded, flat fills and
 * text exact. "Before" is what the writer did until now: ImageIO's own conversion of an RGB frame.
 */
class GifQuantizerTest {
    private static final int FILL = 0x3a7bd5, BACKGROUND = 0xffffff, INK = 0x222222;

    /** A heatmap (four colours blended, as the training picture's plane) beside a flat box and text. */
    private static BufferedImage synthetic() {
        BufferedImage image = new BufferedImage(480, 200, BufferedImage.TYPE_INT_RGB);
        // Four corners blended bilinearly: thousands of colours, each close to its neighbours.
        int[][] corners = {{40, 90, 200}, {245, 245, 245}, {60, 170, 90}, {235, 120, 30}};
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                double u = x / 299.0, v = y / 199.0;
                int c = 0;
                for (int ch = 0; ch < 3; ch++) {
                    double value = corners[0][ch] * (1 - u) * (1 - v) + corners[1][ch] * u * (1 - v) + corners[2][ch] * (1 - u) * v + corners[3][ch] * u * v;
                    c = c << 8 | (int) Math.round(value);
                }
                image.setRGB(x, y, c);
            }
            for (int x = 300; x < 480; x++) image.setRGB(x, y, BACKGROUND);
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(FILL));
        g.fillRect(320, 20, 140, 60);
        g.setColor(new Color(INK));
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 22));
        g.drawString("δ = σ'(z) ⊙ W^T δ", 310, 130);
        g.fillOval(330, 150, 37, 37);
        g.dispose();
        return image;
    }

    /** The frame written as one GIF by {@link BackwardAnimation#writeGif} and read back. */
    private static BufferedImage ours(BufferedImage frame) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackwardAnimation.writeGif(List.of(new BackwardAnimation.Frame(frame, 1)).iterator(), 10, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The frame as ImageIO writes an RGB image to GIF (its octree palette, no dither): the writer until now. */
    private static BufferedImage before(BufferedImage frame) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(frame, "gif", out));
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    /**
     * Banding of a smooth region, seen as a viewer sees it from a little way off (4 × 4 pixel blocks averaged):
     * how far the blocks stray from the original's, on average and at worst, and the largest jump between
     * neighbouring blocks beyond the original's own (a band's edge).
     */
    private record Banding(int colours, double meanError, double worstError, double worstStep) {}

    private static Banding banding(BufferedImage original, BufferedImage gif, Rectangle area) {
        Set<Integer> colours = new HashSet<>();
        for (int y = area.y; y < area.y + area.height; y++) for (int x = area.x; x < area.x + area.width; x++) colours.add(gif.getRGB(x, y) & 0xffffff);
        double sum = 0, worst = 0, step = 0;
        int blocks = 0;
        for (int y = area.y; y + 4 <= area.y + area.height; y += 4) {
            double[] leftA = null, leftB = null;
            for (int x = area.x; x + 4 <= area.x + area.width; x += 4) {
                double[] a = average(original, x, y), b = average(gif, x, y);
                sum += distance(a, b);
                worst = Math.max(worst, distance(a, b));
                blocks++;
                if (leftA != null) {
                    for (int ch = 0; ch < 3; ch++) step = Math.max(step, Math.abs(Math.abs(b[ch] - leftB[ch]) - Math.abs(a[ch] - leftA[ch])));
                }
                leftA = a;
                leftB = b;
            }
        }
        return new Banding(colours.size(), sum / blocks, worst, step);
    }

    private static double distance(double[] a, double[] b) {
        return Math.max(Math.abs(a[0] - b[0]), Math.max(Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])));
    }

    private static double[] average(BufferedImage image, int x0, int y0) {
        double[] sum = new double[3];
        for (int y = y0; y < y0 + 4; y++) {
            for (int x = x0; x < x0 + 4; x++) {
                int c = image.getRGB(x, y);
                sum[0] += (c >> 16 & 0xff) / 16.0;
                sum[1] += (c >> 8 & 0xff) / 16.0;
                sum[2] += (c & 0xff) / 16.0;
            }
        }
        return sum;
    }

    /** Pixels whose original colour is one of the frame's flat colours (covering ≥ 1/4096 of it) but that changed. */
    private static int flatPixelsChanged(BufferedImage original, BufferedImage gif) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < original.getHeight(); y++) for (int x = 0; x < original.getWidth(); x++) counts.merge(original.getRGB(x, y), 1, Integer::sum);
        int threshold = Math.max(GifQuantizer.MIN_FLAT_PIXELS, original.getWidth() * original.getHeight() / GifQuantizer.FLAT_SHARE);
        Set<Integer> flat = new HashSet<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= threshold).sorted((a, b) -> b.getValue() - a.getValue())
                .limit(GifQuantizer.MAX_FLAT).forEach(e -> flat.add(e.getKey()));
        int changed = 0;
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                int c = original.getRGB(x, y);
                if (flat.contains(c) && gif.getRGB(x, y) != c) changed++;
            }
        }
        return changed;
    }

    @Test
    void aSmoothGradientIsDitheredNotBandedAndFlatFillsAndTextStayExact() throws IOException {
        BufferedImage frame = synthetic();
        BufferedImage now = ours(frame), was = before(frame);
        Rectangle heatmap = new Rectangle(4, 4, 292, 192);
        Banding after = banding(frame, now, heatmap), previous = banding(frame, was, heatmap);
        System.out.println("synthetic heatmap before " + previous + ", after " + after);
        assertTrue(after.colours() > previous.colours(), "more colours along the gradient: " + previous + " → " + after);
        assertTrue(after.meanError() < previous.meanError() / 2, "block averages nearer the original: " + previous + " → " + after);
        assertTrue(after.worstError() < previous.worstError(), "no band stands out: " + previous + " → " + after);
        assertTrue(after.worstStep() < previous.worstStep(), "no band's edge: " + previous + " → " + after);
        // Flat: the box, the background and the text's own colour exactly as drawn, every pixel of them.
        for (int y = 22; y < 78; y++) for (int x = 322; x < 458; x++) assertEquals(FILL, now.getRGB(x, y) & 0xffffff, "box at " + x + "," + y);
        assertEquals(0, flatPixelsChanged(frame, now));
        // Text and its anti-aliased edge are not dithered: each original colour there maps to one colour.
        Map<Integer, Integer> mapped = new HashMap<>();
        for (int y = 100; y < 200; y++) {
            for (int x = 300; x < 480; x++) {
                Integer earlier = mapped.putIfAbsent(frame.getRGB(x, y), now.getRGB(x, y));
                if (earlier != null) assertEquals(earlier, now.getRGB(x, y), "the same colour drawn the same at " + x + "," + y);
            }
        }
    }

    @Test
    void theTrainingPicturesPlaneIsLessBandedAndItsFlatColoursExact() throws IOException {
        DataSet data = DataSet.planar(Generator.CIRCLE, 200, 0, 0.5, 3, Feature.defaults());
        Training training = new Training(data, Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 3), TrainingSettings.defaults(3));
        training.runEpochs(20);
        Diagram picture = TrainingPicture.build(TrainingSnapshot.compute(training, BatchCosts.NONE, TrainingSnapshot.Detail.DEFAULT), PictureOptions.defaults());
        double scale = 0.8; // the GIF's frames, 1280 × 720
        BufferedImage frame = Java2DRenderer.render(picture, scale, false);
        Primitive.Raster plane = picture.primitives().stream().filter(p -> p instanceof Primitive.Raster).map(p -> (Primitive.Raster) p)
                .max((a, b) -> Double.compare(a.width() * a.height(), b.width() * b.height())).orElseThrow();
        // Inside the plane, clear of its edge; the data points over it are part of what a viewer sees.
        Rectangle area = new Rectangle((int) Math.ceil(plane.x() * scale) + 3, (int) Math.ceil(plane.y() * scale) + 3,
                (int) (plane.width() * scale) - 6, (int) (plane.height() * scale) - 6);
        BufferedImage now = ours(frame), was = before(frame);
        Banding after = banding(frame, now, area), previous = banding(frame, was, area);
        System.out.println("training plane before " + previous + ", after " + after);
        assertTrue(after.colours() > previous.colours(), previous + " → " + after);
        assertTrue(after.meanError() < previous.meanError() / 2, previous + " → " + after);
        assertTrue(after.worstStep() < previous.worstStep(), previous + " → " + after);
        assertEquals(0, flatPixelsChanged(frame, now), "background, text, lines and fills exact");
    }

    @Test
    void theBackwardPassKeepsItsFlatColoursExact() throws IOException {
        Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
        BackwardAnimation.Frame frame = BackwardAnimation.frames(mazur, DiagramOptions.defaults(), false, 12).next();
        BufferedImage now = ours(frame.image());
        assertEquals(0, flatPixelsChanged(frame.image(), now));
    }

    @Test
    void aFrameOfAtMost256ColoursIsKeptExactly() {
        BufferedImage frame = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) for (int x = 0; x < 64; x++) frame.setRGB(x, y, (x * 4) << 16 | (y % 4) * 60);
        BufferedImage indexed = new GifQuantizer().quantize(frame);
        for (int y = 0; y < 40; y++) for (int x = 0; x < 64; x++) assertEquals(frame.getRGB(x, y), indexed.getRGB(x, y));
    }

    @Test
    void aGifOfAFewColoursHasExactlyThem() throws IOException {
        BufferedImage frame = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) for (int x = 0; x < 30; x++) frame.setRGB(x, y, x < 10 ? BACKGROUND : x < 20 ? FILL : INK);
        BufferedImage gif = ours(frame);
        for (int y = 0; y < 20; y++) for (int x = 0; x < 30; x++) assertEquals(frame.getRGB(x, y), gif.getRGB(x, y), x + "," + y);
    }

    @Test
    void aFrameOfMoreColoursThanAreCountedIsStillQuantisedNearTheOriginal() {
        // 800 × 700 pixels, every one its own colour: past what the colour count holds.
        BufferedImage frame = new BufferedImage(800, 700, BufferedImage.TYPE_INT_RGB);
        for (int k = 0; k < 800 * 700; k++) frame.setRGB(k % 800, k / 800, k * 29);
        assertTrue(800 * 700 > GifQuantizer.ColourCounts.MAX_DISTINCT);
        BufferedImage indexed = new GifQuantizer().quantize(frame);
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, indexed.getType());
        assertTrue(((java.awt.image.IndexColorModel) indexed.getColorModel()).getMapSize() <= GifQuantizer.COLOURS);
    }
}
