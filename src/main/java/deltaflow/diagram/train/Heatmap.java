package deltaflow.diagram.train;

import deltaflow.model.train.Grid;

/**
 * One neuron's output over the input plane, sampled on a square of {@code resolution} × {@code resolution}
 * points, row 0 at the top (x₂ largest), column 0 at the left (x₁ smallest), as {@link Grid} stores it.
 * Immutable.
 */
public final class Heatmap {
    private final int resolution;
    private final double[] values;

    private Heatmap(int resolution, double[] values) {
        this.resolution = resolution;
        this.values = values;
    }

    /** Points a side. */
    public int resolution() { return resolution; }

    /** The value at row r, column c. */
    public double at(int row, int column) { return values[row * resolution + column]; }

    /** The values at every grid point, copied: {@code outputs[p]} for p = row · resolution + column. */
    public static Heatmap full(Grid grid, double[] outputs) {
        if (outputs.length != grid.points()) throw new IllegalArgumentException(outputs.length + " values for a grid of " + grid.points());
        return new Heatmap(grid.resolution(), outputs.clone());
    }

    /**
     * The values at {@code resolution}² of the grid's points: pixel (r, c) takes the grid point nearest its
     * centre, {@link #gridIndex}. A thumbnail, drawn small, needs no more.
     */
    public static Heatmap sampled(Grid grid, double[] outputs, int resolution) {
        if (resolution >= grid.resolution()) return full(grid, outputs);
        double[] values = new double[resolution * resolution];
        int n = grid.resolution();
        int[] index = new int[resolution];
        for (int k = 0; k < resolution; k++) index[k] = gridIndex(k, resolution, n);
        for (int r = 0; r < resolution; r++) {
            int row = index[r] * n;
            for (int c = 0; c < resolution; c++) values[r * resolution + c] = outputs[row + index[c]];
        }
        return new Heatmap(resolution, values);
    }

    /** The grid row (or column) of n nearest to the centre of pixel k of {@code resolution}. */
    public static int gridIndex(int k, int resolution, int n) {
        return (int) Math.min(n - 1, Math.round((k + 0.5) * n / resolution - 0.5));
    }
}
