package deltaflow.diagram;

import deltaflow.model.Network;
import deltaflow.model.ValueRef;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The unmarked edges of a dense layer, kept from one build to the next. A 784-wide layer has 100,000 edges
 * whose ink depends only on the network's weights and the layout, not on the step, yet a diagram is built
 * for every step: the lines of the last build are reused when the network (the same object: networks are
 * immutable) and every coordinate are the same. The last {@link #LAYERS} layers asked for are kept (a diagram
 * of 784-128-64-10 has two dense layers); builds on other threads (exports) may replace them, never corrupt them.
 */
final class DenseEdges {
    private record Key(Network network, int layer, double x1, double x2, double[] y1, double[] y2, double width, double opacity) {
        boolean sameAs(Key o) {
            return network == o.network && layer == o.layer && x1 == o.x1 && x2 == o.x2 && width == o.width
                    && opacity == o.opacity && Arrays.equals(y1, o.y1) && Arrays.equals(y2, o.y2);
        }
    }

    private record Kept(Key key, Primitive.Line[] lines) {}

    private static final int LAYERS = 6;
    /** Edges of one layer kept at most: 784 × 256, about 25 MB of lines. */
    private static final int MAX_KEPT = 200_000;
    /** Newest first; replaced whole, never changed, so readers on any thread see a consistent list. */
    private static volatile java.util.List<Kept> kept = java.util.List.of();
    /** Off only in tests, to build the reference they compare with. */
    static volatile boolean enabled = true;

    private DenseEdges() {}

    /** Edge (i, j) of layer l at index i × n_{l−1} + j, unmarked; made once for a network and layout. */
    static Primitive.Line[] of(Network network, int l, double x1, double x2, double[] y1, double[] y2, double width, double opacity) {
        Key key = new Key(network, l, x1, x2, y1, y2, width, opacity);
        java.util.List<Kept> now = kept;
        for (Kept k : now) if (k.key().sameAs(key)) return k.lines();
        int sources = network.size(l - 1);
        Primitive.Line[] lines = new Primitive.Line[network.size(l) * sources];
        for (int i = 0; i < network.size(l); i++) {
            for (int j = 0; j < sources; j++) {
                double w = network.layer(l).weight(i, j);
                lines[i * sources + j] = new Primitive.Line(new DiagramId.Edge(DiagramId.Side.FORWARD, l, i, j).text(), w < 0 ? "edge negative" : "edge positive",
                        x1, y1[j], x2, y2[i], width, w < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE, false, opacity, ValueRef.weight(l, i, j));
            }
        }
        if (lines.length > MAX_KEPT) return lines; // a layer this size is not stepped through on screen: not worth holding
        java.util.List<Kept> next = new java.util.ArrayList<>();
        next.add(new Kept(key, lines));
        for (Kept k : now) {
            boolean sameLayer = k.key().network() == network && k.key().layer() == l; // an old layout of this layer: gone
            if (!sameLayer && next.size() < LAYERS) next.add(k);
        }
        kept = java.util.List.copyOf(next);
        return lines;
    }

    /** The edges (i × n_{l−1} + j) of layer l that any of {@code marked} stands for: a weight, its gradients, its update. */
    static Set<Integer> marked(Network network, int l, Iterable<ValueRef> marked) {
        Set<Integer> edges = new HashSet<>();
        for (ValueRef ref : marked) {
            if (ref == null || ref.layer() != l || !ref.quantity().isOfWeight()) continue;
            if (ref.neuron() < network.size(l) && ref.source() < network.size(l - 1)) edges.add(ref.neuron() * network.size(l - 1) + ref.source());
        }
        return edges;
    }
}
