package deltaflow.ui;

import deltaflow.diagram.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The window's layout: menus and controls on top, the network in the centre, the inspector on the right, the formula below. */
final class MainWindow extends BorderPane {

    MainWindow(StepperViewModel stepper, ScenarioFiles files, DiagramExport export) {
        getStyleClass().add("main-window");
        ScrollPane inspector = new ScrollPane(new Inspector(stepper));
        inspector.setFitToWidth(true);
        inspector.getStyleClass().add("inspector-scroll");
        setRight(inspector);

        VBox top = new VBox(new ScenarioMenu(files, export, stepper, inspector), new StepControls(stepper), new PhaseBar(stepper));
        top.getStyleClass().add("top-bar");
        setTop(top);
        setCenter(new NetworkPane(stepper));

        // A theme is a CSS block on .root that redefines the colour variables.
        stepper.themeProperty().addListener((o, was, is) -> applyTheme(is));
        applyTheme(stepper.getTheme());

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(stepper.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        VBox bottom = new VBox(new FormulaPanel(stepper), status);
        bottom.getStyleClass().add("bottom-bar");
        setBottom(bottom);
    }

    private void applyTheme(Theme theme) {
        getStyleClass().remove("dark");
        if (theme == Theme.DARK) getStyleClass().add("dark");
    }
}
