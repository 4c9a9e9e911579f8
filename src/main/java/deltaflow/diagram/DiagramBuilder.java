package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.Notation;
import deltaflow.model.Step;
import deltaflow.model.StepFormula;
import deltaflow.model.StepSpan;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;

import java.util.List;
import java.util.Set;

/**
 * Lays out a network at one position of its timeline: the one layout every sink draws. Only values the
 * timeline has computed by {@code position} are labelled, so stepping through positions reveals the
 * computation. Sizes: at scale 1 a small network is about 960 × 500 units (so scale 2 fills a 1920 × 1080
 * screen with 24 px labels); wide layers shrink their neurons and drop labels that could not be read.
 */
public final class DiagramBuilder {
    /** Space between the forward and reverse networks in the BOTH view, at scale 1. */
    private static final double GUTTER = 40;
    /**
     * The largest type scale at which a small network's weight labels come before the size of the diagram's text (even
     * below the hall's floor, 12 px per 100%): the first presses of Ctrl + on a small screen must not take the numbers
     * off the board.
     */
    static final double WEIGHTS_FIRST = 1.5;

    private DiagramBuilder() {}

    public static Diagram build(Timeline timeline, int position, DiagramOptions options) {
        if (position < 0 || position > timeline.size()) {
            throw new IllegalArgumentException("position " + position + " is outside 0.." + timeline.size());
        }
        // [0]: 1 when a label of the step found no clear place; [1]: how many weights of few-edged layers have no label.
        int[] faults = new int[2];
        Diagram diagram = build(timeline, position, options, faults, 1);
        if (!options.hasViewport() || options.textScale() <= 1 || faults[0] == 0 && faults[1] == 0) return diagram;
        if (faults[1] > 0 && options.textScale() <= WEIGHTS_FIRST) {
            // A small network's weights are what its formulas read off the board: up to WEIGHTS_FIRST the type scale gives
            // way to them as to the step's labels, even below the hall's floor, down to 100% (a 2-2-2 at 150% on a 1024×768
            // desk); where not even 100% has room for them all, 100% if it labels more of them. Beyond it the lecturer has
            // asked for hall-sized text and each press must be seen (issue #11): the note tells of the weights left out.
            Diagram all = largestWhere(timeline, position, options, f -> f[0] == 0 && f[1] == 0);
            if (all != null) return all;
            int[] at100 = new int[2];
            Diagram most = build(timeline, position, options.withTextScale(1), at100, 1);
            if (at100[0] == 0 && at100[1] < faults[1]) return most;
        }
        if (faults[0] == 0) return diagram;
        // The step's labels found no clear place at this type size: the largest share of the type scale's growth where they
        // do, never below the lecture hall's floor unless smaller text gives them clear places; else the floor.
        Diagram clear = largestWhere(timeline, position, options, f -> f[0] == 0);
        return clear != null ? clear : build(timeline, position, options, faults, 0);
    }

    /**
     * The layout with the largest text where {@code fine} holds of its faults: the largest share of the type scale's growth
     * (by bisection), never below the lecture hall's floor (12 px per 100%); failing that, the largest type scale between
     * 100% and the one asked for. Null when not even 100% is fine.
     */
    private static Diagram largestWhere(Timeline timeline, int position, DiagramOptions options, java.util.function.Predicate<int[]> fine) {
        int[] faults = new int[2];
        double lo = 0, hi = 1;
        Diagram best = null;
        for (int k = 0; k < 3; k++) {
            double mid = (lo + hi) / 2;
            Diagram d = build(timeline, position, options, faults, mid);
            if (!fine.test(faults)) hi = mid;
            else { lo = mid; best = d; }
        }
        if (best != null) return best;
        Diagram floor = build(timeline, position, options, faults, 0);
        if (fine.test(faults)) return floor;
        // Not fine even at the hall's floor: where smaller text makes it so, the largest such scale, by bisection.
        Diagram at100 = build(timeline, position, options.withTextScale(1), faults, 1);
        if (!fine.test(faults)) return null;
        lo = 1;
        hi = options.textScale();
        best = at100;
        for (int k = 0; k < 3; k++) {
            double mid = (lo + hi) / 2;
            Diagram d = build(timeline, position, options.withTextScale(mid), faults, 1);
            if (!fine.test(faults)) hi = mid;
            else { lo = mid; best = d; }
        }
        return best;
    }

    /**
     * The operands with the gain σ'(z_i^l) of every δ_i^l the span computes through an amplifier: the model lists z_i^l
     * (the value the gain comes from), but the formula writes σ'(z_i^l)'s number, and the reverse network shows the gain,
     * never z. Marked as an operand, the gain's label is drawn however little room there is, so the board shows every
     * number the formula beside it uses. A softmax output's δ has no gain (δ^L = J^T ∇C^r): nothing is added for it.
     */
    private static Set<ValueRef> withGains(Set<ValueRef> current, Set<ValueRef> operands, deltaflow.model.Network network) {
        Set<ValueRef> all = null;
        for (ValueRef ref : current) {
            if (ref.quantity() != deltaflow.model.Quantity.DELTA || !network.layer(ref.layer()).activation().isElementwise()) continue;
            if (all == null) all = new java.util.HashSet<>(operands);
            all.add(ValueRef.gain(ref.example(), ref.layer(), ref.neuron()));
        }
        return all == null ? operands : all;
    }

    /**
     * One layout, taking {@code share} of the type scale's growth on screen; sets {@code faults[0]} to 1 when a label of the
     * step had to cover something, {@code faults[1]} to how many weights of few-edged layers have no label (screen layouts only).
     */
    private static Diagram build(Timeline timeline, int position, DiagramOptions options, int[] faults, double share) {
        Step step = timeline.current(position);
        int example = example(timeline, step, options);
        // A layer or pass step rings every value it computed and marks every operand it read, as its equations name them.
        StepSpan span = timeline.span(position, options.granularity());
        Set<ValueRef> current = Set.of();
        Set<ValueRef> operands = Set.of();
        if (options.highlightCurrent() && step != null) {
            current = timeline.results(span).inExample(example);
            operands = withGains(current, timeline.operands(span).inExample(example), timeline.trace().network());
        }
        int depth = timeline.trace().network().depth();
        int columns = depth;
        double top = Grid.MARGIN;
        if (options.title() != null && !options.title().isBlank()) top += Grid.TITLE_FONT * 2;
        double sketchScale;
        Grid grid;
        ScreenFit fit = null;
        if (options.hasViewport()) {
            // On screen: the font first, then the geometry that fits the area at that font (level of detail).
            double below = Grid.MARGIN + (options.showFormula() ? Grid.LINE * 2.6 : 0);
            fit = ScreenFit.plan(timeline.trace().network(), timeline.scenario().cost(), options, linesAbove(options), linesBelow(options), top, below, share);
            sketchScale = fit.scale();
            grid = fit.grid();
        } else {
            // Larger text is a larger sketch scale over a geometry that moves its columns closer (Grid).
            sketchScale = options.scale() * options.textScale();
            grid = new Grid(timeline.trace().network(), columns, options.textScale(), linesAbove(options), linesBelow(options),
                    Grid.Columns.of(options, timeline.scenario().cost()));
        }
        long weights = 0;
        for (int l = 1; l <= depth; l++) weights += (long) timeline.trace().network().size(l) * timeline.trace().network().size(l - 1);
        Sketch sketch = new Sketch(sketchScale, current, operands, options.selected(),
                (int) Math.min(1 << 22, weights * (options.view() == View.BOTH ? 2 : 1)));
        Frame frame = new Frame(timeline, position, options, example, grid, sketch);

        double headerY = top + Grid.HEADER / 2;
        double body = top + Grid.HEADER;
        double forwardWidth = ForwardLayout.width(grid, depth);
        double reverseWidth = ReverseLayout.width(grid, depth);
        boolean stacked = fit != null ? fit.stacked()
                : options.view() == View.BOTH && stackFits(options.aspect(), forwardWidth, reverseWidth, body + grid.bodyHeight());
        double width = switch (options.view()) {
            case FORWARD -> forwardWidth;
            case REVERSE -> reverseWidth;
            case BOTH -> stacked ? Math.max(forwardWidth, reverseWidth) : forwardWidth + GUTTER + reverseWidth;
        };
        if (options.view() != View.REVERSE) new ForwardLayout(frame).draw(0, body, headerY);
        if (options.view() == View.REVERSE) new ReverseLayout(frame).draw(0, body, headerY);
        double bottom = body + grid.bodyHeight();
        if (options.view() == View.BOTH && !stacked) new ReverseLayout(frame).draw(forwardWidth + GUTTER, body, headerY);
        if (stacked) {
            double reverseTop = bottom + GUTTER;
            new ReverseLayout(frame).draw(0, reverseTop + Grid.HEADER, reverseTop + Grid.HEADER / 2);
            bottom = reverseTop + Grid.HEADER + grid.bodyHeight();
        }
        // Labels that must find a clear place, and the summaries' text, once everything else is drawn.
        frame.finish(0, sketch.u(top), sketch.u(width), sketch.u(bottom + Grid.MARGIN));
        faults[0] = frame.crowded() ? 1 : 0;
        faults[1] = options.hasViewport() ? WeightLabels.missing(timeline.trace().network(), options, sketch.labels()) : 0;
        if (options.hasViewport() && frame.hidden() > 0) {
            // Never silently: a screen layout that left labels out says so, and how to get them back.
            MathText note = Notation.plain(options.texts().labelsHidden());
            width = Math.max(width, TextMetrics.width(note, Grid.FONT) + 2 * Grid.MARGIN);
            // In the top margin, above the headers: nothing else is drawn there, and the drawing need not grow for it.
            sketch.text(new Primitive.Text("labels-hidden", "note labels-hidden", sketch.u(width / 2), sketch.u(Grid.MARGIN / 2),
                    note, sketch.u(Grid.FONT), Primitive.Anchor.MIDDLE, ColorRole.TEXT, false, null));
        }
        if (options.title() != null && !options.title().isBlank()) {
            sketch.text(new Primitive.Text("title", "title", sketch.u(width / 2), sketch.u(Grid.MARGIN + Grid.TITLE_FONT * 0.8),
                    Notation.plain(options.title()), sketch.u(Grid.TITLE_FONT), Primitive.Anchor.MIDDLE, ColorRole.TEXT, true, null));
        }
        if (options.showFormula() && step != null) {
            // A pass is the list of its layer equations, one line each: "formula", "formula-2", ...
            List<StepFormula> formulas = timeline.formulas(span, options.significantDigits());
            double fontSize = Grid.FONT * 1.1;
            // A long sum must still fit: widen the diagram rather than clip the equation.
            for (StepFormula f : formulas) width = Math.max(width, TextMetrics.width(f.full(), fontSize) + 2 * Grid.MARGIN);
            for (int k = 0; k < formulas.size(); k++) {
                MathText formula = formulas.get(k).full();
                bottom += Grid.LINE * 1.6; // room for a typeset fraction above it
                sketch.text(new Primitive.Text(k == 0 ? "formula" : "formula-" + (k + 1), "formula", sketch.u(width / 2), sketch.u(bottom), formula,
                        sketch.u(fontSize), Primitive.Anchor.MIDDLE, ColorRole.TEXT, false, k == formulas.size() - 1 ? step.result() : null));
                bottom += Grid.LINE;
            }
        }
        double height = bottom + Grid.MARGIN;
        return new Diagram(sketch.u(width), sketch.u(height), Palette.of(options.theme()), sketch.primitives(), sketch.wiring());
    }

    /** Label lines above a neuron: its bias (forward) or its amplifier's gain (reverse). */
    private static int linesAbove(DiagramOptions o) {
        boolean forward = o.view() != View.REVERSE && o.shows(Shown.BIAS);
        boolean reverse = o.view() != View.FORWARD && o.shows(Shown.GAIN);
        return forward || reverse ? 1 : 0;
    }

    /** Label lines below a neuron: z, σ'(z), δ as shown (forward), δ (reverse). */
    private static int linesBelow(DiagramOptions o) {
        int forward = o.view() == View.REVERSE ? 0
                : (o.shows(Shown.Z) ? 1 : 0) + (o.shows(Shown.GAIN) ? 1 : 0) + (o.shows(Shown.DELTA) ? 1 : 0);
        int reverse = o.view() != View.FORWARD && o.shows(Shown.DELTA) ? 1 : 0;
        return Math.max(forward, reverse);
    }

    /**
     * Whether the reverse network under the forward one fills an area of this width / height better than
     * beside it (a tall window, a portrait screen); unknown areas (0) keep them side by side.
     */
    static boolean stackFits(double aspect, double forwardWidth, double reverseWidth, double height) {
        if (aspect <= 0) return false;
        double sideBySide = Math.min(aspect / (forwardWidth + GUTTER + reverseWidth), 1 / height);
        double stacked = Math.min(aspect / Math.max(forwardWidth, reverseWidth), 1 / (2 * height + GUTTER));
        return stacked > sideBySide;
    }

    /** The example to draw: the one asked for, else the current step's; after the per-example steps, the last. */
    private static int example(Timeline timeline, Step step, DiagramOptions options) {
        int batch = timeline.trace().batchSize();
        if (options.example() != DiagramOptions.FOLLOW_STEP) return Math.min(options.example(), batch - 1);
        if (step == null) return 0;
        return step.kind().isBatchLevel() ? batch - 1 : step.example();
    }
}
