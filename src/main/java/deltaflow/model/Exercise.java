package deltaflow.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Predict, then reveal: the student chooses which values to hide, types a prediction at each hidden step,
 * and is told whether it is within tolerance. Immutable: judging returns the exercise with one more answer,
 * so undo and saving a session are free.
 */
public final class Exercise {

    /** The kinds of value a student can choose to predict. */
    public enum Topic {
        Z("z", Set.of(StepKind.Z)),
        A("a", Set.of(StepKind.A)),
        DELTA("delta", Set.of(StepKind.DELTA)),
        GRADIENT("gradient", Set.of(StepKind.WEIGHT_GRADIENT, StepKind.BIAS_GRADIENT)),
        UPDATE("update", Set.of(StepKind.WEIGHT_UPDATE, StepKind.BIAS_UPDATE));

        private final String id;
        private final Set<StepKind> kinds;

        Topic(String id, Set<StepKind> kinds) {
            this.id = id;
            this.kinds = kinds;
        }

        public String id() { return id; }

        public boolean covers(StepKind kind) { return kinds.contains(kind); }
    }

    /** How one prediction fared. */
    public record Verdict(int stepIndex, double guess, double expected, boolean correct) {}

    /** A prediction counts as right within 1% of the value, or 0.0005 absolute for values near zero. */
    public static final double RELATIVE_TOLERANCE = 0.01;
    public static final double ABSOLUTE_TOLERANCE = 0.0005;

    private final Set<Topic> topics;
    private final Map<Integer, Verdict> firstAnswers; // by step index, in the order answered

    private Exercise(Set<Topic> topics, Map<Integer, Verdict> firstAnswers) {
        this.topics = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
        this.firstAnswers = firstAnswers;
    }

    public static Exercise of(Set<Topic> topics) {
        return new Exercise(topics, new LinkedHashMap<>());
    }

    public Set<Topic> topics() { return EnumSet.copyOf(topics.isEmpty() ? EnumSet.noneOf(Topic.class) : topics); }

    /** True when this step's value is hidden until the student has predicted it. */
    public boolean asks(Step step) {
        return topics.stream().anyMatch(t -> t.covers(step.kind()));
    }

    public static boolean withinTolerance(double guess, double expected) {
        return Math.abs(guess - expected) <= Math.max(RELATIVE_TOLERANCE * Math.abs(expected), ABSOLUTE_TOLERANCE);
    }

    /** Judges a prediction for a step. Only the first answer to a step counts towards the score. */
    public Exercise answer(Step step, double guess) {
        if (!asks(step)) throw new IllegalArgumentException("step " + step.index() + " is not part of this exercise");
        if (firstAnswers.containsKey(step.index())) return this;
        Map<Integer, Verdict> answers = new LinkedHashMap<>(firstAnswers);
        answers.put(step.index(), new Verdict(step.index(), guess, step.value(), withinTolerance(guess, step.value())));
        return new Exercise(topics, answers);
    }

    /** The verdict on the first answer to a step, or null when it has not been answered. */
    public Verdict verdict(int stepIndex) { return firstAnswers.get(stepIndex); }

    public boolean isAnswered(int stepIndex) { return firstAnswers.containsKey(stepIndex); }

    public int answered() { return firstAnswers.size(); }

    public int correct() { return (int) firstAnswers.values().stream().filter(Verdict::correct).count(); }

    public List<Verdict> verdicts() { return List.copyOf(firstAnswers.values()); }

    /** The hint: which earlier values the step uses, named in the lecture's notation with their values. */
    public static List<MathText> hint(Timeline timeline, Step step, int significantDigits) {
        return timeline.operands(step).stream()
                .map(ref -> MathText.builder().append(Notation.symbol(ref)).text(" = " + Numbers.format(timeline.value(ref), significantDigits)).build())
                .toList();
    }

    /** Counts the steps of a timeline this exercise asks about. */
    public int questions(Timeline timeline) {
        int count = 0;
        for (int k = 0; k < timeline.size(); k++) if (asks(timeline.step(k))) count++;
        return count;
    }
}
