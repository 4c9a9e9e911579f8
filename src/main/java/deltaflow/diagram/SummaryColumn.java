package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A layer drawn as one box instead of a column of dots: its size and, once the whole layer is computed, the max,
 * mean and min of its values (a^l forward, δ^l reverse), in the label font. The neurons the step is about (the
 * current value, a few operands, the ends of a selected weight) are still drawn inside it, each with its label,
 * so the step can be followed; when many neurons are operands the box itself is marked instead.
 */
final class SummaryColumn {
    /** More marked neurons than this in one column mark the box instead of each being drawn. */
    static final int MAX_PICKED = 3;
    /** Significant digits of the summary's numbers; fewer when a number would not fit the box. */
    private static final int DIGITS = 3;

    private final Frame f;
    private final boolean reverse;
    private final int l;

    SummaryColumn(Frame frame, boolean reverse, int l) {
        this.f = frame;
        this.reverse = reverse;
        this.l = l;
    }

    DiagramId.Summary id() { return new DiagramId.Summary(reverse ? DiagramId.Side.REVERSE : DiagramId.Side.FORWARD, l); }

    /** The values whose marks put neuron i of this column on show. */
    ValueRef[] refs(int i) {
        int r = f.example;
        if (reverse) return new ValueRef[] {ValueRef.gain(r, l, i), ValueRef.delta(r, l, i)};
        if (l == 0) return new ValueRef[] {ValueRef.a(r, 0, i)};
        return new ValueRef[] {ValueRef.a(r, l, i), ValueRef.z(r, l, i), ValueRef.gain(r, l, i), ValueRef.delta(r, l, i),
                ValueRef.bias(l, i), ValueRef.updatedBias(l, i), ValueRef.biasGradient(r, l, i), ValueRef.meanBiasGradient(l, i)};
    }

    /**
     * Draws the box (with its halo when it stands for many marked neurons) between {@code top} and {@code bottom}
     * around {@code x}, and returns the neurons to draw inside it.
     */
    Set<Integer> draw(double x, double top, double bottom) {
        int n = f.network.size(l);
        List<Integer> marked = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String mark = f.sketch.mark(refs(i));
            if (mark.isEmpty()) continue;
            marked.add(i);
            all.append(mark);
        }
        Set<Integer> picked = new TreeSet<>();
        String boxMark = "";
        if (marked.size() <= MAX_PICKED) {
            picked.addAll(marked);
        } else {
            List<Integer> current = new ArrayList<>();
            for (int i : marked) if (f.sketch.mark(refs(i)).contains("current")) current.add(i);
            String rest = all.toString();
            if (current.size() > MAX_PICKED) {
                // A layer step computes the whole column: the box is rung and its statistics say what it computed; the
                // last neuron computed is drawn in it with its value, as an example of the layer's equation.
                boxMark = " current";
                picked.add(current.get(current.size() - 1));
            } else {
                picked.addAll(current);
                boxMark = rest.contains("operand") ? " operand" : rest.contains("selected") ? " selected" : "";
            }
        }
        picked.addAll(weightEnds());
        double half = f.u(f.grid.summaryWidth / 2);
        ColorRole highlight = Sketch.highlight(boxMark);
        if (highlight != null) {
            f.sketch.halo(new Primitive.Rect(id().piece(DiagramId.Piece.HALO).text(), "halo" + boxMark, x - half - f.u(6), top - f.u(6), 2 * half + f.u(12),
                    bottom - top + f.u(12), f.u(12), highlight, null, 0, 1, null));
        }
        f.sketch.shape(new Primitive.Rect(id().text(), "summary" + boxMark, x - half, top, 2 * half, bottom - top, f.u(8),
                ColorRole.NEURON_FILL, ColorRole.NEURON_STROKE, f.u(2), 1, null));
        if (reverse) f.sketch.wiring().summary(l, id().text());
        f.summaryText(id().text(), x, top, bottom, lines());
        return picked;
    }

    /** The neurons at either end of a selected weight: the chain rule rings a_j^{l−1} and δ_i^l there. */
    private List<Integer> weightEnds() {
        ValueRef s = f.options.selected();
        if (s == null) return List.of();
        if (!s.quantity().isOfWeight()) return List.of();
        List<Integer> ends = new ArrayList<>();
        if (s.layer() == l) ends.add(s.neuron());
        if (s.layer() - 1 == l) ends.add(s.source());
        return ends;
    }

    /** Whether neuron i is drawn as an end of the selected weight (its value then labelled even unmarked). */
    boolean isWeightEnd(int i) { return weightEnds().contains(i); }

    /** "128 neurons", then once every value is known: the symbol, max, mean and min. */
    List<MathText> lines() {
        int n = f.network.size(l), r = f.example;
        List<MathText> lines = new ArrayList<>();
        lines.add(Notation.plain(f.options.texts().count(l, n)));
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE, sum = 0;
        for (int i = 0; i < n; i++) {
            ValueRef ref = reverse ? ValueRef.delta(r, l, i) : ValueRef.a(r, l, i);
            if (!f.known(ref)) return lines;
            double v = f.value(ref);
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        String level = String.valueOf(l);
        lines.add(reverse ? MathText.symbol("δ", "\\delta", "", level) : l == 0 ? MathText.symbol("x", "x", "", "") : MathText.symbol("a", "a", "", level));
        lines.add(statistic("max", max));
        lines.add(statistic("mean", sum / n));
        lines.add(statistic("min", min));
        return lines;
    }

    /** "mean 0.0124": three significant digits, two when three would not fit the box. */
    private MathText statistic(String which, double value) {
        double room = f.grid.summaryWidth - 2 * Grid.SUMMARY_PAD;
        MathText text = null;
        for (int digits = DIGITS; digits >= 2; digits--) {
            text = MathText.builder().text(f.options.texts().statistic(which) + " ").number(value, digits, false).build();
            if (TextMetrics.width(text, Grid.FONT) <= room) break;
        }
        return text;
    }
}
