package deltaflow.diagram.export;

import deltaflow.diagram.Primitive;

/** A raster's cells on a coarser grid, for sinks that draw each cell as a shape of its own. */
final class RasterCells {
    private RasterCells() {}

    /**
     * The raster's colours on a {@code columns} × {@code rows} grid no finer than its own: each new cell the
     * average of the cells it covers, colours weighted by their alpha (a transparent cell adds no colour), the
     * cells themselves when the grid is the raster's.
     */
    static int[] resample(Primitive.Raster r, int columns, int rows) {
        if (columns == r.columns() && rows == r.rows()) return r.argb();
        int[] out = new int[columns * rows];
        for (int row = 0; row < rows; row++) {
            int y0 = row * r.rows() / rows, y1 = Math.max(y0 + 1, (row + 1) * r.rows() / rows);
            for (int column = 0; column < columns; column++) {
                int x0 = column * r.columns() / columns, x1 = Math.max(x0 + 1, (column + 1) * r.columns() / columns);
                long a = 0, red = 0, green = 0, blue = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int c = r.argb(x, y), alpha = c >>> 24;
                        a += alpha;
                        red += (long) alpha * (c >> 16 & 0xff);
                        green += (long) alpha * (c >> 8 & 0xff);
                        blue += (long) alpha * (c & 0xff);
                    }
                }
                int count = (y1 - y0) * (x1 - x0);
                out[row * columns + column] = a == 0 ? 0
                        : (int) Math.round((double) a / count) << 24 | (int) Math.round((double) red / a) << 16
                        | (int) Math.round((double) green / a) << 8 | (int) Math.round((double) blue / a);
            }
        }
        return out;
    }
}
