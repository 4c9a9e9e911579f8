package deltaflow.diagram;

import deltaflow.model.Cost;
import deltaflow.model.Network;

/**
 * The layout for a known screen area: the font is chosen first (the size that fills the area, but at least
 * {@link DiagramOptions#MIN_FONT_PX}, times the type scale), and the geometry is squeezed into the area at that font, so the grid drops the labels
 * that no longer fit instead of the whole drawing shrinking until nothing can be read.
 *
 * @param scale   diagram units (≈ px) per scale-1 unit
 * @param grid    the geometry fitted to the area
 * @param stacked whether the BOTH view puts the reverse network under the forward one
 */
record ScreenFit(double scale, Grid grid, boolean stacked) {
    static final double GUTTER = 40;

    /**
     * @param top    the scale-1 height above the column headers (margin, title)
     * @param bottom the scale-1 height below the body (formula, margin)
     */
    static ScreenFit plan(Network network, Cost cost, DiagramOptions o, int above, int below, double top, double bottom) {
        return plan(network, cost, o, above, below, top, bottom, 1);
    }

    /**
     * @param share how much of the type scale's growth to take, 0..1: less when the step's labels found no clear place
     *              at the full size. Never below the lecture hall's floor, 12 px per 100% (24 px at 200%).
     */
    static ScreenFit plan(Network network, Cost cost, DiagramOptions o, int above, int below, double top, double bottom, double share) {
        int depth = network.depth();
        double vw = o.viewWidth(), vh = o.viewHeight();
        Grid.Columns columns = Grid.Columns.of(o, cost);
        Grid natural = new Grid(network, depth, 1, above, below, columns);
        double forward = natural.forwardWidth(), reverse = natural.reverseWidth();
        double body = natural.bodyHeight();
        double beside = Math.min(vw / (forward + GUTTER + reverse), vh / (top + Grid.HEADER + body + bottom));
        double under = Math.min(vw / Math.max(forward, reverse), vh / (top + 2 * Grid.HEADER + 2 * body + GUTTER + bottom));
        // BOTH: whichever arrangement gives the larger text at the natural geometry.
        boolean stacked = o.view() == View.BOTH && under > beside;
        double fits = switch (o.view()) {
            case FORWARD -> Math.min(vw / forward, vh / (top + Grid.HEADER + body + bottom));
            case REVERSE -> Math.min(vw / reverse, vh / (top + Grid.HEADER + body + bottom));
            case BOTH -> Math.max(beside, under);
        };
        // The type scale multiplies the size the text has at 100% (the size that fills the area, at least 14 px): each
        // Ctrl + grows the text on screen by a quarter of it. Raising only a floor made 100% → 200% invisible where the
        // text already filled the area (a plate of 180×28 px became 182×29 px). Labels that no longer fit are left out,
        // with a note; the step's value and its operands never are.
        double base = Math.max(Grid.FONT * fits, DiagramOptions.MIN_FONT_PX);
        // Each press grows the text at least by half its share (a lecturer must see Ctrl + do something), and never
        // below 12 px per 100% (24 px at 200%) where the drawing holds at that size; up to three quarters of the share
        // where it still holds.
        double floor = Math.max(base * (1 + (o.textScale() - 1) / 2), Grid.FONT * o.textScale());
        double font = Math.max(floor, base * (1 + (o.textScale() - 1) * 0.75 * share));
        ScreenFit atBase = attempt(network, columns, o, above, below, top, bottom, base, stacked);
        if (o.textScale() > 1 && !attempt(network, columns, o, above, below, top, bottom, font, stacked).holds(o, network, top, bottom, atBase)) {
            // Not so large that the drawing overflows the area (the view would shrink it back) or its neurons shrink to
            // dots: the largest size up to the one asked for where it still holds, found by bisection.
            // The floor itself gives way where it would not hold either (300% in a 300 px strip): a drawing collapsed
            // into boxes and dots says nothing, whatever the size of its text.
            double lo = attempt(network, columns, o, above, below, top, bottom, floor, stacked).sameColumns(network, atBase) ? floor : base;
            double hi = font;
            for (int k = 0; k < 12; k++) {
                double mid = (lo + hi) / 2;
                if (attempt(network, columns, o, above, below, top, bottom, mid, stacked).holds(o, network, top, bottom, atBase)) lo = mid;
                else hi = mid;
            }
            font = lo;
        }
        ScreenFit chosen = attempt(network, columns, o, above, below, top, bottom, font, stacked);
        if (o.view() == View.BOTH) {
            // The fixed margins may overflow at a large font: then the other arrangement may keep more of it.
            ScreenFit other = attempt(network, columns, o, above, below, top, bottom, font, !stacked);
            if (other.shown(o, network, top, bottom) > chosen.shown(o, network, top, bottom) + 1e-9) chosen = other;
        }
        return chosen;
    }

    private static ScreenFit attempt(Network network, Grid.Columns columns, DiagramOptions o, int above, int below, double top, double bottom,
                                     double font, boolean stacked) {
        double scale = font / Grid.FONT;
        double width = o.viewWidth() / scale, height = o.viewHeight() / scale;
        double bodyLimit = Math.max(1, stacked ? (height - top - bottom - 2 * Grid.HEADER - GUTTER) / 2 : height - top - bottom - Grid.HEADER);
        double gapLimit = gapLimit(network, columns, o, above, below, bodyLimit, width, stacked);
        // Too narrow for labels between the columns: squeeze the margins and the terminals' room to give the columns more.
        if (gapLimit < Grid.LABEL_COLUMN_GAP) {
            columns = columns.tightened();
            gapLimit = gapLimit(network, columns, o, above, below, bodyLimit, width, stacked);
        }
        Grid grid = new Grid(network, network.depth(), 1, above, below, bodyLimit, Math.max(1, gapLimit), columns);
        ScreenFit fit = new ScreenFit(scale, grid, stacked);
        if (gapLimit < Grid.TIGHTEST_COLUMN_GAP && columns.autoSummaries()) {
            // The summary boxes do not fit across: the dots may, and then show everything larger.
            ScreenFit dots = attempt(network, columns.withoutAutoSummaries(), o, above, below, top, bottom, font, stacked);
            if (dots.shown(o, network, top, bottom) > fit.shown(o, network, top, bottom) + 1e-9) return dots;
        }
        return fit;
    }

    /**
     * The widest column gap that fits the area. Each layout is a fixed part (padding, summary boxes, terminals) plus
     * one column gap per layer step; the fixed part depends on the body's height (which layers are summaries) and,
     * where headers would otherwise touch, on the gap itself (less of it binds as the gap grows). So it is read off a
     * grid of that height at a trial gap, and the trial gap moved to the gap that fixed part allows until it settles:
     * each step only widens, and never past the area.
     */
    private static double gapLimit(Network network, Grid.Columns columns, DiagramOptions o, int above, int below, double bodyLimit,
                                   double width, boolean stacked) {
        int depth = network.depth();
        double gap = 1;
        for (int k = 0; k < 5; k++) {
            Grid probe = new Grid(network, depth, 1, above, below, bodyLimit, Math.max(1, gap), columns);
            double forwardFixed = probe.forwardWidth() - depth * probe.columnGap, reverseFixed = probe.reverseWidth() - (depth - 1) * probe.columnGap;
            double forwardGap = (width - forwardFixed) / depth;
            double reverseGap = depth == 1 ? Double.MAX_VALUE : (width - reverseFixed) / (depth - 1);
            double next = switch (o.view()) {
                case FORWARD -> forwardGap;
                case REVERSE -> reverseGap;
                case BOTH -> stacked ? Math.min(forwardGap, reverseGap) : (width - GUTTER - forwardFixed - reverseFixed) / (2 * depth - 1);
            };
            if (Math.abs(next - gap) < 0.5 || next <= gap) return next;
            gap = next;
        }
        return gap;
    }

    /** The smallest radius, in scale-1 units, a neuron keeps at a larger type scale: its value (0.5987) still fits inside. */
    private static final double LEAST_RADIUS = 21.5;

    /**
     * Whether the layout fits its area as laid out, with no more columns made summaries than at 100%, and every neuron
     * that had room for its value at 100% still with room for it.
     */
    private boolean holds(DiagramOptions o, Network network, double top, double bottom, ScreenFit base) {
        if (shown(o, network, top, bottom) < scale * (1 - 1e-6)) return false;
        for (int l = 0; l <= network.depth(); l++) {
            if (grid.summary(false, l) != base.grid.summary(false, l) || grid.summary(true, l) != base.grid.summary(true, l)) return false;
            if (!grid.summary(false, l) && grid.radius(l) < Math.min(LEAST_RADIUS, base.grid.radius(l))) return false;
        }
        return true;
    }

    /**
     * Whether the drawing did not collapse: some column that shows its neurons at 100% still does (at 300% in a 300 px
     * strip every column of a 2-3-2 network became a box).
     */
    private boolean sameColumns(Network network, ScreenFit base) {
        boolean had = false;
        for (int l = 0; l <= network.depth(); l++) {
            if (base.grid.summary(false, l)) continue;
            had = true;
            if (!grid.summary(false, l)) return true;
        }
        return !had;
    }

    /** The scale the view will show this layout at: its own, unless the layout overflows the area and is shrunk. */
    private double shown(DiagramOptions o, Network network, double top, double bottom) {
        int depth = network.depth();
        double forward = grid.forwardWidth(), reverse = grid.reverseWidth();
        double w = switch (o.view()) {
            case FORWARD -> forward;
            case REVERSE -> reverse;
            case BOTH -> stacked ? Math.max(forward, reverse) : forward + GUTTER + reverse;
        };
        double h = top + bottom + (stacked ? 2 * (Grid.HEADER + grid.bodyHeight()) + GUTTER : Grid.HEADER + grid.bodyHeight());
        return scale * Math.min(1, Math.min(o.viewWidth() / (w * scale), o.viewHeight() / (h * scale)));
    }
}
