package deltaflow.ui.files.state;

/** Asks what to do with edits that are about to be lost; behind an interface so tests answer without a window. */
public interface UnsavedChangesPrompt {
    enum Answer { SAVE, DISCARD, CANCEL }

    /** Asks about the scenario titled {@code title}. */
    Answer ask(String title);

    /** Answers every question the same way (a test's person who always discards, or always cancels). */
    static UnsavedChangesPrompt always(Answer answer) { return title -> answer; }
}
