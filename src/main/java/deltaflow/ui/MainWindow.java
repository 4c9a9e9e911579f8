package deltaflow.ui;

import deltaflow.ui.export.state.ExportViewModel;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.hall.HallPane;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.lesson.Desk;
import deltaflow.ui.lesson.state.TourViewModel;
import deltaflow.ui.stepper.FormulaPanel;
import deltaflow.ui.stepper.Inspector;
import deltaflow.ui.stepper.NetworkPane;
import deltaflow.ui.stepper.PhaseBar;
import deltaflow.ui.stepper.StepControls;
import deltaflow.ui.stepper.UpdateDoneBar;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The window's layout: menus and controls on top, the network in the centre, the inspector on the right, the formula below. */
final class MainWindow extends BorderPane {
    private final Desk desk;
    private final ScenarioMenu menu;
    private final StepControls controls;
    private final javafx.scene.Node inspector;
    private final Label status = new Label();
    private boolean inspectorBeforePresenting = true;
    private FormulaPanel formula;
    private final HallViewModel hall;
    private UpdateDoneBar updateDone;
    private final TourViewModel tour;
    private final deltaflow.ui.train.TrainFeature train;
    private final PhaseBar phases;
    private final NetworkPane network;
    private final VBox bottom;

    MainWindow(StepperViewModel stepper, ScenarioFiles files, ExportViewModel export, HallViewModel hall, TourViewModel tour) {
        this.tour = tour;
        getStyleClass().add("main-window");
        ScrollPane inspector = new ScrollPane(new VBox(deltaflow.ui.reverse.ReverseOverlays.cards(stepper), new Inspector(stepper)));
        this.inspector = inspector;
        inspector.setFitToWidth(true);
        inspector.getStyleClass().add("inspector-scroll");
        setRight(inspector);
        // Shares of the window rather than pixels, so a 1366×768 projector keeps room for the network.
        // Larger type needs a wider inspector, though never more than 40% of the window.
        inspector.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() * Math.min(0.4, 0.23 * Math.sqrt(hall.getTypeScale())), widthProperty(), hall.typeScaleProperty()));

        menu = new ScenarioMenu(files, export, stepper, inspector, hall, tour);
        desk = new Desk(stepper, files.chooser().forPurpose(FileChooserService.Purpose.SESSION), files.recent().sessions(), files::mayDiscard, this);
        desk.sessions().setTypeScale(hall.typeScaleProperty());
        menu.getMenus().addAll(menu.getMenus().size() - 1, desk.menus()); // Help stays last
        setLeft(desk.lessonPanel());
        desk.lessonPanel().prefWidthProperty().bind(widthProperty().multiply(0.3));
        controls = new StepControls(stepper);
        train = new deltaflow.ui.train.TrainFeature(stepper, files, hall);
        controls.views().getChildren().add(train.toggle());
        menu.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().ifPresent(m -> m.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), train.menuItem()));
        train.routeEditMenu(menu);
        phases = new PhaseBar(stepper);
        VBox top = new VBox(menu, train.microscopeBar(), controls, phases);
        top.getStyleClass().add("top-bar");
        setTop(top);
        network = new NetworkPane(stepper, hall);
        setCenter(network);

        // A theme is a CSS block on .root that redefines the colour variables.
        stepper.themeProperty().addListener((o, was, is) -> applyTheme(is));
        applyTheme(stepper.getTheme());
        // Chinese text wants a CJK font first; Latin and Greek then come from it too, consistently.
        deltaflow.ui.i18n.Messages.localeProperty().addListener((o, was, is) -> applyLanguage(is));
        applyLanguage(deltaflow.ui.i18n.Messages.locale());

        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(stepper.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        FormulaPanel formula = new FormulaPanel(stepper);
        this.hall = hall;
        formula.prefHeightProperty().bind(formulaShare(false));
        updateDone = new UpdateDoneBar(stepper);
        this.formula = formula;
        // The end of the update sits beside the formula, not above it: the network keeps its height (and labels).
        javafx.scene.layout.HBox formulaRow = new javafx.scene.layout.HBox(formula, updateDone);
        javafx.scene.layout.HBox.setHgrow(formula, javafx.scene.layout.Priority.ALWAYS);
        formula.setMinWidth(0);
        // A fixed share of the width: squeezed, its text would wrap into a tall column and push the network up.
        updateDone.minWidthProperty().bind(widthProperty().multiply(0.28));
        updateDone.maxWidthProperty().bind(updateDone.minWidthProperty());
        updateDone.maxHeightProperty().bind(formula.prefHeightProperty()); // never taller than the formula's band
        bottom = new VBox(desk.exercisePanel(), formulaRow, status);
        bottom.getStyleClass().add("bottom-bar");
        // The network keeps at least about a third of the window: with the exercise strip open on a 1280×720 screen in
        // Chinese it had 165 px, too little for the step's labels at a legible size. The formula gives way first.
        formula.setMinHeight(0);
        bottom.maxHeightProperty().bind(heightProperty().multiply(0.4));
        hall.stepCounterShownProperty().addListener((o, was, is) -> showStatus());
        hall.presentingProperty().addListener((o, was, is) -> setPresenting(is));
        setBottom(bottom);
        train.model().shownProperty().addListener((o, was, is) -> showTraining(is));
    }

    /** The train view (its view model, microscope and keys). */
    deltaflow.ui.train.TrainFeature train() { return train; }

    /** The train view in the centre, or the stepper's network, formula, inspector and lessons; the menus stay. */
    private void showTraining(boolean on) {
        setCenter(on ? train.view() : network);
        setLeft(on ? null : desk.lessonPanel());
        setRight(on ? null : inspector);
        setBottom(on ? null : bottom);
        phases.setVisible(!on);
        phases.setManaged(!on);
        controls.setVisible(!on && !hall.isPresenting());
        controls.setManaged(controls.isVisible());
    }

    /** The window that {@link DeltaflowApp#show} put into {@code scene}, under the lecture hall's layers. */
    static MainWindow of(javafx.scene.Scene scene) {
        return (MainWindow) ((HallPane) scene.getRoot()).window();
    }

    /** Exercises, lessons, sessions and undo. */
    Desk desk() { return desk; }

    /** Help ▸ Getting started. */
    TourViewModel tour() { return tour; }

    /**
     * Presentation mode: menus, inspector, the step controls (a clicker or the keys step) and the status line go;
     * the phase bar shows where the lesson is, and the network and the formula take the rest.
     */
    private void setPresenting(boolean on) {
        if (on) inspectorBeforePresenting = inspector.isVisible();
        inspector.setVisible(on ? false : inspectorBeforePresenting);
        formula.prefHeightProperty().bind(formulaShare(on));
        updateDone.setCompact(on);
        for (javafx.scene.Node chrome : new javafx.scene.Node[] {menu, controls}) {
            chrome.setVisible(!on && (chrome != controls || !train.model().isShown()));
            chrome.setManaged(chrome.isVisible());
        }
        showStatus();
    }

    /**
     * The formula's share of the window's height. Presenting, one line of formula is enough on a wide screen and the
     * network gets the height, but a larger type scale gives the formula more, so it grows with the diagram's text.
     */
    private javafx.beans.binding.DoubleBinding formulaShare(boolean presenting) {
        return javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getHeight() * (presenting ? Math.min(0.3, 0.13 + 0.04 * hall.getTypeScale()) : 0.22),
                heightProperty(), hall.typeScaleProperty());
    }

    /** The status line (the step counter) at the desk, and while presenting only when asked for (N). */
    private void showStatus() {
        boolean shown = !hall.isPresenting() || hall.isStepCounterShown();
        status.setVisible(shown);
        status.setManaged(shown);
    }

    private void applyLanguage(java.util.Locale locale) {
        getStyleClass().remove("lang-zh");
        if (locale.getLanguage().equals("zh")) getStyleClass().add("lang-zh");
    }

    private void applyTheme(Theme theme) {
        getStyleClass().removeAll("dark", "high-contrast", "colorblind");
        if (theme != Theme.LIGHT) getStyleClass().add(theme.id());
    }
}
