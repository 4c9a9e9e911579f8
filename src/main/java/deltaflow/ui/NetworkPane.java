package deltaflow.ui;

import deltaflow.ui.network.DiagramView;
import javafx.scene.layout.StackPane;

/** The centre of the window: the network diagram of the stepper's position; a click selects what it hits. */
final class NetworkPane extends StackPane {
    NetworkPane(StepperViewModel stepper) {
        setId("network-pane");
        getStyleClass().add("network-pane");
        DiagramView view = new DiagramView();
        view.setDiagram(stepper.getDiagram());
        stepper.diagramProperty().addListener((o, was, is) -> view.setDiagram(is));
        view.setOnSelect(stepper::select);
        getChildren().add(view);
        deltaflow.ui.reverse.ReverseOverlays.install(this, stepper, view);
    }
}
