package deltaflow.ui.lesson.state;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Which lesson is open and its numbers. Opening a lesson loads its scenario into the stepper, so the
 * diagram and the steps are the lesson's; edits to that scenario recompute the table, so a student can
 * try another weight and watch the mistake bite differently. Holds no Node.
 */
public final class LessonViewModel {
    private final StepperViewModel stepper;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyObjectWrapper<LessonTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    /** The switch: the wrong way beside the right one. */
    private final BooleanProperty showWrong = new SimpleBooleanProperty(this, "showWrong", true);

    public LessonViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.scenarioProperty().addListener((o, was, is) -> {
            if (getLesson() != null && !is.equals(was)) recompute(is);
        });
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }
    public Lesson getLesson() { return lesson.get(); }

    public ReadOnlyObjectProperty<LessonTable> tableProperty() { return table.getReadOnlyProperty(); }
    public LessonTable getTable() { return table.get(); }

    public BooleanProperty showWrongProperty() { return showWrong; }

    public void open(Lesson chosen) {
        lesson.set(null); // the scenario change below must not recompute the old lesson
        stepper.load(Scenarios.builtIn(chosen.scenario()));
        lesson.set(chosen);
        recompute(stepper.getScenario());
    }

    public void close() {
        lesson.set(null);
        table.set(null);
    }

    private void recompute(Scenario scenario) {
        try {
            table.set(LessonTable.of(getLesson(), scenario));
        } catch (IllegalArgumentException e) {
            // Another scenario the mistake cannot be made on (or without a dead neuron): the lesson is over.
            close();
        }
    }
}
