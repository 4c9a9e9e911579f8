package deltaflow.diagram;

import deltaflow.model.Network;
import deltaflow.model.Quantity;
import deltaflow.model.ValueRef;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The unmarked edges of a dense layer, kept from one build to the next. A 784-wide layer has 100,000 edges
 * whose ink depends only on the network's weights and the layout, not on the step, yet a diagram is built
 * for every step: the lines of the last build are reused when the network (the same object: networks are
 * immutable) and every coordinate are the same. One layer is kept, the last asked for; builds on other
 * threads (exports) may replace it, never corrupt it.
 */
final class DenseEdges {
    private record Key(Network network, int layer, double x1, double x2, double[] y1, double[] y2, double width, double opacity) {
        boolean sameAs(Key o) {
            return network == o.network && layer == o.layer && x1 == o.x1 && x2 == o.x2 && width == o.width
                    && opacity == o.opacity && Arrays.equals(y1, o.y1) && Arrays.equals(y2, o.y2);
        }
    }

    private record Kept(Key key, Primitive.Line[] lines) {}

    private static volatile Kept last;
    /** Off only in tests, to build the reference they compare with. */
    static volatile boolean enabled = true;

    private DenseEdges() {}

    /** Edge (i, j) of layer l at index i × n_{l−1} + j, unmarked; made once for a network and layout. */
    static Primitive.Line[] of(Network network, int l, double x1, double x2, double[] y1, double[] y2, double width, double opacity) {
        Key key = new Key(network, l, x1, x2, y1, y2, width, opacity);
        Kept kept = last;
        if (kept != null && kept.key().sameAs(key)) return kept.lines();
        int sources = network.size(l - 1);
        Primitive.Line[] lines = new Primitive.Line[network.size(l) * sources];
        for (int i = 0; i < network.size(l); i++) {
            for (int j = 0; j < sources; j++) {
                double w = network.layer(l).weight(i, j);
                lines[i * sources + j] = new Primitive.Line("edge-" + l + "-" + (i + 1) + "-" + (j + 1), w < 0 ? "edge negative" : "edge positive",
                        x1, y1[j], x2, y2[i], width, w < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE, false, opacity, ValueRef.weight(l, i, j));
            }
        }
        last = new Kept(key, lines);
        return lines;
    }

    /** The edges (i × n_{l−1} + j) of layer l that any of {@code marked} stands for: a weight, its gradients, its update. */
    static Set<Integer> marked(Network network, int l, Iterable<ValueRef> marked) {
        Set<Integer> edges = new HashSet<>();
        for (ValueRef ref : marked) {
            if (ref == null || ref.layer() != l) continue;
            Quantity q = ref.quantity();
            if (q == Quantity.WEIGHT || q == Quantity.WEIGHT_GRADIENT || q == Quantity.MEAN_WEIGHT_GRADIENT || q == Quantity.UPDATED_WEIGHT) {
                if (ref.neuron() < network.size(l) && ref.source() < network.size(l - 1)) edges.add(ref.neuron() * network.size(l - 1) + ref.source());
            }
        }
        return edges;
    }
}
