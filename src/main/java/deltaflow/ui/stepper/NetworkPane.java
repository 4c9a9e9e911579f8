package deltaflow.ui.stepper;

import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.ui.network.DiagramView;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: the network diagram of the stepper's position; a click selects what it hits. The
 * backward pass's pulses follow the lecture hall's slow motion.
 */
public final class NetworkPane extends StackPane {
    public NetworkPane(StepperViewModel stepper, HallViewModel hall) {
        setId("network-pane");
        getStyleClass().add("network-pane");
        DiagramView view = new DiagramView();
        view.setDiagram(stepper.getDiagram());
        stepper.diagramProperty().addListener((o, was, is) -> view.setDiagram(is));
        view.setOnSelect(stepper::select);
        getChildren().add(view);
        // The BOTH view stacks its networks in a tall area and sets them side by side in a wide one.
        // The diagram is laid out for the view's pixel size, so its labels keep a legible size (level of detail).
        javafx.beans.InvalidationListener shape = o -> stepper.setViewport(view.getWidth(), view.getHeight());
        view.widthProperty().addListener(shape);
        view.heightProperty().addListener(shape);
        deltaflow.ui.reverse.ReverseOverlays.install(this, stepper, view).slowMotionProperty().bind(hall.slowMotionProperty());
    }
}
