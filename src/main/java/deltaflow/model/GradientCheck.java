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
