package deltaflow.ui;

import deltaflow.ui.stepper.TexRenderer;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * What the first frame does not need but the first step does, loaded on a background thread once that frame
 * is painted. The first formula alone costs JLaTeXMath's fonts and tables and Java 2D's text pipeline — most
 * of a second on a busy machine — which would otherwise be paid by the first press of →.
 */
public final class Preload {
    private Preload() {}

    /** Starts {@link #typesetting()} on a daemon thread, so it never delays the window's frames or its exit. */
    static void inBackground() {
        Thread thread = new Thread(Preload::typesetting, "deltaflow-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Typesets and paints one formula of the kind the formula panel shows, into a throwaway image (no JavaFX,
     * no cache of {@link TexRenderer}: nothing here is shared with the FX thread but JLaTeXMath's own tables,
     * which it fills in its class initialisers). Also the AppCDS training run's way to load the same classes.
     */
    public static void typesetting() {
        synchronized (TexRenderer.JLATEXMATH) {
            typesetAndPaint();
        }
    }

    private static void typesetAndPaint() {
        TeXIcon icon = new TeXFormula("\\delta_1^1 = \\sigma'(z_1^1)\\,(w_{11}^2 \\delta_1^2 + w_{21}^2 \\delta_2^2) = 0.2413 \\times 0.1")
                .createTeXIcon(TeXConstants.STYLE_DISPLAY, 24);
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
    }
}
