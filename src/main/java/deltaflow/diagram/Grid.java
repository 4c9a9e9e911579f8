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
    /** A neuron's radius when its layer has room. */
    private static final double RADIUS = 24;
    /** Clearance at the top and bottom of a slot, so labels of neighbouring neurons never touch. */
    private static final double GAP = 4;
    /** On screen, a slot a little short of room first shrinks its circle to this (a value still fits inside)... */
    private static final double COMPACT_RADIUS = 20;
    /** ...and its clearance to this, before any label line is dropped. */
    private static final double COMPACT_GAP = 1;
    /** The narrowest column gap that still holds the staggered weight labels clear of the neurons' own labels. */
    private static final double MIN_COLUMN_GAP = 300;
    /** Room between columns below which the lines under neighbouring neurons would collide: only the circles' values stay. */
    private static final double LABEL_COLUMN_GAP = 135;
    /** The narrowest column gap a screen layout squeezes to: the circles and their edges stay apart. */
    private static final double TIGHTEST_COLUMN_GAP = 40;
    /** On screen, weight labels need this much room; the overlap check (EdgeLabels) keeps them apart. */
    private static final double SCREEN_EDGE_LABEL_GAP = 270;
    /** More edges than this in one layer are drawn thin, translucent and solid. */
    static final int DENSE_EDGES = 2000;

    final Network network;
    final int maxNeurons;
    final double maxAbsWeight;
    final double columnGap;
    private final double bodyHeight;
    private final double[] slot;
    private final double[] radius;
    /** Label lines a roomy slot holds above and below its neuron, per layer. */
    private final int[] above;
    private final int[] below;
    /** Whether the layout was squeezed into a screen area (true) or keeps the fixed export geometry (false). */
    final boolean fitted;
    /** Edge widths shrink with the rows, so 256 edges between tight rows stay a mesh instead of a blot. */
    private final double edgeThinning;

    Grid(Network network, int columns) { this(network, columns, 1, 1, 3); }

    Grid(Network network, int columns, double textScale, int wantAbove, int wantBelow) {
        this(network, columns, textScale, wantAbove, wantBelow, 0, 0);
    }

    /**
     * @param textScale  label size relative to the geometry (1..3): columns move closer as labels grow
     * @param wantAbove  label lines wanted above a neuron (the bias, or the amplifier's gain)
     * @param wantBelow  label lines wanted below it (z, σ'(z), δ): a slot is only as tall as its labels need
     * @param bodyLimit  on screen, the height the body may take (scale-1 units), or 0 for the fixed export geometry
     * @param gapLimit   on screen, the widest column gap that still fits the area, or 0
     */
    Grid(Network network, int columns, double textScale, int wantAbove, int wantBelow, double bodyLimit, double gapLimit) {
        this.fitted = bodyLimit > 0 && gapLimit > 0;
        this.network = network;
        int max = 0;
        double maxW = 0;
        for (int l = 0; l <= network.depth(); l++) max = Math.max(max, network.size(l));
        for (int l = 1; l <= network.depth(); l++) {
            for (double w : network.layer(l).weights()) maxW = Math.max(maxW, Math.abs(w));
        }
        this.maxNeurons = max;
        this.maxAbsWeight = maxW == 0 ? 1 : maxW;
        int layers = network.depth() + 1;
        this.above = new int[layers];
        this.below = new int[layers];
        double tallest = 0;
        for (int l = 0; l < layers; l++) {
            above[l] = l == 0 ? 0 : wantAbove;
            below[l] = l == 0 ? 1 : wantBelow; // the input's x_j label
            tallest = Math.max(tallest, network.size(l) * natural(l));
        }
        this.bodyHeight = Math.min(tallest, fitted ? bodyLimit : BODY);
        // Each layer spreads over the body on its own, so a 10-neuron layer beside 784 inputs keeps its labels.
        this.slot = new double[layers];
        this.radius = new double[layers];
        for (int l = 0; l < layers; l++) {
            slot[l] = Math.min(natural(l), bodyHeight / network.size(l));
            radius[l] = slot[l] >= natural(l) - 1e-9 ? RADIUS
                    : roomy(l) ? Math.min(RADIUS, (slot[l] - (above[l] + below[l]) * LINE) / 2 - COMPACT_GAP)
                    : Math.max(0.35, Math.min(RADIUS, slot[l] * 0.26));
        }
        double gap = Math.max(260, Math.min(380, 1000.0 / Math.max(1, columns)));
        this.columnGap = fitted ? Math.max(TIGHTEST_COLUMN_GAP, Math.min(Math.max(MIN_COLUMN_GAP, gap), gapLimit))
                : Math.max(MIN_COLUMN_GAP, gap / textScale);
        double thinnest = 1;
        for (int l = 0; l < layers; l++) {
            // A neuron with no label lines left may fill its slot: larger circles hold their value in a legible font.
            if (fitted && linesAbove(l) == 0 && linesBelow(l) == 0) radius[l] = Math.min(RADIUS, Math.min(slot[l] * 0.47, columnGap * 0.45));
            thinnest = Math.min(thinnest, slot[l] / natural(l));
        }
        this.edgeThinning = fitted ? Math.max(0.3, thinnest) : 1;
    }

    double slot(int l) { return slot[l]; }

    /** The height a neuron of layer l and its label lines need: no more, so the diagram fills its area. */
    private double natural(int l) { return 2 * RADIUS + (above[l] + below[l]) * LINE + 2 * GAP; }

    /** The least a screen layout's slot may take and still keep every label line: a smaller circle, less clearance. */
    private double compact(int l) { return 2 * COMPACT_RADIUS + (above[l] + below[l]) * LINE + 2 * COMPACT_GAP; }

    /** Whether layer l has room for all its label lines (on screen, perhaps with a smaller circle). */
    private boolean roomy(int l) { return slot[l] >= (fitted ? compact(l) : natural(l)) - 1e-9; }

    /** Where the neuron sits within its slot: lower when there are more lines above, higher for more below. */
    private double centre(int l) {
        if (!roomy(l)) return slot[l] / 2;
        double clearance = slot[l] >= natural(l) - 1e-9 ? GAP : COMPACT_GAP;
        return clearance + above[l] * LINE + radius[l];
    }

    /** The radius of layer l's neurons (half the height of its amplifiers). */
    double radius(int l) { return radius[l]; }

    /** Whether a value fits inside layer l's circles. */
    boolean insideText(int l) { return radius[l] >= 20; }

    int linesAbove(int l) {
        if (fitted && columnGap < LABEL_COLUMN_GAP) return 0;
        return roomy(l) ? above[l] : slot[l] >= 100 ? 1 : 0;
    }

    int linesBelow(int l) {
        if (fitted && columnGap < LABEL_COLUMN_GAP) return 0;
        if (roomy(l)) return below[l];
        return slot[l] >= 40 ? (int) Math.max(0, Math.floor((slot[l] / 2 - radius[l] - 2) / LINE)) : 0;
    }

    /** The y of neuron i of layer l below {@code top}, each layer centred in the body. */
    double y(double top, int l, int i) {
        return top + (bodyHeight - network.size(l) * slot[l]) / 2 + i * slot[l] + centre(l);
    }

    double bodyHeight() { return bodyHeight; }

    /** Weight labels only where they can be read: few edges, room between columns. */
    boolean edgeLabels(int l) {
        return roomy(l) && roomy(l - 1) && Math.min(slot[l], slot[l - 1]) >= 60 && (long) network.size(l) * network.size(l - 1) <= 16
                && (!fitted || columnGap >= SCREEN_EDGE_LABEL_GAP);
    }

    boolean dense(int l) { return (long) network.size(l) * network.size(l - 1) > DENSE_EDGES; }

    /** Edge width at scale 1: proportional to |w|, thin in dense layers. */
    double edgeWidth(int l, double w) {
        return dense(l) ? 0.5 : (1 + 4.5 * Math.abs(w) / maxAbsWeight) * edgeThinning;
    }

    /** Translucent edges in dense layers so their density shows instead of a solid block. */
    double edgeOpacity(int l) {
        long edges = (long) network.size(l) * network.size(l - 1);
        return dense(l) ? Math.max(0.04, Math.min(1, 30 / Math.sqrt(edges))) : 1;
    }
}
