package deltaflow.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a screenshot shows: a node's ink where the node is, the colour a region is painted. */
final class Pictures {
    private Pictures() {}

    /** The scene as the screen shows it, one image pixel per scene unit. */
    static BufferedImage snapshot(Scene scene) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        return SwingFXUtils.fromFXImage(image, null);
    }

    /**
     * Asserts that the picture shows the node: at least {@code minimum} pixels inside its bounds on screen are
     * of its ink (a text's fill, a shape's stroke or else its fill), so it is drawn there, in its colour, not
     * hidden under something else.
     */
    static void assertShows(BufferedImage image, Node node, int minimum) {
        int found = inkPixels(image, node);
        assertTrue(found >= minimum, () -> node.getId() + ": " + found + " pixels of its ink within "
                + node.localToScene(node.getBoundsInLocal()) + ", expected ≥ " + minimum);
    }

    /** How many pixels inside the node's bounds on screen are of its ink. */
    static int inkPixels(BufferedImage image, Node node) {
        Paint paint = node instanceof Text t ? t.getFill() : node instanceof Shape s ? (s.getStroke() != null ? s.getStroke() : s.getFill()) : null;
        assertTrue(paint instanceof Color, node.getId() + " has a plain colour");
        Color ink = (Color) paint;
        Bounds b = node.localToScene(node.getBoundsInLocal());
        int count = 0;
        for (int y = (int) Math.max(0, b.getMinY()); y < Math.min(image.getHeight(), Math.ceil(b.getMaxY())); y++) {
            for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(image.getWidth(), Math.ceil(b.getMaxX())); x++) {
                if (near(image.getRGB(x, y), ink, 40)) count++;
            }
        }
        return count;
    }

    /** The colour most pixels inside the node's bounds on screen have. */
    static Color dominant(BufferedImage image, Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = (int) Math.max(0, b.getMinY()); y < Math.min(image.getHeight(), b.getMaxY()); y++) {
            for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(image.getWidth(), b.getMaxX()); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int rgb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** Relative luminance (WCAG 2), 0 for black, 1 for white. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static boolean near(int rgb, Color c, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xff) - (int) Math.round(c.getRed() * 255)) <= tolerance
                && Math.abs(((rgb >> 8) & 0xff) - (int) Math.round(c.getGreen() * 255)) <= tolerance
                && Math.abs((rgb & 0xff) - (int) Math.round(c.getBlue() * 255)) <= tolerance;
    }
}
