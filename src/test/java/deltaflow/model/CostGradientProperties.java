package deltaflow.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ∇C^r(y) of every cost against central differences of C^r, for outputs in (0, 1) and sensible targets. */
class CostGradientProperties {

    @Property(tries = 500)
    void gradientMatchesCentralDifferences(@ForAll Cost cost, @ForAll @IntRange(min = 1, max = 5) int size, @ForAll long seed,
                                           @ForAll @DoubleRange(min = 0.02, max = 0.98) double spread) {
        Random random = new Random(seed);
        double[] y = new double[size];
        double[] target = new double[size];
        for (int n = 0; n < size; n++) {
            y[n] = 0.01 + 0.98 * random.nextDouble() * spread + 0.01 * (1 - spread);
            // For the norm, a target out of the outputs' range keeps y ≠ ŷ, where ‖y − ŷ‖ is smooth.
            target[n] = cost == Cost.NORM ? 1.5 + random.nextDouble() : random.nextDouble();
        }
        double[] gradient = new double[size];
        cost.gradient(y, target, gradient);
        double h = 1e-6;
        for (int n = 0; n < size; n++) {
            double[] plus = y.clone(), minus = y.clone();
            plus[n] += h;
            minus[n] -= h;
            double numerical = (cost.value(plus, target) - cost.value(minus, target)) / (2 * h);
            assertEquals(numerical, gradient[n], 1e-6 * (1 + Math.abs(numerical)), cost + " ∂C/∂y_" + (n + 1));
        }
    }
}
