package deltaflow.model;

import java.util.Arrays;

/** One training example (x^r, ŷ^r). The arrays are copied in and out, so an example never changes. */
public record Example(double[] x, double[] target) {
    public Example {
        x = x.clone();
        target = target.clone();
    }

    @Override public double[] x() { return x.clone(); }

    @Override public double[] target() { return target.clone(); }

    public double x(int j) { return x[j]; }

    /** The target without a copy, for this package's kernels only: a copy per example costs training a fifth of its time. */
    double[] targetView() { return target; }

    /** x without a copy, for this package's kernels only. */
    double[] xView() { return x; }

    public double target(int n) { return target[n]; }

    public int inputSize() { return x.length; }

    public int targetSize() { return target.length; }

    public Example withX(int j, double value) {
        double[] copy = x.clone();
        copy[j] = value;
        return new Example(copy, target);
    }

    public Example withTarget(int n, double value) {
        double[] copy = target.clone();
        copy[n] = value;
        return new Example(x, copy);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Example other && Arrays.equals(x, other.x) && Arrays.equals(target, other.target);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(x) + Arrays.hashCode(target); }

    @Override public String toString() { return "Example[x=" + Arrays.toString(x) + ", ŷ=" + Arrays.toString(target) + "]"; }
}
