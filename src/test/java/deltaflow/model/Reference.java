package deltaflow.model;

/**
 * The lecture's definitions written out again, independently of {@code Backprop}, {@code Activation} and
 * {@code Cost}: σ and σ'(z) of every activation, C^r and ∂C^r/∂y_n of every cost, and the forward pass with the
 * total cost C = 1/R Σ_r C^r. Tests compare what the program computes and shows with these, never with the
 * program's own code run a second time.
 */
final class Reference {
    private Reference() {}

    /** σ(z_i) for layer input z (softmax needs the whole vector). */
    static double sigma(Activation activation, double[] z, int i) {
        double v = z[i];
        return switch (activation) {
            case SIGMOID -> 1 / (1 + Math.exp(-v));
            case TANH -> (Math.exp(v) - Math.exp(-v)) / (Math.exp(v) + Math.exp(-v));
            case RELU -> Math.max(0, v);
            case LEAKY_RELU -> v > 0 ? v : 0.01 * v;
            case LINEAR -> v;
            case SOFTPLUS -> Math.log(1 + Math.exp(v));
            case SOFTMAX -> {
                double sum = 0;
                for (double zk : z) sum += Math.exp(zk);
                yield Math.exp(v) / sum;
            }
        };
    }

    /**
     * σ'(z_i), from the calculus of each definition: sigmoid e^{−z}/(1 + e^{−z})², tanh 1/cosh²z, ReLU 1 for
     * z &gt; 0 else 0, leaky ReLU 1 or 0.01, linear 1, softplus e^z/(1 + e^z); for softmax the diagonal of its
     * Jacobian ∂y_i/∂z_i = y_i(1 − y_i).
     */
    static double gain(Activation activation, double[] z, int i) {
        double v = z[i];
        return switch (activation) {
            case SIGMOID -> Math.exp(-v) / ((1 + Math.exp(-v)) * (1 + Math.exp(-v)));
            case TANH -> 1 / (Math.cosh(v) * Math.cosh(v));
            case RELU -> v > 0 ? 1 : 0;
            case LEAKY_RELU -> v > 0 ? 1 : 0.01;
            case LINEAR -> 1;
            case SOFTPLUS -> Math.exp(v) / (1 + Math.exp(v));
            case SOFTMAX -> {
                double y = sigma(activation, z, i);
                yield y * (1 - y);
            }
        };
    }

    /** C^r: squared ½ Σ (y − ŷ)², norm √Σ (y − ŷ)², cross-entropy −Σ ŷ ln y, binary −Σ ŷ ln y + (1 − ŷ) ln(1 − y). */
    static double cost(Cost cost, double[] y, double[] target) {
        double sum = 0;
        for (int n = 0; n < y.length; n++) {
            double d = y[n] - target[n];
            sum += switch (cost) {
                case SQUARED, NORM -> d * d;
                case CROSS_ENTROPY -> target[n] == 0 ? 0 : -target[n] * Math.log(y[n]);
                case BINARY_CROSS_ENTROPY -> (target[n] == 0 ? 0 : -target[n] * Math.log(y[n]))
                        + (target[n] == 1 ? 0 : -(1 - target[n]) * Math.log(1 - y[n]));
            };
        }
        return switch (cost) {
            case SQUARED -> sum / 2;
            case NORM -> Math.sqrt(sum);
            case CROSS_ENTROPY, BINARY_CROSS_ENTROPY -> sum;
        };
    }

    /** ∂C^r/∂y_n by hand: y − ŷ, (y − ŷ)/‖y − ŷ‖, −ŷ/y, (y − ŷ)/(y(1 − y)). */
    static double costGradient(Cost cost, double[] y, double[] target, int n) {
        return switch (cost) {
            case SQUARED -> y[n] - target[n];
            case NORM -> (y[n] - target[n]) / cost(Cost.NORM, y, target);
            case CROSS_ENTROPY -> -target[n] / y[n];
            case BINARY_CROSS_ENTROPY -> -target[n] / y[n] + (1 - target[n]) / (1 - y[n]);
        };
    }

    /** z^L and every z^l of one example, by the plain loops of z_i^l = Σ_j w_ij^l a_j^{l−1} + b_i^l. */
    static double[][] weightedInputs(Network network, double[] x) {
        double[][] z = new double[network.depth() + 1][];
        double[] a = x;
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            z[l] = new double[layer.size()];
            for (int i = 0; i < layer.size(); i++) {
                double s = layer.bias(i);
                for (int j = 0; j < layer.inputs(); j++) s += layer.weight(i, j) * a[j];
                z[l][i] = s;
            }
            double[] next = new double[layer.size()];
            for (int i = 0; i < layer.size(); i++) next[i] = sigma(layer.activation(), z[l], i);
            a = next;
        }
        return z;
    }

    /** y^r = a^L of one example. */
    static double[] output(Network network, double[] x) {
        double[][] z = weightedInputs(network, x);
        Activation last = network.layer(network.depth()).activation();
        double[] y = new double[network.outputs()];
        for (int n = 0; n < y.length; n++) y[n] = sigma(last, z[network.depth()], n);
        return y;
    }

    /** C = 1/R Σ_r C^r over the scenario's examples, for the given network. */
    static double totalCost(Scenario scenario, Network network) {
        double sum = 0;
        for (Example e : scenario.examples()) sum += cost(scenario.cost(), output(network, e.x()), e.target());
        return sum / scenario.batchSize();
    }

    /**
     * Every number of one update over a scenario's mini-batch, by the lecture's equations in plain loops: a
     * second implementation of backpropagation, example by example, with softmax's δ^L through its whole
     * Jacobian ∂y_k/∂z_n = y_k(1[k = n] − y_n) and the means taken as Σ_r / R.
     */
    static final class Update {
        private final Scenario scenario;
        private final double[][][] z, a, gain, delta; // [r][l][i]
        private final double[] costs;
        private final double[][] costGradients; // [r][n]

        Update(Scenario scenario) {
            this.scenario = scenario;
            Network net = scenario.network();
            int batch = scenario.batchSize(), depth = net.depth();
            z = new double[batch][][];
            a = new double[batch][depth + 1][];
            gain = new double[batch][depth + 1][];
            delta = new double[batch][depth + 1][];
            costs = new double[batch];
            costGradients = new double[batch][];
            for (int r = 0; r < batch; r++) {
                Example example = scenario.example(r);
                z[r] = weightedInputs(net, example.x());
                a[r][0] = example.x();
                for (int l = 1; l <= depth; l++) {
                    Activation sigma = net.layer(l).activation();
                    int size = net.size(l);
                    a[r][l] = new double[size];
                    gain[r][l] = new double[size];
                    for (int i = 0; i < size; i++) {
                        a[r][l][i] = sigma(sigma, z[r][l], i);
                        gain[r][l][i] = gain(sigma, z[r][l], i);
                    }
                }
                double[] y = a[r][depth];
                costs[r] = cost(scenario.cost(), y, example.target());
                costGradients[r] = new double[y.length];
                for (int n = 0; n < y.length; n++) costGradients[r][n] = costGradient(scenario.cost(), y, example.target(), n);
                delta[r][depth] = new double[y.length];
                for (int n = 0; n < y.length; n++) {
                    if (net.layer(depth).activation() == Activation.SOFTMAX) {
                        double sum = 0;
                        for (int k = 0; k < y.length; k++) sum += y[k] * ((k == n ? 1 : 0) - y[n]) * costGradients[r][k];
                        delta[r][depth][n] = sum;
                    } else {
                        delta[r][depth][n] = gain[r][depth][n] * costGradients[r][n];
                    }
                }
                for (int l = depth - 1; l >= 1; l--) {
                    Layer next = net.layer(l + 1);
                    delta[r][l] = new double[net.size(l)];
                    for (int i = 0; i < net.size(l); i++) {
                        double sum = 0;
                        for (int k = 0; k < next.size(); k++) sum += next.weight(k, i) * delta[r][l + 1][k];
                        delta[r][l][i] = gain[r][l][i] * sum;
                    }
                }
            }
        }

        /** The value of any number the program shows. */
        double value(ValueRef ref) {
            Network net = scenario.network();
            int r = ref.example(), l = ref.layer(), i = ref.neuron(), j = ref.source();
            int batch = scenario.batchSize();
            return switch (ref.quantity()) {
                case X -> scenario.example(r).x(i);
                case TARGET -> scenario.example(r).target(i);
                case WEIGHT -> net.layer(l).weight(i, j);
                case BIAS -> net.layer(l).bias(i);
                case Z -> z[r][l][i];
                case A -> a[r][l][i];
                case GAIN -> gain[r][l][i];
                case COST -> costs[r];
                case COST_GRADIENT -> costGradients[r][i];
                case DELTA -> delta[r][l][i];
                case WEIGHT_GRADIENT -> a[r][l - 1][j] * delta[r][l][i];
                case BIAS_GRADIENT -> delta[r][l][i];
                case TOTAL_COST -> {
                    double sum = 0;
                    for (int k = 0; k < batch; k++) sum += costs[k];
                    yield sum / batch;
                }
                case MEAN_WEIGHT_GRADIENT -> {
                    double sum = 0;
                    for (int k = 0; k < batch; k++) sum += a[k][l - 1][j] * delta[k][l][i];
                    yield sum / batch;
                }
                case MEAN_BIAS_GRADIENT -> {
                    double sum = 0;
                    for (int k = 0; k < batch; k++) sum += delta[k][l][i];
                    yield sum / batch;
                }
                case UPDATED_WEIGHT -> net.layer(l).weight(i, j) - scenario.learningRate() * value(ValueRef.meanWeightGradient(l, i, j));
                case UPDATED_BIAS -> scenario.trainBiases()
                        ? net.layer(l).bias(i) - scenario.learningRate() * value(ValueRef.meanBiasGradient(l, i))
                        : net.layer(l).bias(i);
            };
        }
    }
}
