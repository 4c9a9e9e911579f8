package deltaflow.ui;

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
final class PhaseBar extends Region {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final StepperViewModel stepper;
    private final List<Label> blocks = new ArrayList<>();
    private final Region marker = new Region();
    private int[] starts = new int[0];
    private int size;

    PhaseBar(StepperViewModel stepper) {
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

    private void rebuild() {
        Timeline timeline = stepper.getTimeline();
        starts = timeline.passBoundaries();
        size = timeline.size();
        boolean many = timeline.scenario().batchSize() > 1;
        blocks.clear();
        for (int start : starts) {
            Step step = timeline.step(start);
            String id = step.phase().id();
            String name = Messages.get("phase." + id);
            // With several examples, each example's run starts with "forward r" and a rule; the rest stay short to fit.
            boolean startsExample = many && step.phase() == deltaflow.model.Phase.FORWARD;
            Label block = new Label(startsExample ? name + " " + (step.example() + 1) : name);
            block.getStyleClass().addAll("phase-block", "phase-" + id);
            if (startsExample) block.getStyleClass().add("example-start");
            block.setTooltip(new javafx.scene.control.Tooltip(step.kind().isBatchLevel() ? Messages.get("phase.allExamples", name)
                    : Messages.get("phase.example", name, step.example() + 1)));
            block.setMinWidth(0);
            blocks.add(block);
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

    /** The x of a position: blocks share the width equally; within a block, steps do. */
    double xOf(int position) {
        double blockWidth = contentWidth() / starts.length;
        for (int k = 0; k < starts.length; k++) {
            if (position <= end(k)) {
                return getInsets().getLeft() + blockWidth * (k + (double) (position - starts[k]) / (end(k) - starts[k]));
            }
        }
        return getInsets().getLeft() + contentWidth();
    }

    /** The position nearest to an x. */
    int positionAt(double x) {
        double blockWidth = contentWidth() / starts.length;
        double u = (x - getInsets().getLeft()) / blockWidth;
        int k = (int) Math.max(0, Math.min(starts.length - 1, Math.floor(u)));
        double within = Math.max(0, Math.min(1, u - k));
        return starts[k] + (int) Math.round(within * (end(k) - starts[k]));
    }

    private void jump(double x) {
        stepper.pause();
        stepper.jumpTo(positionAt(x));
    }

    private double contentWidth() { return Math.max(1, getWidth() - getInsets().getLeft() - getInsets().getRight()); }

    @Override protected void layoutChildren() {
        double top = getInsets().getTop();
        double height = getHeight() - top - getInsets().getBottom();
        double blockWidth = contentWidth() / starts.length;
        for (int k = 0; k < blocks.size(); k++) {
            blocks.get(k).resizeRelocate(getInsets().getLeft() + k * blockWidth, top, blockWidth, height);
        }
        double markerWidth = Math.max(4, marker.prefWidth(-1));
        marker.resizeRelocate(xOf(stepper.getPosition()) - markerWidth / 2, top - 4, markerWidth, height + 8);
    }

    @Override protected double computePrefHeight(double width) {
        double label = blocks.isEmpty() ? 30 : blocks.get(0).prefHeight(-1);
        return label + getInsets().getTop() + getInsets().getBottom();
    }

    @Override protected double computePrefWidth(double height) { return 600; }
}
