package deltaflow.ui.stepper;

import deltaflow.ui.style.Stylesheets;
import deltaflow.ui.lesson.state.LessonTable;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Numbers;
import deltaflow.model.Timeline;
import deltaflow.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;


/**
 * The end of the update is not a dead end: "Update done — C: 0.298371109 → 0.291027774" says what the step of
 * gradient descent bought, and Apply update makes the updated network the scenario (undoable), back at step 0,
 * so a class can run the next iteration. Shown only at the end, beside the formula.
 */
public final class UpdateDoneBar extends javafx.scene.layout.VBox {
    /** Enough digits to tell Mazur's 0.291027774 from 0.291027924, as the lessons show it. */
    static final int DIGITS = LessonTable.DIGITS;

    private final StepperViewModel stepper;
    private final Label title = new Label();
    private final Label message = new Label();
    private final javafx.scene.layout.FlowPane head;
    private final Button apply = new Button();

    public UpdateDoneBar(StepperViewModel stepper) {
        this.stepper = stepper;
        setId("update-done");
        getStyleClass().add("update-done");
        getStylesheets().add(Stylesheets.desk());
        title.setId("update-done-title");
        title.getStyleClass().add("update-done-title");
        title.textProperty().bind(Messages.text("update.doneTitle"));
        message.setId("update-done-message");
        message.getStyleClass().add("update-done-message");
        message.setWrapText(true);
        // Wrapped, never cut: at 1280×720 the card's height squeezed "before → after" to "before …".
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setId("apply-update");
        apply.getStyleClass().add("apply-update");
        apply.textProperty().bind(Messages.text("update.apply"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Messages.text("update.applyHint"));
        apply.setTooltip(tip);
        apply.setFocusTraversable(false); // the keys stay with the stepper
        apply.setOnAction(e -> stepper.applyUpdate());
        // The title and the button share a row, so the card fits the formula's band on a 1024×768 screen (it took 40 % of
        // the height in Chinese, three lines of message under a title and over a button).
        // A flow: the button goes under the title where the card is too narrow for both on one row.
        head = new javafx.scene.layout.FlowPane(title, apply);
        head.getStyleClass().add("update-done-head");
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        head.setMinWidth(0);
        getChildren().addAll(head, message);

        BooleanBinding atEnd = atEnd(stepper);
        visibleProperty().bind(atEnd);
        managedProperty().bind(visibleProperty());
        atEnd.addListener((o, was, is) -> { if (is) showMessage(); });
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        if (atEnd.get()) showMessage();
    }

    private final javafx.beans.InvalidationListener relabel = o -> showMessage();

    /** Presenting: no title line (the numbers and the button say it), so the card fits the formula's band at 300%. */
    public void setCompact(boolean compact) {
        title.setVisible(!compact);
        title.setManaged(!compact);
    }

    /** True when, {@code width} wide, the title and the button are whole ("Apply update ▶", not "Apply u..."). */
    public boolean wholeAt(double width) {
        double room = width - getInsets().getLeft() - getInsets().getRight() + 0.5;
        return (!title.isVisible() || title.prefWidth(-1) <= room) && apply.prefWidth(-1) <= room;
    }

    /** True when every step of the update has been taken. */
    static BooleanBinding atEnd(StepperViewModel stepper) {
        return Bindings.createBooleanBinding(() -> stepper.getPosition() >= stepper.getTimeline().size(),
                stepper.positionProperty(), stepper.timelineProperty());
    }

    /** "cost C: before → after": the mean cost with the network before and after the update. */
    public static String text(Timeline timeline) {
        return Messages.get("update.cost", Numbers.format(timeline.trace().totalCost(), DIGITS),
                Numbers.format(timeline.trace().costAfterUpdate(), DIGITS));
    }

    private void showMessage() {
        if (stepper.getPosition() >= stepper.getTimeline().size()) message.setText(text(stepper.getTimeline()));
    }
}
