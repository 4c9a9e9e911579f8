package deltaflow.ui.lesson.state;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.UnicodeScripts;
import deltaflow.model.Exercise;
import deltaflow.model.MathText;
import deltaflow.model.Numbers;
import deltaflow.model.Step;
import deltaflow.model.StepFormula;
import deltaflow.model.Timeline;
import deltaflow.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Predict, then reveal. While an exercise runs, the stepper holds back every step it asks about until the
 * student has typed a prediction (or given up); the answer is judged, the formula with the numbers filled in
 * is shown, and only then is the value revealed. Holds no Node, so plain JUnit tests it.
 */
public final class ExerciseViewModel {
    /** What the student is told after answering: the verdict, and the step's formula with its numbers. */
    public record Feedback(Step step, boolean correct, boolean gaveUp, String message, StepFormula formula) {}

    private final StepperViewModel stepper;
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>(this, "exercise");
    private final ReadOnlyObjectWrapper<Step> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    /** Steps revealed without an answer: they count as not right, and are no longer held. */
    private final Set<Integer> givenUp = new HashSet<>();
    /** The only steps asked when retrying the wrong answers; null to ask every step of the topics. */
    private Set<Integer> only;
    private final ReadOnlyStringWrapper ending = new ReadOnlyStringWrapper(this, "ending", "");
    private final ReadOnlyObjectWrapper<java.util.List<String>> toRetry = new ReadOnlyObjectWrapper<>(this, "toRetry", java.util.List.of());
    /** Set while a session is restored, so its scenario change does not wipe the answers being restored. */
    private boolean restoring;

    public ExerciseViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.positionProperty().addListener((o, was, is) -> refresh());
        // A different scenario (or an edit to it) changes the values: the answers given no longer apply.
        stepper.scenarioProperty().addListener((o, was, is) -> {
            if (!restoring && isActive() && !is.equals(was)) start(getExercise().topics());
        });
        Messages.localeProperty().addListener((o, was, is) -> refresh());
    }

    // ----- properties ------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public boolean isActive() { return active.get(); }

    public ReadOnlyObjectProperty<Exercise> exerciseProperty() { return exercise.getReadOnlyProperty(); }
    public Exercise getExercise() { return exercise.get(); }

    /** The step the student is asked to predict now (the next one, held back), or null. */
    public ReadOnlyObjectProperty<Step> questionProperty() { return question.getReadOnlyProperty(); }
    public Step getQuestion() { return question.get(); }

    /** The verdict on the last answer, or null. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() { return feedback.getReadOnlyProperty(); }
    public Feedback getFeedback() { return feedback.get(); }

    /** Once every question is answered: "Exercise done: 7 of 9 right." (empty before). */
    public ReadOnlyStringProperty endingProperty() { return ending.getReadOnlyProperty(); }
    public String getEnding() { return ending.get(); }

    /** At the end, the wrong (or revealed) answers, each "z₁¹ = 0.3775 (you said 0.9)": what "Retry these" asks again. */
    public ReadOnlyObjectProperty<java.util.List<String>> toRetryProperty() { return toRetry.getReadOnlyProperty(); }

    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    public String getHint() { return hint.get(); }

    /** "7 of 9 right · 3 to go". */
    public ReadOnlyStringProperty scoreProperty() { return score.getReadOnlyProperty(); }
    public String getScore() { return score.get(); }

    /** The question in symbols only: "z₁¹ = w₁₁¹ a₁⁰ + ...", nothing that gives the value away. */
    public StepFormula questionFormula() {
        Step step = getQuestion();
        if (step == null) return null;
        StepFormula full = stepper.getTimeline().formula(step, StepperViewModel.DIGITS);
        return new StepFormula(full.quantity(), full.symbols(), MathText.builder().build(), MathText.builder().text("?").build());
    }

    // ----- commands ---------------------------------------------------------------------------------

    /** Starts (or restarts) an exercise on these kinds of value, from no answers. */
    public void start(Set<Exercise.Topic> topics) {
        restore(Exercise.of(topics.isEmpty() ? EnumSet.allOf(Exercise.Topic.class) : topics));
    }

    /** Resumes an exercise with the answers it already has (from a session), or stops when null. */
    public void restore(Exercise resumed) {
        only = null;
        givenUp.clear();
        feedback.set(null);
        exercise.set(resumed);
        active.set(resumed != null);
        stepper.setHeld(resumed == null ? null : this::holds);
        refresh();
    }

    public void stop() { restore(null); }

    /** The steps answered wrong or revealed, in order. */
    private java.util.List<Integer> wrong() {
        java.util.TreeSet<Integer> steps = new java.util.TreeSet<>(givenUp);
        Exercise e = getExercise();
        if (e != null) for (Exercise.Verdict v : e.verdicts()) if (!v.correct()) steps.add(v.stepIndex());
        return java.util.List.copyOf(steps);
    }

    /** Asks the wrong and revealed answers again, from the first of them, with a fresh score. */
    public void retryWrong() {
        java.util.List<Integer> again = wrong();
        if (getExercise() == null || again.isEmpty()) return;
        Exercise fresh = Exercise.of(getExercise().topics());
        restore(fresh);
        only = java.util.Set.copyOf(again);
        stepper.jumpTo(again.get(0));
        refresh();
    }

    /** Runs {@code change} (loading a session's scenario) without resetting the answers. */
    public void whileRestoring(Runnable change) {
        restoring = true;
        try {
            change.run();
        } finally {
            restoring = false;
        }
    }

    /** Judges a prediction for the question; empty when judged, else why the text was not taken. */
    public Optional<String> answer(String text) {
        Step step = getQuestion();
        if (step == null) return Optional.of(Messages.get("exercise.noQuestion"));
        Double guess = Numbers.parse(text);
        if (guess == null || !Double.isFinite(guess)) {
            return Optional.of(Messages.get(Numbers.isTooLarge(text) ? "edit.tooLarge" : "exercise.notNumber", text.strip()));
        }
        Exercise judged = getExercise().answer(step, guess);
        exercise.set(judged);
        boolean right = judged.verdict(step.index()).correct();
        String symbol = symbol(step);
        String value = Numbers.format(step.value(), StepperViewModel.DIGITS);
        String message = right
                ? Messages.get("exercise.right", symbol, value, Numbers.format(guess, StepperViewModel.DIGITS))
                : Messages.get("exercise.wrong", symbol, value, Numbers.format(guess, StepperViewModel.DIGITS));
        reveal(step, right, false, message);
        return Optional.empty();
    }

    /** Shows the value without an answer; it counts as not right. */
    public void giveUp() {
        Step step = getQuestion();
        if (step == null) return;
        givenUp.add(step.index());
        reveal(step, false, true, Messages.get("exercise.gaveUp", symbol(step), Numbers.format(step.value(), StepperViewModel.DIGITS)));
    }

    /** Which earlier values the question uses, with their values. */
    public void showHint() {
        Step step = getQuestion();
        if (step == null) return;
        var operands = Exercise.hint(stepper.getTimeline(), step, StepperViewModel.DIGITS);
        hint.set(Messages.get("exercise.hintText", symbol(step),
                operands.isEmpty() ? "—" : String.join(",  ", operands.stream().map(UnicodeScripts::of).toList())));
    }

    // ----- the rules --------------------------------------------------------------------------------

    /** A step is held when the exercise asks it and it has neither been answered nor given up. */
    boolean holds(int stepIndex) {
        Exercise e = getExercise();
        if (e == null || e.isAnswered(stepIndex) || givenUp.contains(stepIndex)) return false;
        if (only != null && !only.contains(stepIndex)) return false;
        return e.asks(stepper.getTimeline().step(stepIndex));
    }

    private void reveal(Step step, boolean right, boolean gaveUp, String message) {
        hint.set("");
        feedback.set(new Feedback(step, right, gaveUp, message, stepper.getTimeline().formula(step, StepperViewModel.DIGITS)));
        stepper.jumpTo(step.index() + 1);
        refresh();
    }

    private void refresh() {
        Exercise e = getExercise();
        Timeline timeline = stepper.getTimeline();
        int p = stepper.getPosition();
        Step next = e != null && p < timeline.size() && holds(p) ? timeline.step(p) : null;
        if (next == null || getQuestion() == null || next.index() != getQuestion().index()) hint.set("");
        question.set(next);
        if (e == null) {
            score.set("");
            ending.set("");
            toRetry.set(java.util.List.of());
            return;
        }
        int answered = e.answered() + givenUp.size();
        int remaining = Math.max(0, (only != null ? only.size() : e.questions(timeline)) - answered);
        score.set(Messages.get("exercise.score", e.correct(), answered, remaining));
        boolean done = remaining == 0 && answered > 0;
        ending.set(done ? Messages.get("exercise.done", e.correct(), answered) : "");
        toRetry.set(done ? wrong().stream().map(this::retryLine).toList() : java.util.List.of());
    }

    private String retryLine(int stepIndex) {
        Step step = stepper.getTimeline().step(stepIndex);
        Exercise.Verdict v = getExercise().verdict(stepIndex);
        String value = symbol(step) + " = " + Numbers.format(step.value(), StepperViewModel.DIGITS);
        return v == null ? value : Messages.get("exercise.youSaid", value, Numbers.format(v.guess(), StepperViewModel.DIGITS));
    }

    private String symbol(Step step) {
        return UnicodeScripts.of(stepper.getTimeline().formula(step, StepperViewModel.DIGITS).quantity());
    }
}
