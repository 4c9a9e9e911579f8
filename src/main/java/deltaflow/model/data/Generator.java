package deltaflow.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 2-D data sets of TensorFlow Playground, drawn as it draws them (same shapes, same radii, same noise
 * model, coordinates in [−6, 6]), from a {@link SeededRandom} rather than the browser's Math.random.
 * Classification labels are +1 and −1; regression labels lie in [−1, 1]. Noise is a fraction, 0 … 0.5.
 */
public enum Generator {
    CIRCLE("circle", false) {
        @Override List<Point> draw(int n, double noise, SeededRandom random) {
            double radius = 5;
            List<Point> points = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                boolean inside = k < n / 2;
                double r = inside ? random.uniform(0, radius * 0.5) : random.uniform(radius * 0.7, radius);
                double angle = random.uniform(0, 2 * Math.PI);
                double x = r * StrictMath.sin(angle), y = r * StrictMath.cos(angle);
                double noiseX = random.uniform(-radius, radius) * noise, noiseY = random.uniform(-radius, radius) * noise;
                points.add(new Point(x, y, Math.sqrt((x + noiseX) * (x + noiseX) + (y + noiseY) * (y + noiseY)) < radius * 0.5 ? 1 : -1));
            }
            return points;
        }
    },
    XOR("xor", false) {
        @Override List<Point> draw(int n, double noise, SeededRandom random) {
            double padding = 0.3;
            List<Point> points = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double x = random.uniform(-5, 5);
                x += x > 0 ? padding : -padding;
                double y = random.uniform(-5, 5);
                y += y > 0 ? padding : -padding;
                double noiseX = random.uniform(-5, 5) * noise, noiseY = random.uniform(-5, 5) * noise;
                points.add(new Point(x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : -1));
            }
            return points;
        }
    },
    GAUSS("gauss", false) {
        @Override List<Point> draw(int n, double noise, SeededRandom random) {
            double variance = 0.5 + noise / 0.5 * 3.5; // 0.5 without noise, 4 at 50 %
            List<Point> points = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double centre = k < n / 2 ? 2 : -2;
                double x = random.gaussian(centre, variance);
                double y = random.gaussian(centre, variance);
                points.add(new Point(x, y, centre > 0 ? 1 : -1));
            }
            return points;
        }
    },
    SPIRAL("spiral", false) {
        @Override List<Point> draw(int n, double noise, SeededRandom random) {
            List<Point> points = new ArrayList<>(n);
            int half = n / 2;
            for (int arm = 0; arm < 2; arm++) {
                int count = arm == 0 ? half : n - half;
                for (int k = 0; k < count; k++) {
                    double r = (double) k / count * 5;
                    double t = 1.75 * k / count * 2 * Math.PI + arm * Math.PI;
                    double x = r * StrictMath.sin(t) + random.uniform(-1, 1) * noise;
                    double y = r * StrictMath.cos(t) + random.uniform(-1, 1) * noise;
                    points.add(new Point(x, y, arm == 0 ? 1 : -1));
                }
            }
            return points;
        }
    },
    PLANE("plane", true) {
        @Override List<Point> draw(int n, double noise, SeededRandom random) {
            double radius = 6;
            List<Point> points = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double x = random.uniform(-radius, radius), y = random.uniform(-radius, radius);
                double noiseX = random.uniform(-radius, radius) * noise, noiseY = random.uniform(-radius, radius) * noise;
                points.add(new Point(x, y, (x + noiseX + y + noiseY) / 10));
            }
            return points;
        }
    },
    MULTI_GAUSS("multi-gauss", true) {
        private final double[][] centres = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};

        @Override List<Point> draw(int n, double noise, SeededRandom random) {
            double radius = 6;
            List<Point> points = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double x = random.uniform(-radius, radius), y = random.uniform(-radius, radius);
                double noiseX = random.uniform(-radius, radius) * noise, noiseY = random.uniform(-radius, radius) * noise;
                points.add(new Point(x, y, label(x + noiseX, y + noiseY)));
            }
            return points;
        }

        /** The signed bump, 1 at a centre falling to 0 at distance 2, of whichever centre is largest in magnitude. */
        private double label(double x, double y) {
            double label = 0;
            for (double[] c : centres) {
                double bump = c[2] * Math.max(0, 1 - Math.sqrt((x - c[0]) * (x - c[0]) + (y - c[1]) * (y - c[1])) / 2);
                if (Math.abs(bump) > Math.abs(label)) label = bump;
            }
            return label;
        }
    };

    /** TensorFlow Playground's numbers of points: 500 to classify, 1,200 to regress. */
    public static final int CLASSIFY_POINTS = 500, REGRESS_POINTS = 1200;
    /** Noise above 50 % hides every shape; TensorFlow Playground's slider stops there too. */
    public static final double MAX_NOISE = 0.5;
    /** The square the points lie in, and the grid of outputs covers: x₁, x₂ ∈ [−6, 6]. */
    public static final double EXTENT = 6;

    private final String id;
    private final boolean regression;

    Generator(String id, boolean regression) {
        this.id = id;
        this.regression = regression;
    }

    abstract List<Point> draw(int n, double noise, SeededRandom random);

    /** n points with the given noise (0 … 0.5), the same for the same seed on every machine. */
    public List<Point> generate(int n, double noise, long seed) {
        if (n < 2) throw new IllegalArgumentException("a data set needs at least 2 points");
        if (!(noise >= 0 && noise <= MAX_NOISE)) throw new IllegalArgumentException("noise must be from 0 to 0.5");
        return List.copyOf(draw(n, noise, new SeededRandom(seed)));
    }

    public String id() { return id; }

    /** True for plane and multi-gauss, whose labels are numbers rather than classes. */
    public boolean isRegression() { return regression; }

    public int defaultPoints() { return regression ? REGRESS_POINTS : CLASSIFY_POINTS; }

    public static Optional<Generator> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(Generator::id).toList());
    }
}
