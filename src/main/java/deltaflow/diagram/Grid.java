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
    static final double PAD = 80;
    /** The height a network's tallest layer may take before its slots shrink. */
    private static final double BODY = 1400;
    private static final double NATURAL_SLOT = 140;
    /** More edges than this in one layer are drawn thin, translucent and solid. */
    static final int DENSE_EDGES = 2000;

    final Network network;
    final int maxNeurons;
    final double slot;
    final double radius;
    final boolean insideText;
    final int linesAbove;
    final int linesBelow;
    final double columnGap;
    final double maxAbsWeight;

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
        this.slot = Math.min(NATURAL_SLOT, BODY / max);
        this.radius = slot >= 100 ? 24 : Math.max(0.35, slot * 0.26);
        this.insideText = radius >= 20;
        this.linesAbove = slot >= 100 ? 1 : 0;
        this.linesBelow = slot >= 40 ? (int) Math.max(0, Math.floor((slot / 2 - radius - 2) / LINE)) : 0;
        this.columnGap = Math.max(200, Math.min(380, 800.0 / Math.max(1, columns)));
    }

    /** The y of neuron i of layer l below {@code top}, layers centred on the tallest. */
    double y(double top, int l, int i) {
        return top + (maxNeurons - network.size(l)) * slot / 2 + (i + 0.5) * slot;
    }

    double bodyHeight() { return maxNeurons * slot; }

    /** Weight labels only where they can be read: few edges, room between columns. */
    boolean edgeLabels(int l) {
        return slot >= 100 && (long) network.size(l) * network.size(l - 1) <= 16;
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
