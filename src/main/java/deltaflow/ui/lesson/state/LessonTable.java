package deltaflow.ui.lesson.state;

import deltaflow.diagram.UnicodeScripts;
import deltaflow.model.Layer;
import deltaflow.model.MathText;
import deltaflow.model.Network;
import deltaflow.model.Notation;
import deltaflow.model.Scenario;
import deltaflow.model.Trace;
import deltaflow.model.Trainer;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a lesson shows: one row per quantity, a column per way of computing it, and the cells where
 * the mistake bites marked. Pure computation (no JavaFX), so plain JUnit checks the numbers.
 * Headers are message keys or, for symbols, the lecture's notation with Unicode scripts (w₂₁¹).
 */
public record LessonTable(List<String> headers, List<Row> rows) {
    /** A quantity (plain notation, or a message key when {@code labelIsKey}) and its values. */
    public record Row(String label, boolean labelIsKey, List<Double> values, List<Boolean> marked) {
        public Row {
            values = List.copyOf(values);
            marked = List.copyOf(marked);
        }
    }

    /** Updates the dead-ReLU lesson runs, to show the weights never move. */
    public static final int UPDATES = 8;
    /** Enough digits to see Mazur's 0.291027924 part from the right 0.291027774. */
    public static final int DIGITS = 9;
    /** Right and wrong differ when they disagree beyond rounding. */
    private static final double DIFFERENT = 1e-12;

    public LessonTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static LessonTable of(Lesson lesson, Scenario scenario) {
        return switch (lesson) {
            case VANISHING -> vanishing(scenario);
            case DEAD_RELU -> deadRelu(scenario);
            default -> rightBesideWrong(lesson, scenario);
        };
    }

    /** Every updated weight and bias, and the cost after the update, computed the right way and the wrong way. */
    static LessonTable rightBesideWrong(Lesson lesson, Scenario scenario) {
        Trace trace = Trace.of(scenario);
        Network right = trace.updated();
        Network wrong = lesson.mistake().update(scenario);
        List<Row> rows = new ArrayList<>();
        for (int l = 1; l <= right.depth(); l++) {
            Layer r = right.layer(l), w = wrong.layer(l);
            for (int i = 0; i < r.size(); i++) {
                for (int j = 0; j < r.inputs(); j++) rows.add(pair(Notation.weight(l, i, j), r.weight(i, j), w.weight(i, j)));
                if (scenario.trainBiases()) rows.add(pair(Notation.bias(l, i), r.bias(i), w.bias(i)));
            }
        }
        double costRight = trace.costAfterUpdate();
        double costWrong = Trace.of(scenario.withNetwork(wrong)).totalCost();
        rows.add(new Row("lesson.costAfter", true, List.of(costRight, costWrong), List.of(false, differs(costRight, costWrong))));
        return new LessonTable(List.of("lesson.header.quantity", "lesson.header.right", "lesson.header.wrong"), rows);
    }

    private static Row pair(MathText symbol, double right, double wrong) {
        return new Row(UnicodeScripts.of(symbol), false, List.of(right, wrong), List.of(false, differs(right, wrong)));
    }

    private static boolean differs(double a, double b) { return Math.abs(a - b) > DIFFERENT; }

    /** Per layer, from the output down: the largest |δ| and the largest gain σ'(z); δ marked once it has all but vanished. */
    static LessonTable vanishing(Scenario scenario) {
        Trace trace = Trace.of(scenario);
        Network n = scenario.network();
        int depth = n.depth();
        double output = largestDelta(trace, depth);
        List<Row> rows = new ArrayList<>();
        for (int l = depth; l >= 1; l--) {
            double delta = largestDelta(trace, l);
            double gain = 0;
            for (int i = 0; i < n.size(l); i++) gain = Math.max(gain, Math.abs(trace.pass(0).gain(l, i)));
            rows.add(new Row(UnicodeScripts.of(MathText.symbol("δ", "\\delta", "", String.valueOf(l))), false, List.of(delta, gain), List.of(delta < 0.01 * output, gain < 0.01)));
        }
        return new LessonTable(List.of("lesson.header.layer", "lesson.header.largestDelta", "lesson.header.largestGain"), rows);
    }

    private static double largestDelta(Trace trace, int l) {
        double largest = 0;
        for (int r = 0; r < trace.batchSize(); r++) {
            for (int i = 0; i < trace.network().size(l); i++) largest = Math.max(largest, Math.abs(trace.pass(r).delta(l, i)));
        }
        return largest;
    }

    /**
     * The dead neuron's weight and bias and their gradient after each of several updates, beside a live
     * neuron's weight: the live one moves, the dead one never does, because its gradient is exactly 0.
     */
    static LessonTable deadRelu(Scenario scenario) {
        int[] dead = deadNeuron(scenario);
        int l = dead[0], i = dead[1], live = i == 0 ? 1 : 0;
        Trainer trainer = new Trainer(scenario.network());
        Network network = scenario.network();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k <= UPDATES; k++) {
            Trace trace = Trace.of(scenario.withNetwork(network));
            double gradient = trace.meanWeightGradient(l, i, 0);
            rows.add(new Row(String.valueOf(k), false,
                    List.of(network.layer(l).weight(i, 0), network.layer(l).bias(i), gradient, network.layer(l).weight(live, 0)),
                    List.of(false, false, gradient == 0, false)));
            network = trainer.step(network, scenario.cost(), scenario.examples(), scenario.learningRate(), scenario.trainBiases());
        }
        List<String> headers = List.of("lesson.header.updates", UnicodeScripts.of(Notation.weight(l, i, 0)), UnicodeScripts.of(Notation.bias(l, i)),
                "∂C/∂" + UnicodeScripts.of(Notation.weight(l, i, 0)), UnicodeScripts.of(Notation.weight(l, live, 0)));
        return new LessonTable(headers, rows);
    }

    /** The first neuron whose gain is 0 for every example: {layer, neuron}. */
    static int[] deadNeuron(Scenario scenario) {
        Trace trace = Trace.of(scenario);
        Network n = scenario.network();
        for (int l = 1; l <= n.depth(); l++) {
            for (int i = 0; i < n.size(l); i++) {
                boolean dead = true;
                for (int r = 0; r < trace.batchSize(); r++) dead &= trace.pass(r).gain(l, i) == 0;
                if (dead) return new int[] {l, i};
            }
        }
        throw new IllegalArgumentException("no dead neuron in " + scenario.title());
    }
}
