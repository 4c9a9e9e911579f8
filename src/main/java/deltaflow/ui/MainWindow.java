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
        ScrollPane inspector = new ScrollPane(new VBox(deltaflow.ui.reverse.ReverseOverlays.cards(stepper), new Inspector(stepper)));
        inspector.setFitToWidth(true);
        inspector.getStyleClass().add("inspector-scroll");
        setRight(inspector);
        // Shares of the window rather than pixels, so a 1366×768 projector keeps room for the network.
        inspector.prefWidthProperty().bind(widthProperty().multiply(0.23));

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
        FormulaPanel formula = new FormulaPanel(stepper);
        formula.prefHeightProperty().bind(heightProperty().multiply(0.22));
        VBox bottom = new VBox(formula, status);
        bottom.getStyleClass().add("bottom-bar");
        setBottom(bottom);
    }

    private void applyTheme(Theme theme) {
        getStyleClass().remove("dark");
        if (theme == Theme.DARK) getStyleClass().add("dark");
    }
}
