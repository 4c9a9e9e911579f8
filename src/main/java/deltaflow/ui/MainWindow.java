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
    private final NetworkPane network;
    private final VBox top;
    private final PhaseBar phases;
    private final VBox bottom;
    /** What the parts were last fitted for (size, scale, language, what is shown): fitting again only when it changed. */
    private String fittedFor = "";

    /** The network keeps at least this share of the window's height, whatever the type scale (#11: it had 16 px). */
    static final double NETWORK_HEIGHT_SHARE = 0.42;
    /** ... and at least this share of its width, beside the inspector and a lesson. */
    static final double NETWORK_WIDTH_SHARE = 0.5;
    /** The menus, buttons and phase bar take at most this share of the height (they stop growing with the type scale). */
    static final double TOP_SHARE = 0.25;
    /** The right-hand column's text grows with the type scale up to the window's width over this (px). */
    static final double COLUMN_WINDOW = 800;
    /** The right-hand column is never narrower (px), as the stylesheet's minimum. */
    static final double COLUMN_MIN = 300;

    MainWindow(StepperViewModel stepper, ScenarioFiles files, ExportViewModel export, HallViewModel hall, TourViewModel tour) {
        this.tour = tour;
        getStyleClass().add("main-window");
        ScrollPane inspector = new ScrollPane(new VBox(deltaflow.ui.reverse.ReverseOverlays.cards(stepper), new Inspector(stepper)));
        this.inspector = inspector;
        inspector.setFitToWidth(true);
        inspector.getStyleClass().add("inspector-scroll");
        setRight(inspector);

        menu = new ScenarioMenu(files, export, stepper, inspector, hall, tour);
        desk = new Desk(stepper, files.chooser().forPurpose(FileChooserService.Purpose.SESSION), files.recent().sessions(), files::mayDiscard, this);
        desk.sessions().setTypeScale(hall.typeScaleProperty());
        menu.getMenus().addAll(menu.getMenus().size() - 1, desk.menus()); // Help stays last
        setLeft(desk.lessonPanel());
        controls = new StepControls(stepper);
        train = new deltaflow.ui.train.TrainFeature(stepper, files, hall);
        controls.views().getChildren().add(train.toggle());
        menu.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().ifPresent(m -> m.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), train.menuItem()));
        train.routeEditMenu(menu);
        phases = new PhaseBar(stepper);
        top = new VBox(menu, train.microscopeBar(), controls, phases);
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
        updateDone.maxHeightProperty().bind(formula.prefHeightProperty()); // never taller than the formula's band
        bottom = new VBox(desk.exercisePanel(), formulaRow, status);
        bottom.getStyleClass().add("bottom-bar");
        formula.setMinHeight(0);
        hall.stepCounterShownProperty().addListener((o, was, is) -> showStatus());
        hall.presentingProperty().addListener((o, was, is) -> setPresenting(is));
        setBottom(bottom);
        train.model().shownProperty().addListener((o, was, is) -> showTraining(is));
        // Never wider or higher than the window: each part is fitted into it (layoutChildren), none spills past its edge.
        setMinSize(0, 0);
        hall.typeScaleProperty().addListener((o, was, is) -> requestLayout());
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

    @Override protected void layoutChildren() {
        fitToWindow();
        super.layoutChildren();
    }

    /**
     * Shares the window out for the type scale (#11): the network keeps {@link #NETWORK_HEIGHT_SHARE} of the height
     * and {@link #NETWORK_WIDTH_SHARE} of the width. The menus, buttons and phase bar grow with the type scale only
     * while they fit {@link #TOP_SHARE} of the height in one window width (the status line follows them); the
     * right-hand column takes a share of the width that grows with the scale, and its text grows as far as the
     * window's width allows ({@link #COLUMN_WINDOW}); a lesson's panel yields to it; the end-of-update card is fitted
     * into the formula's band; the formula, and an exercise's strip, take what is left below the network.
     */
    private void fitToWindow() {
        double w = getWidth(), h = getHeight(), scale = hall.getTypeScale();
        if (w <= 0 || h <= 0) return;
        boolean lesson = desk.lessonPanel().isVisible(), column = inspector.isVisible();
        String key = w + "x" + h + " " + scale + " " + deltaflow.ui.i18n.Messages.locale() + " " + hall.isPresenting() + " " + lesson + " "
                + column + " " + updateDone.isVisible() + " " + desk.exercisePanel().isVisible()
                + " " + (getParent() == null ? "" : getParent().getStyle()); // the window's font, once the hall has set it
        if (key.equals(fittedFor)) return;
        fittedFor = key;
        double chrome = TypeFit.fit(top, scale, w, h * TOP_SHARE, phases::namesFit); // the phases' names whole, not "forwa"
        TypeFit.apply(status, chrome, scale, 1.2); // the stylesheet's 1.2 em
        // Larger type needs a wider column, though never more than 40 % of the window, nor what leaves the network half;
        // its text grows as far as a screen this wide allows lines of a readable length (1024 px: 128 %, 1920 px: 240 %).
        double lessonShare = lesson ? 0.3 : 0;
        double columnScale = Math.max(1, Math.min(scale, w / COLUMN_WINDOW));
        double widest = w * Math.min(0.4, 1 - NETWORK_WIDTH_SHARE - lessonShare);
        // As wide as its text needs (the mini-batch card's table was cut at 300 px and 128 %), at least its old share.
        double columnWidth = Math.max(COLUMN_MIN, Math.min(widest, Math.max(COLUMN_MIN * columnScale, w * 0.23 * Math.sqrt(columnScale))));
        columnScale = Math.max(1, Math.min(columnScale, columnWidth / COLUMN_MIN));
        if (lesson) desk.lessonPanel().setPrefWidth(Math.min(w * lessonShare, w * (1 - NETWORK_WIDTH_SHARE) - (column ? columnWidth : 0)));
        ((javafx.scene.layout.Region) inspector).setPrefWidth(columnWidth);
        TypeFit.apply((javafx.scene.layout.Region) inspector, columnScale, scale);
        // The end of the update: wide enough for "cost C: 0.298371109 → 0.291027774" on two lines, in the formula's band.
        double cardWidth = Math.max(w * 0.28, Math.min(w * 0.4, 480));
        updateDone.setMinWidth(cardWidth);
        updateDone.setMaxWidth(cardWidth);
        updateDone.setMinHeight(0);
        if (updateDone.isVisible()) TypeFit.fit(updateDone, scale, cardWidth, formula.getPrefHeight(), updateDone::wholeAt);
        double topHeight = top.prefHeight(w);
        bottom.setMaxHeight(Math.max(0, Math.min(h * 0.4, h * (1 - NETWORK_HEIGHT_SHARE) - topHeight)));
        bottom.setMinHeight(0);
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
