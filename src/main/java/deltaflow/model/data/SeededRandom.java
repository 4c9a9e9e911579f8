package deltaflow.model.data;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose every number follows from the seed
 * by integer arithmetic alone, so the same seed gives the same data sets, shuffles and initial weights on
 * every machine and every Java version. Gaussians use StrictMath, which is the same everywhere too.
 */
public final class SeededRandom {
    private long state;

    public SeededRandom(long seed) { state = seed; }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1), 53 random bits. */
    public double nextDouble() { return (nextLong() >>> 11) * 0x1.0p-53; }

    /** Uniform in [a, b). */
    public double uniform(double a, double b) { return nextDouble() * (b - a) + a; }

    /** Uniform in 0 .. bound−1, without the bias of a plain modulo (Lemire's rejection). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        long threshold = (1L << 32) % bound;
        while (true) {
            long r = (nextLong() >>> 32) * bound;
            if ((r & 0xFFFFFFFFL) >= threshold) return (int) (r >>> 32);
        }
    }

    /** A normal variate by Marsaglia's polar method, as TensorFlow Playground draws its Gaussians. */
    public double gaussian(double mean, double variance) {
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        return mean + StrictMath.sqrt(variance) * (StrictMath.sqrt(-2 * StrictMath.log(s) / s) * v1);
    }

    /** Fisher–Yates shuffle of indices in place. */
    public void shuffle(int[] order) {
        for (int k = order.length - 1; k > 0; k--) {
            int pick = nextInt(k + 1);
            int swap = order[k];
            order[k] = order[pick];
            order[pick] = swap;
        }
    }
}
