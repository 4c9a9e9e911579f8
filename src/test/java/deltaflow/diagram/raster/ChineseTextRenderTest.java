package deltaflow.diagram.raster;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.TextMetrics;
import deltaflow.diagram.Theme;
import deltaflow.model.MathText;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PNG and GIF text: Chinese in a font that has it, not the diagram font's missing-glyph boxes. */
class ChineseTextRenderTest {
    private static final int BACKGROUND = 0xff000000 | Integer.parseInt(Palette.of(Theme.LIGHT).color(ColorRole.BACKGROUND).substring(1), 16);

    private static BufferedImage render(String text) {
        MathText math = MathText.builder().text(text).build();
        Primitive.Text label = new Primitive.Text("t", "", 10, 30, math, 30, Primitive.Anchor.START, ColorRole.TEXT, false, null);
        return Java2DRenderer.render(new Diagram(200, 60, Palette.of(Theme.LIGHT), List.of(label)), 1, false);
    }

    /** Each character of {@code text} in its own image: the same picture twice is what a box drawn for each looks like. */
    private static int[] glyph(String character) {
        BufferedImage image = render(character);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int ink(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) if (image.getRGB(x, y) != BACKGROUND) ink++;
        return ink;
    }

    @Test
    void chineseCharactersAreDrawnAsDistinctGlyphsNotBoxes() {
        assertFalse(FontFallback.installedFallbacks().isEmpty(), "a CJK font (fonts-noto-cjk, as .ci/run installs) is on this machine");
        String word = "訓練神經網路";
        int[] first = glyph(word.substring(0, 1));
        assertTrue(ink(render(word.substring(0, 1))) > 30, "the character has ink");
        int distinct = 1;
        for (int k = 1; k < word.length(); k++) {
            if (!java.util.Arrays.equals(first, glyph(word.substring(k, k + 1)))) distinct++;
        }
        assertEquals(word.length(), distinct, "every character a different shape: the same shape each time is the missing-glyph box");
    }

    @Test
    void chineseIsDrawnAsTheFallbackFontDrawsItOnTheDiagramFontsBaseline() {
        BufferedImage drawn = render("網路");
        Font dejaVu = new Font(TextMetrics.FONT_FAMILY, Font.PLAIN, 1).deriveFont(30f);
        Font fallback = FontFallback.fallback('網', dejaVu);
        assertTrue(fallback.canDisplayUpTo("網路") < 0, fallback.getFontName());
        BufferedImage expected = new BufferedImage(drawn.getWidth(), drawn.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = expected.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(new java.awt.Color(BACKGROUND));
        g.fillRect(0, 0, expected.getWidth(), expected.getHeight());
        g.setColor(new java.awt.Color(0xff000000 | Integer.parseInt(Palette.of(Theme.LIGHT).color(ColorRole.TEXT).substring(1), 16)));
        g.setFont(fallback);
        var metrics = g.getFontMetrics(dejaVu);
        g.drawString("網路", 10f, (float) (30 + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        g.dispose();
        assertArrayEquals(expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth()),
                drawn.getRGB(0, 0, drawn.getWidth(), drawn.getHeight(), null, 0, drawn.getWidth()));
    }

    @Test
    void mixedTextKeepsLatinInTheDiagramFontAndMeasuresAsTheLayoutDoes() {
        Font dejaVu = new Font(TextMetrics.FONT_FAMILY, Font.PLAIN, 1).deriveFont(30f);
        List<FontFallback.Piece> pieces = FontFallback.pieces("128 個神經元", dejaVu);
        assertEquals(2, pieces.size(), pieces.toString());
        assertEquals("128 ", pieces.get(0).text());
        assertEquals(dejaVu, pieces.get(0).font());
        assertEquals("個神經元", pieces.get(1).text());
        assertEquals(List.of(new FontFallback.Piece("z and δ", dejaVu)), FontFallback.pieces("z and δ", dejaVu), "English stays one piece");
        // The layout gives a Han character a whole em (TextMetrics); the CJK font draws it so wide.
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double drawn = g.getFontMetrics(pieces.get(1).font()).getStringBounds("個神經元", g).getWidth();
        g.dispose();
        assertEquals(TextMetrics.width(MathText.builder().text("個神經元").build(), 30), drawn, 30 * 0.05);
    }
}
