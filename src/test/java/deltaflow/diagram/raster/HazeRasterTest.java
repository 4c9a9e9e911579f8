package deltaflow.diagram.raster;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.Theme;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's haze picture (premultiplied, transparent) laid over a background shows what LineRaster draws
 * straight onto that background for the PNG export: the window and its exports draw dense layers alike.
 */
class HazeRasterTest {
    @Test
    void thePictureOverABackgroundMatchesTheExportsOpaqueDrawing() {
        Palette palette = Palette.of(Theme.LIGHT);
        Random random = new Random(5);
        List<Primitive.Line> lines = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            ColorRole role = k % 3 == 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE;
            lines.add(new Primitive.Line("e" + k, "edge", random.nextDouble() * 200, random.nextDouble() * 150, 200 + random.nextDouble() * 200,
                    random.nextDouble() * 150, 0.5, role, false, 0.05 + 0.3 * random.nextDouble(), null));
        }
        int w = 400, h = 150;
        int[] haze = HazeRaster.argb(lines, palette, 1, 0, 0, w, h);

        BufferedImage opaque = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] back = palette.rgb(ColorRole.BACKGROUND);
        int background = back[0] << 16 | back[1] << 8 | back[2];
        int[] pixels = ((DataBufferInt) opaque.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(pixels, background);
        LineRaster raster = new LineRaster(opaque);
        for (Primitive.Line l : lines) {
            int[] rgb = palette.rgb(l.role());
            raster.add(l.x1(), l.y1(), l.x2(), l.y2(), Math.max(l.width(), 1), rgb[0] << 16 | rgb[1] << 8 | rgb[2], (int) Math.round(255 * l.opacity()));
        }
        raster.flush();

        int largest = 0, touched = 0;
        long sum = 0;
        for (int p = 0; p < pixels.length; p++) {
            int a = haze[p] >>> 24;
            if (a != 0) touched++;
            for (int shift = 0; shift < 24; shift += 8) {
                int over = (haze[p] >> shift & 0xff) + ((background >> shift & 0xff) * (255 - a) + 127) / 255; // premultiplied source-over
                int difference = Math.abs(over - (pixels[p] >> shift & 0xff));
                largest = Math.max(largest, difference);
                sum += difference;
            }
        }
        assertTrue(touched > 10_000, "lines drawn: " + touched + " pixels");
        // 8-bit rounding piles up differently when the haze is summed first (dozens of lines on a pixel): a few
        // levels at worst, a fraction of a level on average, too little to see.
        double mean = (double) sum / (3.0 * touched);
        assertTrue(largest <= 8, "largest difference " + largest + " of 255");
        assertTrue(mean <= 1, "mean difference " + mean + " of 255 where lines are");
    }

    @Test
    void onlyTranslucentSolidLinesAreHaze() {
        assertTrue(HazeRaster.isHaze(new Primitive.Line("e", "", 0, 0, 1, 1, 1, ColorRole.POSITIVE, false, 0.2, null)));
        assertEquals(false, HazeRaster.isHaze(new Primitive.Line("e", "", 0, 0, 1, 1, 1, ColorRole.POSITIVE, true, 0.2, null)));
        assertEquals(false, HazeRaster.isHaze(new Primitive.Line("e", "", 0, 0, 1, 1, 1, ColorRole.POSITIVE, false, 1, null)));
    }
}
