package deltaflow.diagram;

import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static deltaflow.diagram.RasterAndPolylines.BLOCKS;
import static deltaflow.diagram.RasterAndPolylines.CURVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RasterAndPolylineTest {
    @Test
    void aRasterIsItsCellsByValueAndKeepsNoArrayItWasGiven() {
        int[] cells = {1, 2, 3, 4, 5, 6};
        Primitive.Raster r = new Primitive.Raster("r", "", 0, 0, 3, 2, 3, 2, cells, true, null);
        cells[0] = 99;
        assertEquals(1, r.argb(0, 0));
        assertEquals(6, r.argb(2, 1));
        r.argb()[1] = 99;
        assertEquals(2, r.argb(1, 0));
        assertEquals(r, new Primitive.Raster("r", "", 0, 0, 3, 2, 3, 2, new int[] {1, 2, 3, 4, 5, 6}, true, null));
        assertNotEquals(r, new Primitive.Raster("r", "", 0, 0, 3, 2, 3, 2, new int[] {1, 2, 3, 4, 5, 7}, true, null));
        assertNotEquals(r, new Primitive.Raster("r", "", 0, 0, 3, 2, 3, 2, new int[] {1, 2, 3, 4, 5, 6}, false, null));
    }

    @Test
    void aRasterNeedsOneColourPerCell() {
        assertThrows(IllegalArgumentException.class, () -> new Primitive.Raster("r", "", 0, 0, 1, 1, 2, 2, new int[3], false, null));
        assertThrows(IllegalArgumentException.class, () -> new Primitive.Raster("r", "", 0, 0, 1, 1, 0, 0, new int[0], false, null));
    }

    @Test
    void aPolylineIsItsPointsByValueAndNeedsTwoOfThem() {
        double[] points = {0, 0, 1, 1};
        Primitive.Polyline q = new Primitive.Polyline("q", "", points, 1, ColorRole.TEXT, false, null);
        points[0] = 9;
        assertEquals(0, q.x(0));
        assertEquals(2, q.size());
        assertEquals(q, new Primitive.Polyline("q", "", new double[] {0, 0, 1, 1}, 1, ColorRole.TEXT, false, null));
        assertThrows(IllegalArgumentException.class, () -> new Primitive.Polyline("q", "", new double[] {0, 0}, 1, ColorRole.TEXT, false, null));
        assertThrows(IllegalArgumentException.class, () -> new Primitive.Polyline("q", "", new double[] {0, 0, 1}, 1, ColorRole.TEXT, false, null));
    }

    @Test
    void clicksFindARasterInsideItsRectangleAndAPolylineNearItsPath() {
        ValueRef w = ValueRef.weight(1, 0, 0);
        Primitive.Polyline curve = new Primitive.Polyline("loss", "", CURVE.points(), 2, ColorRole.TEXT, false, w);
        Diagram d = new Diagram(60, 60, Palette.of(Theme.LIGHT), java.util.List.of(BLOCKS, curve));
        assertEquals(Optional.of(ValueRef.totalCost()), d.hitTest(11, 49));
        assertEquals(Optional.empty(), d.hitTest(9, 30));
        // Halfway along the second segment, (42.5, 54.5), and 3 below it: within the 4-unit tolerance of an edge.
        assertEquals(Optional.of(w), d.hitTest(42.5, 57.5));
        assertEquals(Optional.empty(), d.hitTest(30, 59.5));
    }
}
