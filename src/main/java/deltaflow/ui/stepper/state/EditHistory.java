package deltaflow.ui.stepper.state;

import deltaflow.model.Scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo for edits. A scenario is immutable, so the state before an edit is kept whole: undo hands
 * back exactly the scenario that was, not an inverse computed from the new one.
 */
public final class EditHistory {
    /** A scenario and the position in its timeline when it was left. */
    public record State(Scenario scenario, int position) {}

    /** Enough for a lecture's worth of edits; the oldest are forgotten first. */
    public static final int LIMIT = 200;

    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();

    /** Remembers the state an edit is about to leave; a new edit ends the chance to redo. */
    public void record(State before) {
        undo.push(before);
        if (undo.size() > LIMIT) undo.removeLast();
        redo.clear();
    }

    /** The state to go back to, given the current one (kept for redo); empty when there is nothing to undo. */
    public Optional<State> undo(State current) {
        if (undo.isEmpty()) return Optional.empty();
        redo.push(current);
        return Optional.of(undo.pop());
    }

    public Optional<State> redo(State current) {
        if (redo.isEmpty()) return Optional.empty();
        undo.push(current);
        return Optional.of(redo.pop());
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** Another scenario was opened: its edits start afresh. */
    public void clear() {
        undo.clear();
        redo.clear();
    }
}
