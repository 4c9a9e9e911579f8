package deltaflow.diagram;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class RasterPixelsTest {
    private static final int RED = 0xffff0000, BLUE = 0xff0000ff;

    private static Primitive.Raster raster(boolean smooth, int... cells) {
        return new Primitive.Raster("r", "", 0, 0, cells.length, 1, cells.length, 1, cells, smooth, null);
    }

    @Test
    void blocksRepeatEachCell() {
        assertArrayEquals(new int[] {RED, RED, BLUE, BLUE}, RasterPixels.resize(raster(false, RED, BLUE), 4, 1));
    }

    /**
     * Two cells over four pixels: pixel centres at 0.125, 0.375, 0.625, 0.875 of the width, cell centres at 0.25 and
     * 0.75, so the inner pixels are ¾ of their own cell and ¼ of the other (255 × ¾ = 191.25 → 191), the outer ones
     * their cell's colour, held at the edge.
     */
    @Test
    void aSmoothRasterBlendsBilinearlyBetweenCellCentres() {
        assertArrayEquals(new int[] {RED, 0xffbf0040, 0xff4000bf, BLUE}, RasterPixels.resize(raster(true, RED, BLUE), 4, 1));
    }

    /** A transparent cell lends its alpha, not its (black) colour: red fades out instead of darkening. */
    @Test
    void transparentCellsAddNoColour() {
        assertArrayEquals(new int[] {RED, 0xbfff0000, 0x40ff0000, 0}, RasterPixels.resize(raster(true, RED, 0), 4, 1));
    }
}
