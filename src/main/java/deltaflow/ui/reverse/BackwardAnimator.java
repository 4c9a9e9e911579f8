package deltaflow.ui.reverse;

import deltaflow.diagram.Diagram;
import deltaflow.model.Timeline;
import deltaflow.ui.StepperViewModel;
import javafx.animation.Animation;
import javafx.scene.Group;
import javafx.util.Duration;

/**
 * Animates the reverse network as the stepper moves forward through δ steps: the position (and the
 * diagram's δ) jumps at once, the pulses show the flow toward it. A step back, a new scenario or a new step
 * stops the running animation, which takes its pulses with it.
 */
public final class BackwardAnimator {
    /** The longest a layer of δ takes, so slow motion stays watchable. */
    private static final double MAX_STAGE_SECONDS = 4;

    private final StepperViewModel stepper;
    private final Group layer = new Group();
    private Duration fixed;
    private Animation running;
    private int lastPosition;
    private Timeline lastTimeline;

    public BackwardAnimator(StepperViewModel stepper, Group overlay) {
        this.stepper = stepper;
        layer.setId("pulses");
        overlay.getChildren().add(layer);
        lastPosition = stepper.getPosition();
        lastTimeline = stepper.getTimeline();
        stepper.diagramProperty().addListener((o, was, is) -> moved(is));
    }

    /** A fixed time per layer of δ (zero for tests), or null to follow the playing speed. */
    public void setStageDuration(Duration duration) { this.fixed = duration; }

    /** The animation playing or last played, or null. */
    public Animation running() { return running; }

    /** The group the pulses are drawn in. */
    public Group layer() { return layer; }

    /** Most of one beat of playing, so the pulses arrive before the next step starts. */
    Duration stageDuration() {
        if (fixed != null) return fixed;
        double perSecond = Math.max(0.05, stepper.speedProperty().get());
        return Duration.seconds(Math.min(MAX_STAGE_SECONDS, 0.85 / perSecond));
    }

    private void moved(Diagram diagram) {
        int position = stepper.getPosition();
        Timeline timeline = stepper.getTimeline();
        boolean forward = timeline == lastTimeline && position > lastPosition;
        boolean same = timeline == lastTimeline && position == lastPosition;
        int from = lastPosition;
        lastPosition = position;
        lastTimeline = timeline;
        if (same) return; // a redraw for a selection or a theme: let the pulses finish
        if (running != null) running.stop();
        running = null;
        // Only a move that lands in the backward pass animates: "Last" from the start is not a lesson in δ.
        deltaflow.model.Step landed = stepper.getCurrentStep();
        if (!forward || diagram == null || landed == null || landed.kind() != deltaflow.model.StepKind.DELTA) return;
        BackwardFlow flow = BackwardFlow.between(diagram, timeline, from, position);
        if (flow.isEmpty()) return;
        running = BackwardPulses.create(flow, diagram.palette(), layer, stageDuration());
        running.play();
    }
}
