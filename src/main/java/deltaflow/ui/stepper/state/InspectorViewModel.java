package deltaflow.ui.stepper.state;

import deltaflow.diagram.UnicodeScripts;
import deltaflow.model.Notation;

import deltaflow.model.Network;
import deltaflow.model.Numbers;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * What the inspector shows about a selected neuron, weight or bias at a position: a title and rows of
 * symbol and value, "?" for a value not computed yet. Pure data, so plain JUnit tests it.
 */
public record InspectorViewModel(String title, Target target, List<Row> rows) {

    /** What was selected, whatever part of it was clicked. */
    public enum Kind { NEURON, WEIGHT, BIAS }

    /** Layer l, neuron i (and source j for a weight). */
    public record Target(Kind kind, int layer, int neuron, int source) {}

    /** Which scenario number a row edits. */
    public enum Edit { NONE, WEIGHT, BIAS, INPUT, TARGET }

    /** A symbol, its value as shown, and whether and what editing it changes. */
    public record Row(String symbol, String value, Edit edit) {}

    /** The target a clicked value belongs to. */
    public static Target targetOf(ValueRef ref, Network network) {
        return switch (ref.quantity()) {
            case WEIGHT, WEIGHT_GRADIENT, MEAN_WEIGHT_GRADIENT, UPDATED_WEIGHT -> new Target(Kind.WEIGHT, ref.layer(), ref.neuron(), ref.source());
            case BIAS, BIAS_GRADIENT, MEAN_BIAS_GRADIENT, UPDATED_BIAS -> new Target(Kind.BIAS, ref.layer(), ref.neuron(), 0);
            case X -> new Target(Kind.NEURON, 0, ref.neuron(), 0);
            case TARGET, COST_GRADIENT -> new Target(Kind.NEURON, network.depth(), ref.neuron(), 0);
            case COST, TOTAL_COST -> new Target(Kind.NEURON, network.depth(), 0, 0);
            default -> new Target(Kind.NEURON, ref.layer(), ref.neuron(), 0);
        };
    }

    public static InspectorViewModel of(Timeline timeline, int position, ValueRef ref, int r) {
        Network network = timeline.trace().network();
        Target t = targetOf(ref, network);
        int l = t.layer(), i = t.neuron(), j = t.source();
        Shower show = new Shower(timeline, position);
        List<Row> rows = new ArrayList<>();
        String title;
        switch (t.kind()) {
            case NEURON -> {
                if (l == 0) {
                    title = Messages.get("inspection.input", symbol(ValueRef.x(r, i)));
                    rows.add(row(ValueRef.x(r, i), show, Edit.INPUT));
                    break;
                }
                title = Messages.get(l == network.depth() ? "inspection.outputNeuron" : "inspection.neuron", i + 1, l,
                        network.layer(l).activation().id());
                rows.add(row(ValueRef.z(r, l, i), show, Edit.NONE));
                rows.add(row(ValueRef.a(r, l, i), show, Edit.NONE));
                // Softmax has no gain per neuron: its derivative is a Jacobian, and the formula says so.
                boolean gain = network.layer(l).activation().isElementwise();
                rows.add(new Row(symbol(ValueRef.gain(r, l, i)), gain ? show.value(ValueRef.gain(r, l, i)) : Messages.get("inspection.jacobian"), Edit.NONE));
                rows.add(row(ValueRef.delta(r, l, i), show, Edit.NONE));
                rows.add(row(ValueRef.bias(l, i), show, Edit.BIAS));
                if (l == network.depth()) {
                    rows.add(row(ValueRef.target(r, i), show, Edit.TARGET));
                    rows.add(row(ValueRef.costGradient(r, i), show, Edit.NONE));
                }
            }
            case WEIGHT -> {
                String w = symbol(ValueRef.weight(l, i, j));
                title = Messages.get("inspection.weight", w, j + 1, l - 1, i + 1, l);
                rows.add(row(ValueRef.weight(l, i, j), show, Edit.WEIGHT));
                rows.add(row(ValueRef.weightGradient(r, l, i, j), show, Edit.NONE));
                rows.add(row(ValueRef.meanWeightGradient(l, i, j), show, Edit.NONE));
                rows.add(new Row(Messages.get("inspection.oldNew", w), show.value(ValueRef.weight(l, i, j)) + " → " + show.value(ValueRef.updatedWeight(l, i, j)), Edit.NONE));
            }
            case BIAS -> {
                String b = symbol(ValueRef.bias(l, i));
                title = Messages.get("inspection.bias", b, i + 1, l);
                rows.add(row(ValueRef.bias(l, i), show, Edit.BIAS));
                rows.add(row(ValueRef.biasGradient(r, l, i), show, Edit.NONE));
                rows.add(row(ValueRef.meanBiasGradient(l, i), show, Edit.NONE));
                String after = timeline.scenario().trainBiases() ? show.value(ValueRef.updatedBias(l, i)) : Messages.get("inspection.heldFixed");
                rows.add(new Row(Messages.get("inspection.oldNew", b), show.value(ValueRef.bias(l, i)) + " → " + after, Edit.NONE));
            }
            default -> throw new IllegalStateException();
        }
        return new InspectorViewModel(title, t, List.copyOf(rows));
    }

    /** A quantity's name in the lecture's notation, with Unicode scripts: w₁₁², ∂Cʳ/∂b₁¹. */
    private static String symbol(ValueRef ref) { return UnicodeScripts.of(Notation.symbol(ref)); }

    private static Row row(ValueRef ref, Shower show, Edit edit) { return new Row(symbol(ref), show.value(ref), edit); }

    /** Formats a value, or "?" while the engine has not reached it. */
    private record Shower(Timeline timeline, int position) {
        String value(ValueRef ref) {
            if (!timeline.isKnown(ref, position)) return "?";
            return Numbers.format(timeline.value(ref), StepperViewModel.DIGITS);
        }
    }
}
