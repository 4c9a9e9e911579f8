package deltaflow.diagram;

import deltaflow.model.Cost;
import deltaflow.model.CostGradientEquation;
import deltaflow.model.MathText;
import deltaflow.model.Network;
import deltaflow.model.Notation;

/**
 * The geometry both views share, at scale 1: how much vertical room each neuron gets, how big it is drawn,
 * and how many label lines fit above and below it. Wide layers shrink the slot until labels no longer fit,
 * then drop them, so a 784-input network stays drawable while a 2-3-2 gets 24 px labels at scale 2. A layer whose
 * neurons would be too small to carry any label is drawn as one summary box instead (its size and the range and
 * mean of its values), and the columns are placed so that each box has the width of its text.
 */
final class Grid {
    static final double FONT = 12;
    static final double LINE = 14.5;
    /**
     * A label plate's height in em: it covers the glyphs (DejaVu's ascent and descent are 1.17 em) and is less than a
     * line, so the lines under a neuron (z, σ'(z), δ) stack without their plates overlapping.
     */
    static final double PLATE = 1.2;
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
    static final double LABEL_COLUMN_GAP = 135;
    /** The narrowest column gap a screen layout squeezes to: the circles and their edges stay apart. */
    static final double TIGHTEST_COLUMN_GAP = 40;
    /** On screen, rows closer than this leave no room between the edges for a weight's label. */
    private static final double SCREEN_EDGE_LABEL_SLOT = 2 * LINE;
    /** More edges than this in one layer are drawn thin, translucent and solid. */
    static final int DENSE_EDGES = 2000;
    /**
     * A layer whose neurons get less height than a line of text is drawn as a summary box unless asked otherwise:
     * its circles could hold no value and carry no label, and a column of dots says nothing from the back of a hall.
     */
    static final double SUMMARY_SLOT = LINE;
    /** Room inside a summary box either side of its widest line. */
    static final double SUMMARY_PAD = 5;
    /** The radius of a neuron drawn inside a summary box because the step is about it. */
    static final double PICKED_RADIUS = 6;
    /** Room for the ∂C/∂y terminals and their labels right of the output layer, at scale 1. */
    static final double TERMINAL_GAP = 170;
    static final double TERMINAL_LABEL_ROOM = 150;
    /** Half the Jacobian box's width in neuron radii: wide enough to hold δ_n^L = −0.1234 inside. */
    static final double JACOBIAN_HALF_WIDTH = 2.5;
    /** Half the width of a current step's label (δ₁₂₈¹ = −0.01234) drawn beside a column without label lines. */
    private static final double LABEL_HALF = 58;
    /** Beyond the outermost shapes and labels, when the layout is squeezed. */
    private static final double TIGHT_MARGIN = 10;
    /** The wire from an output amplifier (or the Jacobian) to its ∂C/∂y terminal, at least. */
    private static final double WIRE = 30;

    final Network network;
    final int maxNeurons;
    /** The largest |w|, found when an edge is first drawn: a screen fit tries several grids and draws with one. */
    private double maxAbsWeight = -1;
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
    /** Per layer, whether its column is one summary box: in the forward network, and in the reverse one. */
    private final boolean[] forwardSummary;
    private final boolean[] reverseSummary;
    /** The width of every summary box: its widest line, count or statistic, with padding. */
    final double summaryWidth;
    /** Column centres from each layout's left edge, and the room right of the last one. */
    private final double[] forwardX;
    private final double[] reverseX;
    private final double forwardRight;
    private final boolean shortOutputHeader;
    private final double terminalGap;
    private final double terminalRoom;

    Grid(Network network, int columns, double textScale, int wantAbove, int wantBelow, Columns spec) {
        this(network, columns, textScale, wantAbove, wantBelow, 0, 0, spec);
    }

    /**
     * What the columns need besides the network: the words of headers and summaries, which columns were asked to be
     * summaries, the digits and cost (for the terminals' labels), and whether to squeeze the margins (a screen area
     * too narrow for the usual ones).
     */
    record Columns(DiagramOptions options, Cost cost, boolean tight, boolean autoSummaries) {
        static Columns of(DiagramOptions options, Cost cost) { return new Columns(options, cost, false, true); }

        Columns tightened() { return new Columns(options, cost, true, autoSummaries); }

        /** Only the columns asked for are summaries: when the boxes of every narrow layer would not fit across the area. */
        Columns withoutAutoSummaries() { return new Columns(options, cost, tight, false); }
    }

    /**
     * @param textScale  label size relative to the geometry (1..3): columns move closer as labels grow
     * @param wantAbove  label lines wanted above a neuron (the bias, or the amplifier's gain)
     * @param wantBelow  label lines wanted below it (z, σ'(z), δ): a slot is only as tall as its labels need
     * @param bodyLimit  on screen, the height the body may take (scale-1 units), or 0 for the fixed export geometry
     * @param gapLimit   on screen, the widest column gap that still fits the area, or 0
     */
    Grid(Network network, int columns, double textScale, int wantAbove, int wantBelow, double bodyLimit, double gapLimit, Columns spec) {
        this.fitted = bodyLimit > 0 && gapLimit > 0;
        this.network = network;
        int max = 0;
        for (int l = 0; l <= network.depth(); l++) max = Math.max(max, network.size(l));
        this.maxNeurons = max;
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

        int depth = network.depth();
        DiagramOptions o = spec.options();
        this.forwardSummary = new boolean[layers];
        this.reverseSummary = new boolean[layers];
        for (int l = 0; l < layers; l++) {
            boolean small = spec.autoSummaries() && slot[l] < SUMMARY_SLOT;
            forwardSummary[l] = o.summary(new DiagramId.Header(DiagramId.Side.FORWARD, l).text()).orElse(small);
            // A softmax output is one Jacobian box already.
            reverseSummary[l] = l >= 1 && !(l == depth && !network.layer(depth).activation().isElementwise())
                    && o.summary(new DiagramId.Header(DiagramId.Side.REVERSE, l).text()).orElse(small);
        }
        this.summaryWidth = summaryWidth(network, o.texts());
        // A squeezed screen layout calls the output column "layer 8" rather than push "layer 8 (output y)" into "layer 7".
        this.shortOutputHeader = fitted && depth >= 1 && headersApart(o.texts(), depth - 1, depth, false) > columnGap + (extra(forwardSummary, depth - 1) + extra(forwardSummary, depth)) / 2;
        double inputHeaderHalf = headerWidth(o.texts(), 0, depth, shortOutputHeader) / 2;
        // On screen the input column needs only its circles and its header: the rest of the usual padding goes to the
        // columns, whose gaps hold the weights' labels (a 2-2-2 on a 1024×768 desk).
        double forwardLeft = fitted && !forwardSummary[0] ? Math.min(PAD, Math.max(RADIUS, inputHeaderHalf) + 2 * TIGHT_MARGIN)
                : edgePad(forwardSummary[0], inputHeaderHalf);
        this.forwardRight = edgePad(forwardSummary[depth], headerWidth(o.texts(), depth, depth, shortOutputHeader) / 2);
        this.forwardX = new double[layers];
        forwardX[0] = forwardLeft;
        for (int l = 1; l < layers; l++) {
            // Never so close that two headers run into each other.
            forwardX[l] = forwardX[l - 1] + Math.max(headersApart(o.texts(), l - 1, l, shortOutputHeader),
                    columnGap + (extra(forwardSummary, l - 1) + extra(forwardSummary, l)) / 2);
        }
        this.reverseX = new double[layers];
        reverseX[1] = edgePad(reverseSummary[1], 0);
        for (int l = 2; l < layers; l++) reverseX[l] = reverseX[l - 1] + columnGap + (extra(reverseSummary, l - 1) + extra(reverseSummary, l)) / 2;
        if (spec.tight()) {
            // Squeezed: the terminals as close as the output column's shapes and the headers allow, their labels as wide as they are.
            boolean jacobian = !network.layer(depth).activation().isElementwise();
            double reach = reverseSummary[depth] ? summaryWidth / 2 : jacobian ? RADIUS * JACOBIAN_HALF_WIDTH : RADIUS;
            double header = TextMetrics.width(CostGradientEquation.inline(spec.cost()), HEADER_FONT) / 2;
            double label = TextMetrics.width(Notation.equals(Notation.costGradient(network.outputs() - 1), -0.0123456789, o.significantDigits()), FONT);
            // The headers δ^L and ∂C/∂y_n = ... at least three letters apart, so they do not read as one.
            this.terminalGap = Math.max(reach + WIRE + 7, header + HEADER_FONT * 4);
            this.terminalRoom = Math.max(7 + 6 + label, header) + TIGHT_MARGIN;
        } else {
            this.terminalGap = TERMINAL_GAP;
            this.terminalRoom = TERMINAL_LABEL_ROOM;
        }
    }

    /** The box's width: the widest count ("128 neurons") or statistic ("mean −0.0000") at the label font, padded. */
    static double summaryWidth(Network network, DiagramTexts texts) {
        double widest = TextMetrics.width(MathText.builder().text(texts.statistic("mean") + " −0.0000").build(), FONT);
        for (int l = 0; l <= network.depth(); l++) {
            widest = Math.max(widest, TextMetrics.width(MathText.builder().text(texts.count(l, network.size(l))).build(), FONT));
        }
        return widest + 2 * SUMMARY_PAD;
    }

    /** The width a column's shapes add to the gap between columns: a summary box's, or nothing for neurons (the gap has room for them). */
    private double extra(boolean[] summary, int l) { return summary[l] ? summaryWidth : 0; }

    /** Room beyond an outermost column: the usual padding, or for a summary box its half width and a current step's label. */
    private double edgePad(boolean summary, double headerHalf) {
        return summary ? Math.max(Math.max(summaryWidth / 2, LABEL_HALF), headerHalf) + TIGHT_MARGIN : PAD;
    }

    private double headerWidth(DiagramTexts texts, int l, int depth, boolean shortOutput) {
        String words = l == 0 ? texts.input() : l == depth && !shortOutput ? texts.layer(l) + " " + texts.output() : texts.layer(l);
        return TextMetrics.width(MathText.builder().text(words).build(), HEADER_FONT);
    }

    /** How far apart the centres of forward columns k and l must be for their headers to stay apart. */
    private double headersApart(DiagramTexts texts, int k, int l, boolean shortOutput) {
        int depth = network.depth();
        return (headerWidth(texts, k, depth, shortOutput) + headerWidth(texts, l, depth, shortOutput)) / 2 + HEADER_FONT * 0.6;
    }

    /** Whether the output column's header leaves out "(output y)" for want of room. */
    boolean shortOutputHeader() { return shortOutputHeader; }

    /** Whether layer l's column is one summary box, in the reverse network or the forward one. */
    boolean summary(boolean reverse, int l) { return (reverse ? reverseSummary : forwardSummary)[l]; }

    /** Half the width of what column l draws on its row: a summary box, or a neuron. */
    double reach(boolean reverse, int l) { return summary(reverse, l) ? summaryWidth / 2 : radius[l]; }

    /** The forward layout's width: padding, columns, padding. */
    double forwardWidth() { return forwardX[network.depth()] + forwardRight; }

    /** The centre of forward column l, from the layout's left edge. */
    double forwardX(int l) { return forwardX[l]; }

    /** The reverse layout's width: padding, columns 1..L, the ∂C/∂y terminals and their labels. */
    double reverseWidth() { return reverseX[network.depth()] + terminalGap + terminalRoom; }

    /** The centre of reverse column l (1..L), from the layout's left edge. */
    double reverseX(int l) { return reverseX[l]; }

    /** From the output column's centre to the ∂C/∂y terminals. */
    double terminalGap() { return terminalGap; }

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
        if (!WeightLabels.few(network, l)) return false;
        if (!fitted) return roomy(l) && roomy(l - 1) && Math.min(slot[l], slot[l - 1]) >= 60;
        return Math.min(slot[l], slot[l - 1]) >= SCREEN_EDGE_LABEL_SLOT && columnGap >= LABEL_COLUMN_GAP;
    }

    double maxAbsWeight() {
        if (maxAbsWeight < 0) {
            double max = 0;
            for (int l = 1; l <= network.depth(); l++) {
                deltaflow.model.Layer layer = network.layer(l);
                for (int i = 0; i < layer.size(); i++) for (int j = 0; j < layer.inputs(); j++) max = Math.max(max, Math.abs(layer.weight(i, j)));
            }
            maxAbsWeight = max == 0 ? 1 : max;
        }
        return maxAbsWeight;
    }

    boolean dense(int l) { return (long) network.size(l) * network.size(l - 1) > DENSE_EDGES; }

    /** Edge width at scale 1: proportional to |w|, thin in dense layers. */
    double edgeWidth(int l, double w) {
        return dense(l) ? 0.5 : (1 + 4.5 * Math.abs(w) / maxAbsWeight()) * edgeThinning;
    }

    /** Translucent edges in dense layers so their density shows instead of a solid block. */
    double edgeOpacity(int l) {
        long edges = (long) network.size(l) * network.size(l - 1);
        return dense(l) ? Math.max(0.04, Math.min(1, 30 / Math.sqrt(edges))) : 1;
    }
}
