package deltaflow.diagram;

import deltaflow.model.Network;

/**
 * The geometry both views share, at scale 1: how much vertical room each neuron gets, how big it is drawn,
 * and how many label lines fit above and below it. Wide layers shrink the slot until labels no longer fit,
 * then drop them, so a 784-input network stays drawable while a 2-3-2 gets 24 px labels at scale 2.
 */
final class Grid {
    static final double FONT = 12;
    static final double LINE = 14.5;
    static final double HEADER_FONT = 13;
    static final double TITLE_FONT = 17;
    static final double MARGIN = 16;
    static final double HEADER = 28;
    static final double PAD = 100;
    /** The height a network's tallest layer may take before its slots shrink. */
    private static final double BODY = 1400;
    private static final double NATURAL_SLOT = 140;
    /** More edges than this in one layer are drawn thin, translucent and solid. */
    static final int DENSE_EDGES = 2000;

    final Network network;
    final int maxNeurons;
    final double maxAbsWeight;
    final double columnGap;
    private final double bodyHeight;
    private final double[] slot;
    private final double[] radius;

    Grid(Network network, int columns) {
        this.network = network;
        int max = 0;
        double maxW = 0;
        for (int l = 0; l <= network.depth(); l++) max = Math.max(max, network.size(l));
        for (int l = 1; l <= network.depth(); l++) {
            for (double w : network.layer(l).weights()) maxW = Math.max(maxW, Math.abs(w));
        }
        this.maxNeurons = max;
        this.maxAbsWeight = maxW == 0 ? 1 : maxW;
        this.bodyHeight = Math.min(max * NATURAL_SLOT, BODY);
        // Each layer spreads over the body on its own, so a 10-neuron layer beside 784 inputs keeps its labels.
        this.slot = new double[network.depth() + 1];
        this.radius = new double[network.depth() + 1];
        for (int l = 0; l <= network.depth(); l++) {
            slot[l] = Math.min(NATURAL_SLOT, bodyHeight / network.size(l));
            radius[l] = slot[l] >= 100 ? 24 : Math.max(0.35, slot[l] * 0.26);
        }
        this.columnGap = Math.max(260, Math.min(380, 1000.0 / Math.max(1, columns)));
    }

    double slot(int l) { return slot[l]; }

    /** The radius of layer l's neurons (half the height of its amplifiers). */
    double radius(int l) { return radius[l]; }

    /** Whether a value fits inside layer l's circles. */
    boolean insideText(int l) { return radius[l] >= 20; }

    int linesAbove(int l) { return slot[l] >= 100 ? 1 : 0; }

    int linesBelow(int l) {
        return slot[l] >= 40 ? (int) Math.max(0, Math.floor((slot[l] / 2 - radius[l] - 2) / LINE)) : 0;
    }

    /** The y of neuron i of layer l below {@code top}, each layer centred in the body. */
    double y(double top, int l, int i) {
        return top + (bodyHeight - network.size(l) * slot[l]) / 2 + (i + 0.5) * slot[l];
    }

    double bodyHeight() { return bodyHeight; }

    /** Weight labels only where they can be read: few edges, room between columns. */
    boolean edgeLabels(int l) {
        return Math.min(slot[l], slot[l - 1]) >= 100 && (long) network.size(l) * network.size(l - 1) <= 16;
    }

    boolean dense(int l) { return (long) network.size(l) * network.size(l - 1) > DENSE_EDGES; }

    /** Edge width at scale 1: proportional to |w|, thin in dense layers. */
    double edgeWidth(int l, double w) {
        return dense(l) ? 0.5 : 1 + 4.5 * Math.abs(w) / maxAbsWeight;
    }

    /** Translucent edges in dense layers so their density shows instead of a solid block. */
    double edgeOpacity(int l) {
        long edges = (long) network.size(l) * network.size(l - 1);
        return dense(l) ? Math.max(0.04, Math.min(1, 30 / Math.sqrt(edges))) : 1;
    }
}
