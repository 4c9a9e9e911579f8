package deltaflow.diagram;

/**
 * A raster's cells as a picture of another size, for sinks whose own scaling cannot be trusted with a few
 * cells (JavaFX's software pipeline blurs a 2 × 2 image across its whole rectangle and wraps its edges).
 */
public final class RasterPixels {
    private RasterPixels() {}

    /**
     * The raster as {@code width} × {@code height} non-premultiplied ARGB pixels, row by row: each pixel the cell
     * under its centre for blocks; for a smooth raster the bilinear blend of the four cells around it (cell
     * centres as the samples, edges held), colours weighted by their alpha so a transparent cell adds no colour.
     */
    public static int[] resize(Primitive.Raster r, int width, int height) {
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            double v = (y + 0.5) * r.rows() / height;
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5) * r.columns() / width;
                out[y * width + x] = r.smooth() ? blend(r, u - 0.5, v - 0.5)
                        : r.argb(Math.min(r.columns() - 1, (int) u), Math.min(r.rows() - 1, (int) v));
            }
        }
        return out;
    }

    private static int blend(Primitive.Raster r, double u, double v) {
        int c0 = clamp((int) Math.floor(u), r.columns()), r0 = clamp((int) Math.floor(v), r.rows());
        int c1 = clamp((int) Math.floor(u) + 1, r.columns()), r1 = clamp((int) Math.floor(v) + 1, r.rows());
        double fu = u - Math.floor(u), fv = v - Math.floor(v);
        double[] sum = new double[4];
        add(sum, r.argb(c0, r0), (1 - fu) * (1 - fv));
        add(sum, r.argb(c1, r0), fu * (1 - fv));
        add(sum, r.argb(c0, r1), (1 - fu) * fv);
        add(sum, r.argb(c1, r1), fu * fv);
        if (sum[0] <= 0) return 0;
        return (int) Math.round(sum[0]) << 24 | (int) Math.round(sum[1] / sum[0]) << 16 | (int) Math.round(sum[2] / sum[0]) << 8
                | (int) Math.round(sum[3] / sum[0]);
    }

    private static void add(double[] sum, int argb, double weight) {
        double alpha = (argb >>> 24) * weight;
        sum[0] += alpha;
        sum[1] += alpha * (argb >> 16 & 0xff);
        sum[2] += alpha * (argb >> 8 & 0xff);
        sum[3] += alpha * (argb & 0xff);
    }

    private static int clamp(int k, int size) { return Math.max(0, Math.min(size - 1, k)); }
}
