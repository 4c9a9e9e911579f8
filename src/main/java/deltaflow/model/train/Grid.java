package deltaflow.model.train;

/**
 * A square grid over the input plane, x₁, x₂ ∈ [−extent, extent], {@code resolution} points a side, stored
 * as an image is: row 0 at the top (x₂ = extent), column 0 at the left (x₁ = −extent); point p = row ·
 * resolution + column.
 */
public record Grid(int resolution, double extent) {
    /** TensorFlow Playground's decision-boundary grid: 100 × 100 over [−6, 6]². */
    public static final Grid DEFAULT = new Grid(100, deltaflow.model.data.Generator.EXTENT);

    public Grid {
        if (resolution < 2) throw new IllegalArgumentException("a grid needs at least 2 points a side");
        if (!(extent > 0)) throw new IllegalArgumentException("the extent must be positive");
    }

    public int points() { return resolution * resolution; }

    /** x₁ of column c. */
    public double x1(int column) { return -extent + 2 * extent * column / (resolution - 1); }

    /** x₂ of row r. */
    public double x2(int row) { return extent - 2 * extent * row / (resolution - 1); }
}
