package deltaflow.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Typesets LaTeX with JLaTeXMath into a JavaFX image, so formulas look as the slides set them. */
final class TexRenderer {
    private TexRenderer() {}

    /** The formula at {@code size} pixels in {@code ink}; throws when the LaTeX cannot be parsed. */
    static Image render(String latex, float size, javafx.scene.paint.Color ink) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        int pad = Math.round(size / 6);
        icon.setInsets(new Insets(pad, pad, pad, pad));
        if (ink != null) icon.setForeground(new java.awt.Color((float) ink.getRed(), (float) ink.getGreen(), (float) ink.getBlue(), (float) ink.getOpacity()));
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(image, null);
    }
}
