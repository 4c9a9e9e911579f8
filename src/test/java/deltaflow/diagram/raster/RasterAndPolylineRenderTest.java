package deltaflow.diagram.raster;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Palette;
import deltaflow.diagram.RasterAndPolylines;
import deltaflow.diagram.Theme;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static deltaflow.diagram.RasterAndPolylines.BLUE;
import static deltaflow.diagram.RasterAndPolylines.GREEN;
import static deltaflow.diagram.RasterAndPolylines.RED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RasterAndPolylineRenderTest {
    private static final int BACKGROUND = 0xff000000 | Integer.parseInt(Palette.of(Theme.LIGHT).color(ColorRole.BACKGROUND).substring(1), 16);
    private static final int NEGATIVE = 0xff000000 | Integer.parseInt(Palette.of(Theme.LIGHT).color(ColorRole.NEGATIVE).substring(1), 16);

    @Test
    void blocksFillTheirCellsOfTheRectangleAndNothingElse() {
        BufferedImage image = Java2DRenderer.render(RasterAndPolylines.diagram(false), 2, false);
        // Cells of 20 units, 40 pixels: (10, 10)–(30, 30) red and so on; the transparent cell shows the background.
        assertEquals(RED, image.getRGB(21, 21));
        assertEquals(RED, image.getRGB(58, 58));
        assertEquals(GREEN, image.getRGB(61, 21));
        assertEquals(BLUE, image.getRGB(21, 98));
        assertEquals(BACKGROUND, image.getRGB(80, 80));
        assertEquals(BACKGROUND, image.getRGB(18, 50), "nothing left of the rectangle");
    }

    @Test
    void aSmoothRasterBlendsNeighbouringCells() {
        BufferedImage image = Java2DRenderer.render(RasterAndPolylines.diagram(true), 2, false);
        int middle = image.getRGB(60, 40); // between the red and the green cell
        assertTrue((middle >> 16 & 0xff) > 40 && (middle >> 8 & 0xff) > 40, Integer.toHexString(middle));
        assertNotEquals(image.getRGB(60, 40), Java2DRenderer.render(RasterAndPolylines.diagram(false), 2, false).getRGB(60, 40));
    }

    @Test
    void aPolylineIsStrokedAlongItsPointsAndDashedLikeALine() {
        BufferedImage image = Java2DRenderer.render(RasterAndPolylines.diagram(false), 2, false);
        assertEquals(NEGATIVE, image.getRGB(60, 106), "on the curve's middle point (30, 53)");
        assertEquals(NEGATIVE, image.getRGB(20, 110), "on the first segment at x = 10, y = 55.4");
        assertEquals(BACKGROUND, image.getRGB(60, 114), "below it");
        // The dashed line along y = 5: on 5, off 4 units, so about 120 / 18 ≈ 7 dashes and as many gaps.
        int changes = 0;
        for (int x = 1; x < 120; x++) if ((image.getRGB(x, 10) == BACKGROUND) != (image.getRGB(x - 1, 10) == BACKGROUND)) changes++;
        assertTrue(changes >= 12, "dashes and gaps: " + changes);
    }
}
