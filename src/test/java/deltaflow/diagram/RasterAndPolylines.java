package deltaflow.diagram;

import deltaflow.model.ValueRef;

import java.util.List;

/** A small drawing of the two picture primitives, the same for every sink's test. */
public final class RasterAndPolylines {
    public static final int RED = 0xffff0000, GREEN = 0xff00ff00, BLUE = 0xff0000ff, CLEAR = 0x00000000;
    /** 2 × 2 cells over (10, 10)–(50, 50): red, green / blue, transparent. */
    public static final Primitive.Raster BLOCKS = new Primitive.Raster("boundary", "raster", 10, 10, 40, 40, 2, 2,
            new int[] {RED, GREEN, BLUE, CLEAR}, false, ValueRef.totalCost());
    /** The loss curve: (5, 56) → (30, 53) → (55, 56), 2 wide, solid. */
    public static final Primitive.Polyline CURVE = new Primitive.Polyline("loss", "curve", new double[] {5, 56, 30, 53, 55, 56}, 2,
            ColorRole.NEGATIVE, false, null);
    /** A dashed line across the top, y = 5. */
    public static final Primitive.Polyline DASHED = new Primitive.Polyline("dashed", "", new double[] {0, 5, 60, 5}, 1,
            ColorRole.POSITIVE, true, null);

    private RasterAndPolylines() {}

    public static Diagram diagram(boolean smooth) {
        Primitive.Raster raster = smooth ? new Primitive.Raster(BLOCKS.id(), BLOCKS.classes(), BLOCKS.x(), BLOCKS.y(), BLOCKS.width(),
                BLOCKS.height(), BLOCKS.columns(), BLOCKS.rows(), BLOCKS.argb(), true, BLOCKS.target()) : BLOCKS;
        return new Diagram(60, 60, Palette.of(Theme.LIGHT), List.of(raster, CURVE, DASHED));
    }
}
