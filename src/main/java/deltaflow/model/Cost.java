package deltaflow.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The cost C^r of one example: how far the output y^r is from the target ŷ^r.
 * The backward pass starts from its gradient ∇C^r(y^r), the inputs of the reverse network.
 */
public enum Cost {
    /** C^r = ½ ‖y − ŷ‖². */
    SQUARED("squared") {
        @Override public double value(double[] y, double[] target) {
            double sum = 0;
            for (int n = 0; n < y.length; n++) {
                double d = y[n] - target[n];
                sum += d * d;
            }
            return 0.5 * sum;
        }
        @Override public void gradient(double[] y, double[] target, double[] out) {
            for (int n = 0; n < y.length; n++) out[n] = y[n] - target[n];
        }
        // The two loops above over a mini-batch's layout, so training need not copy each example's y out.
        @Override public void values(double[] y, double[] target, int size, int count, double[] costs) {
            for (int r = 0; r < count; r++) {
                double sum = 0;
                for (int n = 0; n < size; n++) {
                    double d = y[n * count + r] - target[n * count + r];
                    sum += d * d;
                }
                costs[r] = 0.5 * sum;
            }
        }
        @Override public void gradients(double[] y, double[] target, double[] out, int size, int count) {
            for (int k = 0, n = size * count; k < n; k++) out[k] = y[k] - target[k];
        }
    },
    /** C^r = ‖y − ŷ‖, the slides' own definition; its gradient (y − ŷ)/‖y − ŷ‖ is taken as 0 where y = ŷ. */
    NORM("norm") {
        @Override public double value(double[] y, double[] target) {
            return Math.sqrt(2 * SQUARED.value(y, target));
        }
        @Override public void gradient(double[] y, double[] target, double[] out) {
            double norm = value(y, target);
            for (int n = 0; n < y.length; n++) out[n] = norm == 0 ? 0.0 : (y[n] - target[n]) / norm;
        }
    },
    /** C^r = −Σ ŷ_n ln y_n, for a probability output such as softmax. */
    CROSS_ENTROPY("cross-entropy") {
        @Override public double value(double[] y, double[] target) {
            double sum = 0;
            for (int n = 0; n < y.length; n++) {
                if (target[n] != 0) sum -= target[n] * Math.log(y[n]);
            }
            return sum;
        }
        @Override public void gradient(double[] y, double[] target, double[] out) {
            for (int n = 0; n < y.length; n++) out[n] = target[n] == 0 ? 0.0 : -target[n] / y[n];
        }
    },
    /** C^r = −Σ [ŷ_n ln y_n + (1 − ŷ_n) ln(1 − y_n)], one independent yes/no per output. */
    BINARY_CROSS_ENTROPY("binary-cross-entropy") {
        @Override public double value(double[] y, double[] target) {
            double sum = 0;
            for (int n = 0; n < y.length; n++) {
                if (target[n] != 0) sum -= target[n] * Math.log(y[n]);
                if (target[n] != 1) sum -= (1 - target[n]) * Math.log(1 - y[n]);
            }
            return sum;
        }
        @Override public void gradient(double[] y, double[] target, double[] out) {
            for (int n = 0; n < y.length; n++) out[n] = (y[n] - target[n]) / (y[n] * (1 - y[n]));
        }
    };

    private final String id;

    Cost(String id) {
        this.id = id;
    }

    /** C^r(y) for target ŷ. */
    public abstract double value(double[] y, double[] target);

    /** ∇C^r(y^r): out[n] = ∂C^r/∂y_n. */
    public abstract void gradient(double[] y, double[] target, double[] out);

    /**
     * C^r of {@code count} examples into costs[r], with value n of example r at [n · count + r] of y and
     * target (the layout of {@link BatchKernels}): {@link #value} of each.
     */
    public void values(double[] y, double[] target, int size, int count, double[] costs) {
        double[] yr = new double[size], tr = new double[size];
        for (int r = 0; r < count; r++) {
            gather(y, r, count, yr);
            gather(target, r, count, tr);
            costs[r] = value(yr, tr);
        }
    }

    /** ∇C^r(y^r) of {@code count} examples into out, laid out as in {@link #values}: {@link #gradient} of each. */
    public void gradients(double[] y, double[] target, double[] out, int size, int count) {
        double[] yr = new double[size], tr = new double[size], gr = new double[size];
        for (int r = 0; r < count; r++) {
            gather(y, r, count, yr);
            gather(target, r, count, tr);
            gradient(yr, tr, gr);
            for (int n = 0; n < size; n++) out[n * count + r] = gr[n];
        }
    }

    private static void gather(double[] values, int r, int count, double[] into) {
        for (int n = 0; n < into.length; n++) into[n] = values[n * count + r];
    }

    public String id() { return id; }

    public static Optional<Cost> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(Cost::id).toList());
    }
}
