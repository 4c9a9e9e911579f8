package deltaflow.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A numerical check of backpropagation: for every weight and bias θ, the backward pass's ∂C/∂θ beside the
 * central difference (C(θ + h) − C(θ − h)) / 2h of the total cost C = 1/R Σ_r C^r. The two agree to about
 * h² where C is smooth; a large relative error points at a kink (ReLU at 0) or a bug.
 */
public final class GradientCheck {
    /** The step h: small enough for an h² error near 1e-10, large enough that rounding stays below it. */
    public static final double DEFAULT_STEP = 1e-5;

    /** One parameter's two derivatives. */
    public record Entry(ValueRef parameter, double backprop, double numerical, double relativeError) {}

    private GradientCheck() {}

    /** Every weight (layer by layer, row by row), then the layer's biases, with {@link #DEFAULT_STEP}. */
    public static List<Entry> check(Scenario scenario) {
        return check(scenario, DEFAULT_STEP);
    }

    public static List<Entry> check(Scenario scenario, double step) {
        Trace trace = Trace.of(scenario);
        Network network = scenario.network();
        List<Entry> entries = new ArrayList<>((int) network.parameterCount());
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int i = 0; i < layer.size(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    double w = layer.weight(i, j);
                    double plus = totalCost(scenario, network.withWeight(l, i, j, w + step));
                    double minus = totalCost(scenario, network.withWeight(l, i, j, w - step));
                    entries.add(entry(ValueRef.weight(l, i, j), trace.meanWeightGradient(l, i, j), (plus - minus) / (2 * step)));
                }
            }
            for (int i = 0; i < layer.size(); i++) {
                double b = layer.bias(i);
                double plus = totalCost(scenario, network.withBias(l, i, b + step));
                double minus = totalCost(scenario, network.withBias(l, i, b - step));
                entries.add(entry(ValueRef.bias(l, i), trace.meanBiasGradient(l, i), (plus - minus) / (2 * step)));
            }
        }
        return entries;
    }

    /**
     * {@code count} parameters drawn at random (uniformly, without repeats, from a {@code seed}ed generator) and
     * checked as {@link #check} checks each: for a network too large to check parameter by parameter in a lecture,
     * a sample that a bug in any layer would still show up in. In the order {@link #check} lists them.
     */
    public static List<Entry> sample(Scenario scenario, int count, long seed) {
        Network network = scenario.network();
        long total = network.parameterCount();
        java.util.TreeSet<Long> chosen = new java.util.TreeSet<>();
        java.util.Random random = new java.util.Random(seed);
        // Floyd's algorithm: count distinct numbers below total, each subset equally likely.
        for (long k = total - Math.min(count, total); k < total; k++) {
            long pick = (long) (random.nextDouble() * (k + 1));
            if (!chosen.add(pick)) chosen.add(k);
        }
        Trace trace = Trace.of(scenario);
        List<Entry> entries = new ArrayList<>(chosen.size());
        long offset = 0;
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            long weights = (long) layer.size() * layer.inputs(), size = weights + layer.size();
            for (long index : chosen.subSet(offset, offset + size)) {
                long within = index - offset;
                if (within < weights) {
                    int i = (int) (within / layer.inputs()), j = (int) (within % layer.inputs());
                    double w = layer.weight(i, j);
                    double plus = totalCost(scenario, network.withWeight(l, i, j, w + DEFAULT_STEP));
                    double minus = totalCost(scenario, network.withWeight(l, i, j, w - DEFAULT_STEP));
                    entries.add(entry(ValueRef.weight(l, i, j), trace.meanWeightGradient(l, i, j), (plus - minus) / (2 * DEFAULT_STEP)));
                } else {
                    int i = (int) (within - weights);
                    double b = layer.bias(i);
                    double plus = totalCost(scenario, network.withBias(l, i, b + DEFAULT_STEP));
                    double minus = totalCost(scenario, network.withBias(l, i, b - DEFAULT_STEP));
                    entries.add(entry(ValueRef.bias(l, i), trace.meanBiasGradient(l, i), (plus - minus) / (2 * DEFAULT_STEP)));
                }
            }
            offset += size;
        }
        return entries;
    }

    /** The largest relative error of a check; 0 for an empty list. */
    public static double maxRelativeError(List<Entry> entries) {
        double max = 0;
        for (Entry e : entries) max = Math.max(max, Double.isNaN(e.relativeError()) ? Double.POSITIVE_INFINITY : e.relativeError());
        return max;
    }

    /** C = 1/R Σ_r C^r through the forward pass and the cost alone. */
    private static double totalCost(Scenario scenario, Network network) {
        Pass pass = new Pass(network);
        double sum = 0;
        for (Example example : scenario.examples()) sum += pass.run(network, scenario.cost(), example).cost();
        return sum / scenario.batchSize();
    }

    /**
     * |backprop − numerical| / max(|backprop|, |numerical|, 1e-8): relative where the gradient is large,
     * absolute below 1e-8, so a true zero gradient is not reported as a 100 % error.
     */
    private static Entry entry(ValueRef parameter, double backprop, double numerical) {
        double scale = Math.max(Math.max(Math.abs(backprop), Math.abs(numerical)), 1e-8);
        return new Entry(parameter, backprop, numerical, Math.abs(backprop - numerical) / scale);
    }
}
