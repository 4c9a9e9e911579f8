package deltaflow.ui.reverse;

import deltaflow.diagram.BackwardFlow;
import deltaflow.diagram.Diagram;
import deltaflow.model.Granularity;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.Timeline;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.network.DiagramView;
import javafx.animation.Animation;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import javafx.util.Duration;

import java.util.Set;

/**
 * Animates the reverse network as the stepper moves forward through δ steps. The position moves at once;
 * the δ labels the move computed are concealed in the view until their pulses land, so every frame shows
 * what the pulses have delivered so far and the end shows the engine's values. Anything else — a step back,
 * a new step, a new scenario, a redraw for a selection, a theme or a view — stops the running animation,
 * which takes its pulses with it and conceals nothing any more.
 */
public final class BackwardAnimator {
    /** The longest a layer of δ takes, so slow motion stays watchable. */
    private static final double MAX_STAGE_SECONDS = 4;
    /**
     * A layer of δ in slow motion: time to say "these pulses are w δ, they add up, the amplifier multiplies".
     * Most of a beat at {@link deltaflow.ui.hall.state.HallViewModel#SLOW_SPEED}, so playing in slow motion lets it finish.
     */
    public static final double SLOW_STAGE_SECONDS = 3.4;
    /** The share of a beat of playing a layer of δ takes: the pulses land before the next step starts. */
    private static final double BEAT_SHARE = 0.85;

    private final StepperViewModel stepper;
    private final DiagramView view;
    private final Group layer = new Group();
    private final BooleanProperty slowMotion = new SimpleBooleanProperty(this, "slowMotion");
    private Duration fixed;
    private Animation running;
    private int lastPosition;
    private Timeline lastTimeline;

    public BackwardAnimator(StepperViewModel stepper, DiagramView view) {
        this.stepper = stepper;
        this.view = view;
        layer.setId("pulses");
        view.overlay().getChildren().add(layer);
        lastPosition = stepper.getPosition();
        lastTimeline = stepper.getTimeline();
        stepper.diagramProperty().addListener((o, was, is) -> moved(is));
    }

    /** A fixed time per layer of δ (zero for tests), or null to follow slow motion and the playing speed. */
    public void setStageDuration(Duration duration) { this.fixed = duration; }

    /** The lecture hall's slow motion: each layer of δ takes {@link #SLOW_STAGE_SECONDS}. */
    public BooleanProperty slowMotionProperty() { return slowMotion; }

    /** The animation playing or last played, or null. */
    public Animation running() { return running; }

    /** The group the pulses are drawn in. */
    public Group layer() { return layer; }

    /** The time one layer of δ takes: fixed, slow motion, or most of one beat of playing (at most {@link #MAX_STAGE_SECONDS}). */
    public Duration stageDuration() {
        if (fixed != null) return fixed;
        double perSecond = Math.max(0.05, stepper.speedProperty().get());
        double playing = Math.min(MAX_STAGE_SECONDS, BEAT_SHARE / perSecond);
        return Duration.seconds(slowMotion.get() ? Math.max(SLOW_STAGE_SECONDS, playing) : playing);
    }

    /**
     * Which of the δ steps in {@code [from, to)} a move animates, as a range of positions, and how many layers
     * of δ share the time of one: the move lands on a δ step at {@code to − 1}.
     * <ul>
     * <li>A step by neuron or by layer animates what it computed: one δ, or one layer's stage.</li>
     * <li>A step by pass through the backward pass animates every layer it computed, from the output back,
     *     in the time of one layer: the whole flow is the point of that step, and it must still land before the
     *     next beat of playing.</li>
     * <li>Any other move (a click on the phase bar, a jump from the forward pass, a stop before an exercise's
     *     question) animates only the layer it lands in. The layers it skipped over were done "off stage": a
     *     viewer cannot follow a cascade of stages they did not ask for, and their δ are on screen already.</li>
     * </ul>
     */
    public static Plan plan(Timeline timeline, int from, int to, Granularity granularity) {
        Step landed = timeline.step(to - 1);
        boolean step = timeline.next(from, granularity) == to;
        if (step && granularity == Granularity.PASS) {
            // A pass is one example's backward block: δ steps only, from the output layer back to layer 1.
            return new Plan(from, to, timeline.step(from).layer() - landed.layer() + 1);
        }
        int layerStart = landed.index() - landed.neuron(); // a layer's δ steps run neuron by neuron
        return new Plan(Math.max(from, layerStart), to, 1);
    }

    /** The positions {@code [from, to)} whose δ steps are animated; {@code layers} stages share one stage's time. */
    public record Plan(int from, int to, int layers) {}

    private void moved(Diagram diagram) {
        int position = stepper.getPosition();
        Timeline timeline = stepper.getTimeline();
        boolean forward = timeline == lastTimeline && position > lastPosition;
        int from = lastPosition;
        lastPosition = position;
        lastTimeline = timeline;
        // Whatever the diagram changed for, the running pulses are on the old one: end them, show every value.
        if (running != null) running.stop();
        running = null;
        if (!view.getConcealed().isEmpty()) view.setConcealed(Set.of());
        // Only a move that lands in the backward pass animates: "Last" from the start is not a lesson in δ.
        Step landed = stepper.getCurrentStep();
        if (!forward || diagram == null || landed == null || landed.kind() != StepKind.DELTA) return;
        Plan plan = plan(timeline, from, position, stepper.getGranularity());
        BackwardFlow flow = BackwardFlow.between(diagram, timeline, plan.from(), plan.to());
        if (flow.isEmpty()) return;
        Duration perStage = stageDuration().divide(plan.layers());
        running = BackwardPulses.create(flow, diagram.palette(), layer, perStage, view::setConcealed);
        running.play();
    }
}
