package deltaflow.ui.stepper;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Step;
import deltaflow.model.Timeline;
import deltaflow.ui.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * The phases of the update as a bar — forward, cost, backward, gradients per example, then average and
 * update — each block as wide as the others however many steps it holds, with a marker at the position.
 * Click or drag to jump.
 */
public final class PhaseBar extends Region {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final StepperViewModel stepper;
    private final List<Label> blocks = new ArrayList<>();
    private final Region marker = new Region();
    private int[] starts = new int[0];
    /** Sums of the blocks' weights before each block (one more entry than blocks): a block's share of the width. */
    private int[] cumulative = {0, 1};
    private int size;

    public PhaseBar(StepperViewModel stepper) {
        this.stepper = stepper;
        setId("phase-bar");
        getStyleClass().add("phase-bar");
        marker.getStyleClass().add("phase-marker");
        marker.setMouseTransparent(true);
        stepper.timelineProperty().addListener((o, was, is) -> rebuild());
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        stepper.positionProperty().addListener((o, was, is) -> update());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> jump(e.getX()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> jump(e.getX()));
        rebuild();
    }

    private final javafx.beans.InvalidationListener relabel = o -> rebuild();

    /**
     * From this many examples on, the bar has one block per example (labelled by its number, the phases in its
     * tooltip) rather than four per example: 32 examples made 130 blocks too narrow for any name.
     */
    static final int BY_EXAMPLE = 6;
    /** The width of "average" and "update" in example blocks, when the bar is by example. */
    private static final int BATCH_WEIGHT = 4;

    private void rebuild() {
        Timeline timeline = stepper.getTimeline();
        int[] passes = timeline.passBoundaries();
        size = timeline.size();
        int batch = timeline.scenario().batchSize();
        boolean many = batch > 1;
        boolean byExample = batch >= BY_EXAMPLE;
        List<Integer> kept = new ArrayList<>();
        blocks.clear();
        for (int start : passes) {
            Step step = timeline.step(start);
            String id = step.phase().id();
            String name = Messages.get("phase." + id);
            // With several examples, each example's run starts with "forward r" and a rule; the rest stay short to fit.
            boolean startsExample = many && step.phase() == deltaflow.model.Phase.FORWARD;
            if (byExample && !step.kind().isBatchLevel() && !startsExample) continue; // inside its example's block
            Label block;
            if (byExample && startsExample) {
                block = new Label(Messages.get("phase.exampleBlock", step.example() + 1));
                block.getStyleClass().addAll("phase-block", "phase-" + id, "phase-example", "example-start");
                block.setTooltip(new javafx.scene.control.Tooltip(Messages.get("phase.byExample", step.example() + 1)));
            } else {
                block = new Label(startsExample ? name + " " + (step.example() + 1) : name);
                block.getStyleClass().addAll("phase-block", "phase-" + id);
                if (startsExample) block.getStyleClass().add("example-start");
                block.setTooltip(new javafx.scene.control.Tooltip(step.kind().isBatchLevel() ? Messages.get("phase.allExamples", name)
                        : Messages.get("phase.example", name, step.example() + 1)));
            }
            block.setMinWidth(0);
            blocks.add(block);
            kept.add(start);
        }
        starts = kept.stream().mapToInt(Integer::intValue).toArray();
        // By example, "average" and "update" weigh as much as an example's four phases would, so their names fit.
        cumulative = new int[starts.length + 1];
        for (int k = 0; k < starts.length; k++) {
            boolean batchLevel = timeline.step(starts[k]).kind().isBatchLevel();
            cumulative[k + 1] = cumulative[k] + (byExample && batchLevel ? BATCH_WEIGHT : 1);
        }
        getChildren().setAll(blocks);
        getChildren().add(marker);
        update();
    }

    private int end(int k) { return k + 1 < starts.length ? starts[k + 1] : size; }

    private void update() {
        int p = stepper.getPosition();
        for (int k = 0; k < blocks.size(); k++) {
            blocks.get(k).pseudoClassStateChanged(DONE, end(k) <= p);
            blocks.get(k).pseudoClassStateChanged(CURRENT, starts[k] < p && p <= end(k) || (p == 0 && k == 0));
        }
        requestLayout();
    }

    /** The left edge of block k, as a share 0..1 of the bar: blocks share the width by weight; within a block, steps do. */
    private double left(int k) { return (double) cumulative[k] / cumulative[cumulative.length - 1]; }

    /** The x of a position. */
    double xOf(int position) {
        for (int k = 0; k < starts.length; k++) {
            if (position <= end(k)) {
                double within = (double) (position - starts[k]) / (end(k) - starts[k]);
                return getInsets().getLeft() + contentWidth() * (left(k) + within * (left(k + 1) - left(k)));
            }
        }
        return getInsets().getLeft() + contentWidth();
    }

    /** The position nearest to an x. */
    int positionAt(double x) {
        double u = (x - getInsets().getLeft()) / contentWidth();
        int k = 0;
        while (k < starts.length - 1 && u >= left(k + 1)) k++;
        double within = Math.max(0, Math.min(1, (u - left(k)) / (left(k + 1) - left(k))));
        return starts[k] + (int) Math.round(within * (end(k) - starts[k]));
    }

    private void jump(double x) {
        stepper.pause();
        stepper.jumpTo(positionAt(x));
    }

    private double contentWidth() { return Math.max(1, getWidth() - getInsets().getLeft() - getInsets().getRight()); }

    /** The strip under the blocks where the marker runs: it never crosses a phase's name. */
    static final double MARKER_STRIP = 8;

    @Override protected void layoutChildren() {
        double top = getInsets().getTop();
        double height = getHeight() - top - getInsets().getBottom() - MARKER_STRIP;
        for (int k = 0; k < blocks.size(); k++) {
            double x0 = getInsets().getLeft() + contentWidth() * left(k), x1 = getInsets().getLeft() + contentWidth() * left(k + 1);
            blocks.get(k).resizeRelocate(x0, top, x1 - x0, height);
        }
        double markerWidth = Math.max(16, 3 * marker.prefWidth(-1));
        marker.resizeRelocate(xOf(stepper.getPosition()) - markerWidth / 2, top + height + 1, markerWidth, MARKER_STRIP - 1);
    }

    @Override protected double computePrefHeight(double width) {
        double label = blocks.isEmpty() ? 30 : blocks.get(0).prefHeight(-1);
        return label + MARKER_STRIP + getInsets().getTop() + getInsets().getBottom();
    }

    @Override protected double computePrefWidth(double height) { return 600; }

    /** True when, {@code width} wide, every block has room for its whole name ("forward", not "forwa"). */
    public boolean namesFit(double width) {
        double content = width - getInsets().getLeft() - getInsets().getRight();
        for (int k = 0; k < blocks.size(); k++) {
            if (blocks.get(k).prefWidth(-1) > content * (left(k + 1) - left(k)) + 0.5) return false;
        }
        return true;
    }
}
