package deltaflow.ui.train.state;

import deltaflow.model.Scenario;
import deltaflow.ui.stepper.state.StepperViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.function.Predicate;

/**
 * The microscope: from a paused training into the stepper on exactly one update — a clicked point's, or the
 * next mini-batch's — and back. The stepper shows that update's every z, a, δ and ∂C/∂w as for any scenario;
 * Back to training returns to the same epoch, untouched; Apply update there (with whatever the student edited)
 * becomes the network training goes on from.
 */
public final class MicroscopeViewModel {
    private final TrainViewModel train;
    private final StepperViewModel stepper;
    private final Predicate<Scenario> open;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper nextBatch = new ReadOnlyBooleanWrapper(this, "nextBatch");

    /** {@code open} shows a scenario in the stepper (asking about unsaved edits first) and says whether it did. */
    public MicroscopeViewModel(TrainViewModel train, StepperViewModel stepper, Predicate<Scenario> open) {
        this.train = train;
        this.stepper = stepper;
        this.open = open;
        // However the train view comes back (Back, the Train button, T), the update in the stepper is left behind.
        train.shownProperty().addListener((o, was, is) -> { if (is) close(); });
    }

    /** True while the stepper shows an update of training. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public boolean isActive() { return active.get(); }

    /** True when the update shown is the next mini-batch's (applying it is training's own next step). */
    public ReadOnlyBooleanProperty nextBatchProperty() { return nextBatch.getReadOnlyProperty(); }

    /** The update training would make on training point k alone, at the current weights. */
    public void examinePoint(int k) { show(train.pointUpdate(k), false); }

    /** The next update training will make: its mini-batch at the current weights. */
    public void examineNextBatch() { show(train.nextUpdate(), true); }

    /** Back to the train view at the epoch it was left at. */
    public void backToTraining() {
        close();
        train.setShown(true);
    }

    private void show(Scenario update, boolean wholeBatch) {
        if (!open.test(update)) return;
        nextBatch.set(wholeBatch);
        active.set(true);
        stepper.setOnApplied(applied -> {
            train.resumeFrom(applied.network(), wholeBatch);
            backToTraining();
        });
        train.setShown(false);
    }

    private void close() {
        stepper.setOnApplied(null);
        active.set(false);
    }
}
