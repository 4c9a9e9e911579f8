package deltaflow.ui.train;

import deltaflow.diagram.View;
import deltaflow.model.Scenario;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.train.state.MicroscopeViewModel;
import deltaflow.ui.train.state.TrainExportViewModel;
import deltaflow.ui.train.state.TrainSetup;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

import java.util.List;

/**
 * The train view as the window's shell sees it: its view model and microscope, the view, the "train" button
 * beside forward / reverse / both, its View menu item and its keys. The shell swaps the view in when
 * {@link TrainViewModel#shownProperty} turns true and out when it turns false.
 */
public final class TrainFeature {
    private final TrainViewModel train;
    private final MicroscopeViewModel microscope;
    private final StepperViewModel stepper;
    private final TrainExportViewModel export;
    private final TrainView view;
    private final MicroscopeBar bar;
    /** The scenario last taken from or handed to the stepper: entering the train view again keeps training going. */
    private Scenario synced;
    /** The setup and updates when the train view was entered. */
    private List<Object> entered = List.of();

    public TrainFeature(StepperViewModel stepper, ScenarioFiles files, HallViewModel hall) {
        this.stepper = stepper;
        this.train = new TrainViewModel(TrainSetup.defaults());
        this.microscope = new MicroscopeViewModel(train, stepper, files::openUntitled);
        train.setDataChooser(files.chooser().forPurpose(deltaflow.ui.files.state.FileChooserService.Purpose.DATA));
        export = new TrainExportViewModel(train, files.chooser().forPurpose(deltaflow.ui.files.state.FileChooserService.Purpose.EXPORT), javafx.application.Platform::runLater);
        view = new TrainView(train, microscope, export, views());
        bar = new MicroscopeBar(microscope, train);
        hall.presentingProperty().addListener((o, was, is) -> view.setPresenting(is));
        train.setTypeScale(hall.getTypeScale());
        hall.typeScaleProperty().addListener((o, was, is) -> train.setTypeScale(is.doubleValue()));
        train.setTheme(stepper.getTheme());
        stepper.themeProperty().addListener((o, was, is) -> train.setTheme(is));
        train.shownProperty().addListener((o, was, is) -> {
            if (is) {
                adoptStepperScenario();
                train.settle();
                entered = state();
            } else if (!microscope.isActive() && !state().equals(entered)) {
                handToStepper(); // only what changed here: a look at the train view leaves the lesson's scenario alone
            }
        });
        // Saving while training is shown saves the training: its network, next batch, data set and settings.
        stepper.setBeforeSave(() -> { if (train.isShown()) handToStepper(); });
    }

    public TrainViewModel model() { return train; }

    /** The keys under which {@link #remember} keeps the train view's display choices. */
    public static final String SHOW_TEST = "trainShowTest", LOG_SCALE = "trainLogScale", SHOWN = "trainShown";

    /**
     * The train view as the last run left it — test points shown or not, the loss on a log scale or not, and whether
     * the window was in the train view — restored from {@code remembered}, then kept there as they change. The view
     * itself only when {@code reopenView}: a file named on the command line (a lesson double-clicked) opens where the
     * stepper shows it, whatever the last run ended in.
     */
    public void remember(deltaflow.ui.files.state.Remembered remembered, boolean reopenView) {
        remembered.flag(SHOW_TEST).ifPresent(train.showTestProperty()::set);
        remembered.flag(LOG_SCALE).ifPresent(train.logScaleProperty()::set);
        remembered.flag(SHOWN).ifPresent(on -> { if (on && reopenView && !train.isShown()) microscope.backToTraining(); });
        remembered.report(stepper);
        remembered.follow(SHOW_TEST, train.showTestProperty());
        remembered.follow(LOG_SCALE, train.logScaleProperty());
        remembered.follow(SHOWN, train.shownProperty());
    }

    public MicroscopeViewModel microscope() { return microscope; }

    /** Export of the picture, the losses and a GIF of training. */
    public TrainExportViewModel export() { return export; }

    /** The view, for the window's centre. */
    public Node view() { return view; }

    /** The bar over the stepper while it shows an update of training. */
    public Node microscopeBar() { return bar; }

    /** The "train" button for the stepper's forward / reverse / both group. */
    public ToggleButton toggle() {
        ToggleButton b = new ToggleButton();
        b.setId("view-train");
        b.textProperty().bind(Messages.text("view.train"));
        b.setFocusTraversable(false);
        b.setOnAction(e -> { b.setSelected(false); microscope.backToTraining(); });
        return b;
    }

    /** View ▸ Train (T). */
    public CheckMenuItem menuItem() {
        CheckMenuItem item = new CheckMenuItem();
        item.setId("menu-train");
        item.textProperty().bind(Messages.text("view.train"));
        item.setAccelerator(null);
        item.selectedProperty().addListener((o, was, is) -> { if (is != train.isShown()) { if (is) microscope.backToTraining(); else train.setShown(false); } });
        train.shownProperty().addListener((o, was, is) -> item.setSelected(is));
        return item;
    }

    /**
     * Stops the training thread when the window showing {@code scene} closes, or the scene leaves its window (a
     * stage given another scene): a daemon thread would otherwise train on, unseen, until the program exits.
     */
    public void closeWith(Scene scene) {
        ObservableValue<Boolean> showing = scene.windowProperty().flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, is) -> { if (was && !is) train.close(); });
    }

    /**
     * Edit ▸ Undo and Redo act on the history of the view shown: the train view's changes while it is shown, the
     * stepper's otherwise (as Ctrl+Z does, {@link TrainKeys}); greyed by that history when the menu opens.
     */
    public void routeEditMenu(MenuBar bar) {
        Menu edit = bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
        MenuItem undo = item(edit, "menu-undo"), redo = item(edit, "menu-redo");
        route(undo, train::undo);
        route(redo, train::redo);
        EventHandler<Event> stepperShowing = edit.getOnShowing();
        edit.setOnShowing(e -> {
            if (!train.isShown()) {
                if (stepperShowing != null) stepperShowing.handle(e);
                return;
            }
            undo.setDisable(!train.canUndoProperty().get());
            redo.setDisable(!train.canRedoProperty().get());
        });
    }

    private void route(MenuItem item, Runnable inTraining) {
        EventHandler<ActionEvent> stepper = item.getOnAction();
        item.setOnAction(e -> {
            if (train.isShown()) inTraining.run();
            else if (stepper != null) stepper.handle(e);
        });
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Installs the keys of training on the scene; before the stepper's, after the lecture hall's. */
    public void installKeys(Scene scene) { TrainKeys.install(scene, train, microscope, export); }

    /** forward / reverse / both / train, for the train view's toolbar: the first three go back to the stepper. */
    private Node views() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (View side : View.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("train-view-" + side.id());
            b.textProperty().bind(Messages.text("view." + side.id()));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                b.setSelected(false);
                stepper.setView(side);
                train.setShown(false);
            });
            box.getChildren().add(b);
        }
        ToggleButton here = new ToggleButton();
        here.setId("train-view-train");
        here.textProperty().bind(Messages.text("view.train"));
        here.setToggleGroup(group);
        here.setSelected(true);
        here.setFocusTraversable(false);
        here.setOnAction(e -> here.setSelected(true));
        // Leaving through forward / reverse / both unselects them all: coming back, "train" is the view shown again.
        train.shownProperty().addListener((o, was, is) -> { if (is) here.setSelected(true); });
        box.getChildren().add(here);
        return box;
    }

    private List<Object> state() {
        return List.of(train.getSetup(), train.getFrame() == null ? 0L : train.getFrame().updates(), train.getFrame() == null ? 0L : train.getFrame().network());
    }

    /** A scenario opened with a data set (or changed since the train view last saw it) is what gets trained. */
    private void adoptStepperScenario() {
        Scenario s = stepper.getScenario();
        if (s == synced) return;
        synced = s;
        train.open(s);
    }

    /** The training so far becomes the stepper's scenario (an edit there, undoable): the network as trained, the next batch. */
    private void handToStepper() {
        Scenario s = train.scenario();
        if (s.equals(stepper.getScenario())) return;
        stepper.replace(s);
        synced = stepper.getScenario();
    }
}
