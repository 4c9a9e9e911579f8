package deltaflow.diagram;

import deltaflow.model.Network;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the reverse network carries when steps compute δ: for each δ_i^l, the signals that reach its
 * amplifier (w_ki^{l+1} δ_k^{l+1} along the W^T edges, or ∂C/∂y_n from the inputs at the output side), their
 * sum, the amplifier's gain σ'(z_i^l), the δ that leaves its tip and the labels that show it (in the reverse
 * network, and in the forward one when both are drawn). The lines come from the diagram's {@link ReverseWiring},
 * recorded by the layout, so the signals start and end where the edges are drawn; the numbers come from the
 * timeline, so an animation of this flow lands on the engine's δ. The window's animation and the exported GIF
 * both play it through {@link PulseTimeline}.
 */
public record BackwardFlow(List<Arrival> arrivals, double minimumPulse, double height, ClearSpot room) {
    /** One signal along one edge of the reverse network, in diagram units. */
    public record Signal(double x1, double y1, double x2, double y2, double value) {}

    /**
     * The signals into one amplifier and what it makes of them. For a softmax output there is no
     * amplifier: the Jacobian box's row k sums J_nk ∂C/∂y_n, so {@code gain} is 1. {@code labels} are the
     * diagram's labels of this δ (none when the layout had no room for them), and {@code alsoConcealed} the
     * ids of other text that must wait for it (a summary box's statistics of δ^l).
     */
    public record Arrival(ValueRef delta, List<Signal> signals, double baseX, double baseY, double tipX, double tipY,
                          double sum, double gain, double result, double fontSize, List<ReverseWiring.Label> labels,
                          List<String> alsoConcealed) {
        public Arrival {
            signals = List.copyOf(signals);
            labels = List.copyOf(labels);
            alsoConcealed = List.copyOf(alsoConcealed);
        }

        /** Every primitive to hide until this δ lands. */
        public List<String> concealedIds() {
            List<String> ids = new ArrayList<>(alsoConcealed);
            for (ReverseWiring.Label label : labels) ids.addAll(label.ids());
            return ids;
        }
    }

    /**
     * @param minimumPulse the radius, in diagram units, below which the largest pulse of a stage is not drawn
     * @param height       the diagram's height: captions stay above its bottom, where an export's picture ends
     * @param room         where a caption may go: never over a neuron, an amplifier or a label the steps' formulas
     *                     use (their δ, σ'(z), and what they read), over no other label when there is room elsewhere
     */
    public BackwardFlow {
        arrivals = List.copyOf(arrivals);
    }

    public boolean isEmpty() { return arrivals.isEmpty(); }

    /** The flow of the δ steps done between two positions ({@code from} < {@code to}); empty when the reverse network is not drawn. */
    public static BackwardFlow between(Diagram diagram, Timeline timeline, int from, int to) {
        ReverseWiring wiring = diagram.wiring();
        List<Arrival> arrivals = new ArrayList<>();
        Set<ValueRef> formulas = new HashSet<>();
        for (int index = Math.max(0, from); index < Math.min(to, timeline.size()); index++) {
            Step step = timeline.step(index);
            if (step.kind() != StepKind.DELTA) continue;
            arrival(wiring, timeline, step).ifPresent(arrivals::add);
            // δ_i^l = σ'(z_i^l) Σ_k w_ki^{l+1} δ_k^{l+1}: the step's value, its gain and everything it reads.
            formulas.add(step.result());
            formulas.add(ValueRef.gain(step.example(), step.layer(), step.neuron()));
            formulas.addAll(timeline.operands(step));
        }
        // Layer by layer from the output back: the order the reverse network runs in.
        arrivals.sort(Comparator.comparingInt((Arrival a) -> -a.delta().layer()));
        // On a 64-neuron layer an amplifier is a few pixels high: pulses keep a size a hall can see.
        // What the diagram marks as the step's (the window's layer and pass steps mark every value they read) is kept too.
        ClearSpot room = ClearSpot.over(diagram, t -> formulas.contains(t.target()) || t.hasClass("current") || t.hasClass("operand"));
        return new BackwardFlow(arrivals, diagram.height() / 60, diagram.height(), room);
    }

    private static Optional<Arrival> arrival(ReverseWiring wiring, Timeline timeline, Step step) {
        Network network = timeline.trace().network();
        int r = step.example(), l = step.layer(), i = step.neuron(), depth = network.depth();
        if (!wiring.has(l) || (l < depth && !wiring.has(l + 1))) return Optional.empty();
        ValueRef delta = ValueRef.delta(r, l, i);
        ReverseWiring.Amplifier amp = wiring.amplifier(l, i);
        List<Signal> signals = new ArrayList<>();
        double gain = timeline.value(ValueRef.gain(r, l, i));
        if (wiring.kind(l) == ReverseWiring.Kind.JACOBIAN) {
            // Softmax: the Jacobian box takes every ∂C/∂y_n; row i leaves as δ_i^L.
            double yi = timeline.value(ValueRef.a(r, l, i));
            for (int n = 0; n < network.outputs(); n++) {
                double yn = timeline.value(ValueRef.a(r, l, n));
                double jacobian = yn * ((n == i ? 1 : 0) - yi);
                signals.add(new Signal(wiring.terminalX(), wiring.row(l, n), amp.baseX(), amp.baseY(), jacobian * timeline.value(ValueRef.costGradient(r, n))));
            }
            gain = 1;
        } else if (l == depth) {
            signals.add(new Signal(wiring.terminalX(), wiring.row(l, i), wiring.baseX(l), wiring.row(l, i), timeline.value(ValueRef.costGradient(r, i))));
        } else {
            for (int k = 0; k < network.size(l + 1); k++) {
                double value = network.layer(l + 1).weight(k, i) * timeline.value(ValueRef.delta(r, l + 1, k));
                signals.add(new Signal(wiring.tipX(l + 1), wiring.row(l + 1, k), wiring.baseX(l), wiring.row(l, i), value));
            }
        }
        List<ReverseWiring.Label> labels = wiring.labels(delta);
        double fontSize = labels.stream().mapToDouble(ReverseWiring.Label::fontSize).max().orElse(0); // 0: no label, no caption
        double sum = 0;
        for (Signal s : signals) sum += s.value();
        return Optional.of(new Arrival(delta, signals, amp.baseX(), amp.baseY(), amp.tipX(), amp.tipY(), sum, gain, sum * gain,
                fontSize, labels, wiring.summaryLines(l)));
    }
}
