package deltaflow.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The centre of the window, where the network diagram goes. */
final class NetworkPane extends StackPane {
    NetworkPane(StepperViewModel stepper) {
        setId("network-pane");
        getStyleClass().add("network-pane");
        Label placeholder = new Label();
        placeholder.textProperty().bind(stepper.scenarioProperty().map(s -> s.title() + "\n(network diagram)"));
        getChildren().add(placeholder);
    }
}
