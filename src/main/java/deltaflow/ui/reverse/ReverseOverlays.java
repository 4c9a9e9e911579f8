package deltaflow.ui.reverse;

import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.network.DiagramView;
import javafx.geometry.Insets;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Everything this package adds to the window: the backward-pass pulses and the chain-rule rings over the
 * diagram, and the chain-rule and mini-batch cards for the right-hand column (beside the diagram, never
 * over it).
 */
public final class ReverseOverlays {
    private ReverseOverlays() {}

    /** The pulses and rings over {@code view}; the animator is also kept in the view's properties under its class. */
    public static BackwardAnimator install(StackPane pane, StepperViewModel stepper, DiagramView view) {
        new ChainRuleRings(stepper, view.overlay());
        view.getProperties().put(LayerSummaries.class, new LayerSummaries(stepper, view));
        BackwardAnimator animator = new BackwardAnimator(stepper, view);
        view.getProperties().put(BackwardAnimator.class, animator);
        return animator;
    }

    /** The chain-rule and mini-batch cards, each shown only when it has something to say. */
    public static VBox cards(StepperViewModel stepper) {
        VBox cards = new VBox(8, new ChainRuleCard(stepper), new BatchCard(stepper));
        cards.setId("reverse-cards");
        cards.setPadding(new Insets(10, 10, 0, 10));
        return cards;
    }
}
