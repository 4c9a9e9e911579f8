package deltaflow.ui.lesson.state;

import deltaflow.model.Misconception;

/**
 * The built-in lessons on classic mistakes: a scenario, and either a mistake to show beside the right way
 * (a switch) or, where nothing is done wrong and the network itself misbehaves, the evidence.
 */
public enum Lesson {
    UPDATE_ORDER("update-order", "mazur", Misconception.UPDATE_BEFORE_BACKPROPAGATING),
    FORGET_GAIN("forget-gain", "mazur", Misconception.FORGET_GAIN),
    NOT_TRANSPOSED("no-transpose", "mazur", Misconception.WEIGHTS_NOT_TRANSPOSED),
    VANISHING("vanishing", "vanishing", null),
    DEAD_RELU("dead-relu", "dead-relu", null);

    private final String id;
    private final String scenario;
    private final Misconception mistake;

    Lesson(String id, String scenario, Misconception mistake) {
        this.id = id;
        this.scenario = scenario;
        this.mistake = mistake;
    }

    public String id() { return id; }

    /** The built-in scenario the lesson opens. */
    public String scenario() { return scenario; }

    /** The mistake shown beside the right way, or null for a lesson that shows evidence instead. */
    public Misconception mistake() { return mistake; }

    public boolean hasSwitch() { return mistake != null; }

    /** Message keys: the title and the sentence that explains the mistake. */
    public String titleKey() { return "lesson." + id + ".title"; }

    public String explanationKey() { return "lesson." + id + ".explanation"; }
}
