package deltaflow.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The window's layout: menus and controls on top, the network in the centre, the inspector on the right, the formula below. */
final class MainWindow extends BorderPane {

    MainWindow(StepperViewModel stepper, ScenarioFiles files) {
        getStyleClass().add("main-window");
        VBox top = new VBox(new ScenarioMenu(files), new StepControls(stepper), new PhaseBar(stepper));
        top.getStyleClass().add("top-bar");
        setTop(top);
        setCenter(new NetworkPane(stepper));

        ScrollPane inspector = new ScrollPane(new Inspector(stepper));
        inspector.setFitToWidth(true);
        inspector.getStyleClass().add("inspector-scroll");
        setRight(inspector);

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(stepper.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        VBox bottom = new VBox(new FormulaPanel(stepper), status);
        bottom.getStyleClass().add("bottom-bar");
        setBottom(bottom);
    }
}
