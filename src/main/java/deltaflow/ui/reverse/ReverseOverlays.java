package deltaflow.ui.reverse;

import deltaflow.ui.StepperViewModel;
import deltaflow.ui.network.DiagramView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Everything this package adds to the network pane: the backward-pass pulses and the chain-rule rings over
 * the diagram, and the chain-rule and mini-batch cards in its top right corner.
 */
public final class ReverseOverlays {
    private ReverseOverlays() {}

    public static BackwardAnimator install(StackPane pane, StepperViewModel stepper, DiagramView view) {
        new ChainRuleRings(stepper, view.overlay());
        BackwardAnimator animator = new BackwardAnimator(stepper, view.overlay());
        VBox cards = new VBox(8, new ChainRuleCard(stepper), new BatchCard(stepper));
        cards.setId("reverse-cards");
        cards.setPickOnBounds(false); // clicks between the cards reach the diagram
        cards.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(cards, Pos.TOP_RIGHT);
        StackPane.setMargin(cards, new Insets(8));
        pane.getChildren().add(cards);
        view.getProperties().put(BackwardAnimator.class, animator);
        return animator;
    }
}
