package deltaflow.ui.stepper;

import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typesets LaTeX with JLaTeXMath into JavaFX images, so formulas look as the slides set them. Typesetting is
 * split from painting ({@link Typeset}): a panel can measure several arrangements and paint only the one it
 * shows. Painted images are kept (the most recently used, up to {@link #CACHE_PIXELS} pixels), so stepping
 * back and forth does not typeset the same formula again.
 */
public final class TexRenderer {
    /**
     * JLaTeXMath fills some of its tables lazily and without locks: this class and the start-up preload hold
     * this while they typeset or paint, so a → pressed during the preload waits for it rather than racing it.
     */
    public static final Object JLATEXMATH = new Object();
    /** About 16 MB of images. */
    private static final long CACHE_PIXELS = 4_000_000;

    private record Key(String latex, float size, javafx.scene.paint.Color ink) {}

    private static final Map<Key, Image> PAINTED = new LinkedHashMap<>(64, 0.75f, true);
    private static long cachedPixels;

    private TexRenderer() {}

    /** A formula laid out at a size in an ink: its size in pixels is known; {@link #image()} paints it (once). */
    public static final class Typeset {
        private final Key key;
        private TeXIcon icon;
        private final int width;
        private final int height;

        private Typeset(Key key) {
            this.key = key;
            Image painted = PAINTED.get(key);
            if (painted != null) {
                width = (int) painted.getWidth();
                height = (int) painted.getHeight();
                return;
            }
            synchronized (JLATEXMATH) {
                icon = new TeXFormula(key.latex()).createTeXIcon(TeXConstants.STYLE_DISPLAY, key.size());
            }
            int pad = Math.round(key.size() / 6);
            icon.setInsets(new Insets(pad, pad, pad, pad));
            width = Math.max(1, icon.getIconWidth());
            height = Math.max(1, icon.getIconHeight());
        }

        public int width() { return width; }

        int height() { return height; }

        Image image() {
            Image cached = PAINTED.get(key);
            if (cached != null) return cached;
            Image image = paint(icon, key.ink(), width, height);
            remember(key, image);
            return image;
        }
    }

    /** Lays the formula out at {@code size} pixels in {@code ink} (null: JLaTeXMath's black); throws when the LaTeX cannot be parsed. */
    public static Typeset typeset(String latex, float size, javafx.scene.paint.Color ink) {
        return new Typeset(new Key(Objects.requireNonNull(latex), size, ink));
    }

    /** The formula at {@code size} pixels in {@code ink}; throws when the LaTeX cannot be parsed. */
    public static Image render(String latex, float size, javafx.scene.paint.Color ink) {
        return typeset(latex, size, ink).image();
    }

    /** Painted straight into the pixels a JavaFX image shows: premultiplied ARGB, shared rather than converted. */
    private static Image paint(TeXIcon icon, javafx.scene.paint.Color ink, int width, int height) {
        if (ink != null) icon.setForeground(new java.awt.Color((float) ink.getRed(), (float) ink.getGreen(), (float) ink.getBlue(), (float) ink.getOpacity()));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            synchronized (JLATEXMATH) {
                icon.paintIcon(null, g, 0, 0);
            }
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new WritableImage(new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
    }

    private static void remember(Key key, Image image) {
        PAINTED.put(key, image);
        cachedPixels += pixels(image);
        var oldest = PAINTED.entrySet().iterator();
        while (cachedPixels > CACHE_PIXELS && PAINTED.size() > 1) {
            cachedPixels -= pixels(oldest.next().getValue());
            oldest.remove();
        }
    }

    private static long pixels(Image image) { return (long) image.getWidth() * (long) image.getHeight(); }
}
