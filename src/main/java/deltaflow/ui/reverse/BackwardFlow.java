package deltaflow.ui.reverse;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import deltaflow.model.Network;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * What the reverse network carries when steps compute δ: for each δ_i^l, the signals that reach its
 * amplifier (w_ki^{l+1} δ_k^{l+1} along the W^T edges, or ∂C/∂y_n from the inputs at the output side), their
 * sum, the amplifier's gain σ'(z_i^l), the δ that leaves its tip and the labels that show it (in the reverse
 * network, and in the forward one when both are drawn). Read off a laid-out diagram, so the signals start and
 * end where the edges are drawn; the numbers come from the timeline, so an animation of this flow lands on the
 * engine's δ.
 */
public record BackwardFlow(List<Arrival> arrivals, double minimumPulse) {
    /** One signal along one edge of the reverse network, in diagram units. */
    public record Signal(double x1, double y1, double x2, double y2, double value) {}

    /** A label of the diagram that shows a δ: its id and its plate's box, in diagram units. */
    public record Label(String id, double x, double y, double width, double height) {
        /** The primitives to hide while the δ is on its way: the text and its plate. */
        public List<String> ids() { return List.of(id, id + "-plate"); }
    }

    /**
     * The signals into one amplifier and what it makes of them. For a softmax output there is no
     * amplifier: the Jacobian box's row k sums J_nk ∂C/∂y_n, so {@code gain} is 1. {@code labels} are the
     * diagram's labels of this δ (none when the layout had no room for them).
     */
    public record Arrival(ValueRef delta, List<Signal> signals, double baseX, double baseY, double tipX, double tipY,
                          double sum, double gain, double result, double fontSize, List<Label> labels) {
        public Arrival {
            signals = List.copyOf(signals);
            labels = List.copyOf(labels);
        }
    }

    /** @param minimumPulse the radius, in diagram units, below which the largest pulse of a stage is not drawn */
    public BackwardFlow {
        arrivals = List.copyOf(arrivals);
    }

    /**
     * The primitives the flow needs, found in one scan: a 784-128-64-10 diagram has 110,000 of them, and
     * {@link Diagram#find} once per edge would cost more than a frame.
     */
    private record Primitives(Map<String, Primitive> byId) {
        static Primitives wanted(Diagram diagram, Network network, List<Step> steps) {
            Set<String> ids = new HashSet<>();
            for (Step s : steps) {
                int l = s.layer(), i = s.neuron();
                for (String label : labelIds(l, i)) {
                    ids.add(label);
                    ids.add(label + "-plate");
                }
                ids.add("amp-" + l + "-" + (i + 1) + "-shape");
                ids.add("jacobian-" + l + "-shape");
                ids.add("summary-reverse-" + l);
                ids.addAll(summaryStatistics(l));
                if (l == network.depth()) {
                    for (int n = 0; n < network.outputs(); n++) ids.add("dcdy-edge-" + (n + 1));
                } else {
                    for (int k = 0; k < network.size(l + 1); k++) ids.add("redge-" + (l + 1) + "-" + (k + 1) + "-" + (i + 1));
                }
            }
            Map<String, Primitive> found = new HashMap<>();
            if (!ids.isEmpty()) for (Primitive p : diagram.primitives()) if (ids.contains(p.id())) found.put(p.id(), p);
            return new Primitives(found);
        }

        Optional<Primitive> find(String id) { return Optional.ofNullable(byId.get(id)); }

        /**
         * The labels of δ_i^l that this diagram draws, with their plates' boxes; and when δ^l is a summary box whose
         * statistics this step completes, those lines too (with no box: they get no ring), so max, mean and min of
         * δ^l appear when the layer's pulses land, not before.
         */
        List<Label> labels(int l, int i) {
            List<Label> found = new ArrayList<>();
            for (String id : labelIds(l, i)) {
                if (find(id).isEmpty()) continue;
                find(id + "-plate").map(p -> (Primitive.Rect) p)
                        .ifPresent(r -> found.add(new Label(id, r.x(), r.y(), r.width(), r.height())));
            }
            for (String id : summaryStatistics(l)) if (find(id).isPresent()) found.add(new Label(id, 0, 0, 0, 0));
            return found;
        }
    }

    /** The lines of δ^l's summary box after its size ("64 neurons"): the symbol, max, mean, min once all are known. */
    private static List<String> summaryStatistics(int l) {
        List<String> ids = new ArrayList<>();
        for (int k = 2; k <= 5; k++) ids.add("summary-reverse-" + l + "-" + k);
        return ids;
    }

    /** The ids of δ_i^l's labels: in the reverse network, and under the neuron in the forward one. */
    private static List<String> labelIds(int l, int i) {
        return List.of("rdelta-" + l + "-" + (i + 1), "delta-" + l + "-" + (i + 1));
    }

    public boolean isEmpty() { return arrivals.isEmpty(); }

    /** The flow of the δ steps done between two positions ({@code from} < {@code to}); empty when the reverse network is not drawn. */
    public static BackwardFlow between(Diagram diagram, Timeline timeline, int from, int to) {
        List<Step> steps = new ArrayList<>();
        for (int index = Math.max(0, from); index < Math.min(to, timeline.size()); index++) {
            Step step = timeline.step(index);
            if (step.kind() == StepKind.DELTA) steps.add(step);
        }
        Primitives primitives = Primitives.wanted(diagram, timeline.trace().network(), steps);
        List<Arrival> arrivals = new ArrayList<>();
        for (Step step : steps) arrival(primitives, timeline, step).ifPresent(arrivals::add);
        // Layer by layer from the output back: the order the reverse network runs in.
        arrivals.sort(Comparator.comparingInt((Arrival a) -> -a.delta().layer()));
        // On a 64-neuron layer an amplifier is a few pixels high: pulses keep a size a hall can see.
        return new BackwardFlow(arrivals, diagram.height() / 60);
    }

    private static Optional<Arrival> arrival(Primitives diagram, Timeline timeline, Step step) {
        Network network = timeline.trace().network();
        int r = step.example(), l = step.layer(), i = step.neuron(), depth = network.depth();
        ValueRef delta = ValueRef.delta(r, l, i);
        double fontSize = diagram.find("rdelta-" + l + "-" + (i + 1)).map(p -> ((Primitive.Text) p).fontSize()).orElse(0.0);
        Optional<Primitive> amp = diagram.find("amp-" + l + "-" + (i + 1) + "-shape");
        Optional<Primitive> summary = diagram.find("summary-reverse-" + l);
        List<Signal> signals = new ArrayList<>();
        if (amp.isEmpty() && summary.isEmpty()) {
            // Softmax: the Jacobian box takes every ∂C/∂y_n; row i leaves as δ_i^L.
            Optional<Primitive> box = diagram.find("jacobian-" + l + "-shape");
            Optional<Primitive> row = diagram.find("dcdy-edge-" + (i + 1));
            if (l != depth || box.isEmpty() || row.isEmpty()) return Optional.empty();
            Primitive.Rect rect = (Primitive.Rect) box.get();
            double y = ((Primitive.Line) row.get()).y1();
            double yi = timeline.value(ValueRef.a(r, l, i));
            for (int n = 0; n < network.outputs(); n++) {
                Primitive.Line in = (Primitive.Line) diagram.find("dcdy-edge-" + (n + 1)).orElseThrow();
                double yn = timeline.value(ValueRef.a(r, l, n));
                double jacobian = yn * ((n == i ? 1 : 0) - yi);
                signals.add(new Signal(in.x1(), in.y1(), rect.x() + rect.width(), y, jacobian * timeline.value(ValueRef.costGradient(r, n))));
            }
            return Optional.of(finish(delta, signals, rect.x() + rect.width(), y, rect.x(), y, 1, fontSize, diagram.labels(l, i)));
        }
        if (l == depth) {
            Optional<Primitive> in = diagram.find("dcdy-edge-" + (i + 1));
            if (in.isEmpty()) return Optional.empty();
            Primitive.Line line = (Primitive.Line) in.get();
            signals.add(new Signal(line.x1(), line.y1(), line.x2(), line.y2(), timeline.value(ValueRef.costGradient(r, i))));
        } else {
            for (int k = 0; k < network.size(l + 1); k++) {
                Optional<Primitive> edge = diagram.find("redge-" + (l + 1) + "-" + (k + 1) + "-" + (i + 1));
                if (edge.isEmpty()) continue;
                Primitive.Line line = (Primitive.Line) edge.get();
                double value = network.layer(l + 1).weight(k, i) * timeline.value(ValueRef.delta(r, l + 1, k));
                signals.add(new Signal(line.x1(), line.y1(), line.x2(), line.y2(), value));
            }
        }
        double baseX, baseY, tipX, tipY;
        if (summary.isPresent()) {
            // A layer drawn as one box: the signals meet where its edges end, on the box's side, and enter it.
            if (signals.isEmpty()) return Optional.empty();
            Primitive.Rect box = (Primitive.Rect) summary.get();
            baseX = box.x() + box.width();
            baseY = signals.get(0).y2();
            tipX = baseX - box.width() * 0.12;
            tipY = baseY;
        } else {
            Primitive.Polygon triangle = (Primitive.Polygon) amp.get();
            // The triangle points left: base corners 0 and 1 on the right, the tip at corner 2.
            baseX = triangle.x(0);
            baseY = (triangle.y(0) + triangle.y(1)) / 2;
            tipX = triangle.x(2);
            tipY = triangle.y(2);
        }
        return Optional.of(finish(delta, signals, baseX, baseY, tipX, tipY, timeline.value(ValueRef.gain(r, l, i)), fontSize, diagram.labels(l, i)));
    }

    private static Arrival finish(ValueRef delta, List<Signal> signals, double baseX, double baseY, double tipX, double tipY,
                                  double gain, double fontSize, List<Label> labels) {
        double sum = 0;
        for (Signal s : signals) sum += s.value();
        return new Arrival(delta, signals, baseX, baseY, tipX, tipY, sum, gain, sum * gain, fontSize, labels);
    }
}
