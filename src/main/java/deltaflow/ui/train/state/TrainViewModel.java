package deltaflow.ui.train.state;

import deltaflow.model.Activation;
import deltaflow.model.Example;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.ScenarioException;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.DataSpec;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The train view's state and commands, with no Node: what is being trained ({@link TrainSetup}), the newest
 * {@link TrainFrame} of training, playing or not, and the microscope into one update. Training itself runs on
 * {@link TrainLoop}'s thread; the view calls {@link #pulse} once per screen frame, which takes the newest frame
 * and asks for the next epoch while playing. Every change of the setup can be undone.
 */
public final class TrainViewModel implements AutoCloseable {
    /** TensorFlow Playground's choices. */
    public static final List<Double> LEARNING_RATES = List.of(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    public static final List<Double> REGULARIZATION_RATES = List.of(0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    public static final List<Integer> BATCH_SIZES = List.of(1, 2, 5, 10, 20, 30);
    public static final List<Activation> ACTIVATIONS = List.of(Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LINEAR);
    /** The data sets the view offers: the 2-D ones and the handwritten digits. */
    public static final List<String> DATA_SETS = List.of("circle", "xor", "gauss", "spiral", "plane", "multi-gauss", DataSpec.DIGITS);

    /** What is learnt: TensorFlow Playground's problem type (digits are classification). */
    public enum Problem { CLASSIFICATION, REGRESSION;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private final TrainLoop loop = new TrainLoop();
    private final ReadOnlyObjectWrapper<TrainSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ReadOnlyObjectWrapper<TrainFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    /** The app's undo, kept for the train view: each state a scenario carrying the setup (see {@link TrainScenarios}). */
    private final deltaflow.ui.stepper.state.EditHistory history = new deltaflow.ui.stepper.state.EditHistory();
    private DataSet data;
    private FileChooserService dataChooser;

    public TrainViewModel(TrainSetup initial) {
        try {
            open(initial);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        redraw();
        // The picture's words follow the window's language; weak, so a closed window's model can go.
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(languageChanged));
    }

    private final javafx.beans.InvalidationListener languageChanged = o -> redraw();

    // ----- properties --------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TrainSetup> setupProperty() { return setup.getReadOnlyProperty(); }
    public TrainSetup getSetup() { return setup.get(); }

    /** The newest frame the window has taken; changes on the FX thread only, in {@link #pulse}. */
    public ReadOnlyObjectProperty<TrainFrame> frameProperty() { return frame.getReadOnlyProperty(); }
    public TrainFrame getFrame() { return frame.get(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public boolean isPlaying() { return playing.get(); }

    /** The last change refused, in one line (a CSV that cannot be read, the last feature switched off); "" when none. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    /** True while the window shows the train view instead of the stepper. */
    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public boolean isShown() { return shown.get(); }

    /** Shows the train view or leaves it; training pauses while the stepper is shown. */
    public void setShown(boolean on) {
        if (!on) pause();
        shown.set(on);
    }

    /** The data set being learnt. */
    public DataSet data() { return data; }

    public Problem problemType() { return data.task() == deltaflow.model.data.Task.REGRESSION ? Problem.REGRESSION : Problem.CLASSIFICATION; }

    // ----- the beat -------------------------------------------------------------------------------------------

    /** Once per screen frame, on the FX thread: takes the newest frame and, while playing, asks for the next epoch. */
    public void pulse() {
        TrainFrame f = loop.pulse();
        if (f != null) frame.set(f);
    }

    /** Waits for every command given so far, then takes its frame (tests, and the microscope). */
    public void settle() {
        loop.awaitIdle();
        TrainFrame f = loop.latest();
        if (f != null && f != frame.get()) frame.set(f);
    }

    /** Runs n play beats back to back, as n screen frames would (tests and the benchmark). */
    public void playFrames(int n) {
        for (int k = 0; k < n; k++) {
            pulse();
            loop.awaitIdle();
        }
        pulse();
    }

    // ----- the picture ---------------------------------------------------------------------------------------

    private deltaflow.diagram.Theme theme = deltaflow.diagram.Theme.LIGHT;
    private final javafx.beans.property.BooleanProperty showTest = new javafx.beans.property.SimpleBooleanProperty(this, "showTest", true);
    private final javafx.beans.property.BooleanProperty logScale = new javafx.beans.property.SimpleBooleanProperty(this, "logScale");
    {
        showTest.addListener(o -> redraw());
        logScale.addListener(o -> redraw());
    }

    /** The test points drawn on the plane beside the training points (TensorFlow Playground's "Show test data"). */
    public javafx.beans.property.BooleanProperty showTestProperty() { return showTest; }

    /** The loss curves on a logarithmic axis: the last digits of a small loss, which a linear axis flattens. */
    public javafx.beans.property.BooleanProperty logScaleProperty() { return logScale; }
    private String focus, hover;
    private double typeScale = 1, viewWidth;

    /** The lecture hall's type scale (1 … 3): the picture's text grows with the window's. */
    public void setTypeScale(double scale) {
        typeScale = scale;
        redraw();
    }

    /** The picture's width on screen in px: on a small window its text is made larger, so it stays legible. */
    public void setViewWidth(double px) {
        double before = textScale();
        viewWidth = px;
        if (textScale() != before) redraw();
    }

    /**
     * The picture's text scale: the hall's, times what a picture narrower than 1,500 px needs to keep its text as
     * large as at that width; in quarter steps, 1 … 3.
     */
    public double textScale() {
        double small = viewWidth > 0 ? Math.max(1, 1500 / viewWidth) : 1;
        return Math.max(1, Math.min(3, Math.round(typeScale * small * 4) / 4.0));
    }

    /** The picture's pixels per unit on screen: the training thread draws each frame's lines at it. */
    public void setPixelScale(double scale) { loop.setPixelScale(scale); }

    /** The window's colours, for the picture. */
    public void setTheme(deltaflow.diagram.Theme t) {
        theme = t;
        redraw();
    }

    /** A neuron clicked ({@code neuron-l-i}): its output is drawn large over the plane; clicked again, the output's. */
    public void focus(String neuronId) {
        focus = neuronId == null || neuronId.equals(focus) ? null : neuronId;
        redraw();
    }

    /** The neuron under the pointer is drawn large while it is there (null: none). */
    public void hover(String neuronId) {
        if (java.util.Objects.equals(neuronId, hover)) return;
        hover = neuronId;
        redraw();
    }

    /** The neuron drawn large over the plane: hovered, else clicked, else null (the output). */
    public String shownNeuron() { return hover != null ? hover : focus; }

    /** The picture's options for the window's language, theme and type scale, as the exports draw it too. */
    public deltaflow.diagram.train.PictureOptions pictureOptions() {
        // The network's headers ("input x", "layer 1") in the window's language, as the stepper's diagram says them.
        java.util.Map<String, String> words = new java.util.HashMap<>(deltaflow.ui.stepper.state.StepperViewModel.diagramWords());
        for (deltaflow.diagram.train.PictureWord w : deltaflow.diagram.train.PictureWord.values()) words.put(w.key(), Messages.get("picture." + w.key()));
        return deltaflow.diagram.train.PictureOptions.defaults().withTheme(theme).withTexts(deltaflow.diagram.DiagramTexts.of(words))
                .withEditable(true).withLimits(TrainSetup.MAX_LAYERS, TrainSetup.MAX_NEURONS).withTextScale(textScale())
                .withShowTest(showTest.get()).withLogScale(logScale.get());
    }

    private void redraw() {
        var detail = deltaflow.diagram.train.TrainingSnapshot.Detail.DEFAULT;
        String shown = shownNeuron();
        if (shown != null) {
            var target = deltaflow.diagram.train.PictureTarget.parse(shown);
            if (target.isPresent() && target.get() instanceof deltaflow.diagram.train.PictureTarget.Neuron n) detail = detail.withFocus(n);
        }
        loop.setPicture(pictureOptions(), detail);
    }

    // ----- commands: playing ----------------------------------------------------------------------------------

    public void play() {
        playing.set(true);
        loop.setPlaying(true);
    }

    /** Stops after the epoch under way: within one frame. */
    public void pause() {
        playing.set(false);
        loop.setPlaying(false);
    }

    public void togglePlay() {
        if (isPlaying()) pause();
        else play();
    }

    /** One update over the next mini-batch. */
    public void oneBatch() {
        pause();
        loop.step();
    }

    /** Finishes the epoch under way (a whole one at its start). */
    public void oneEpoch() {
        pause();
        loop.epoch();
    }

    /** Back to the initial weights: epoch 0, or for a trained scenario its weights at the epoch it was saved at. */
    public void reset() {
        pause();
        loop.reset();
    }

    /** New initial weights and shuffle from the next seed; an edit (undo returns to the old ones). */
    public void newSeed() { edit(s -> s.withSeed(s.weightSeed() + 1)); }

    // ----- commands: how training runs (kept while training goes on, from the next epoch) ----------------------

    public void setLearningRate(double eta) { settings(getSetup().settings().withLearningRate(eta)); }

    public void setBatchSize(int size) { settings(getSetup().settings().withBatchSize(size)); }

    public void setRegularization(Regularization r) {
        TrainingSettings s = getSetup().settings();
        settings(s.withRegularization(r, s.regularizationRate()));
    }

    public void setRegularizationRate(double rate) {
        TrainingSettings s = getSetup().settings();
        settings(s.withRegularization(s.regularization(), rate));
    }

    // ----- commands: what is learnt and by what (training starts again) -----------------------------------------

    public void setActivation(Activation a) { edit(s -> s.withActivation(a)); }

    /** Classification or regression: the first data set of that kind. */
    public void setProblem(Problem p) {
        if (p == problemType()) return;
        setDataSet(p == Problem.REGRESSION ? "plane" : "circle");
    }

    public void setDataSet(String source) {
        edit(s -> {
            DataSpec d = s.data(), fresh = DataSpec.of(source, d.seed());
            // The noise, the split and the features carry over, as in TensorFlow Playground.
            double noise = Generator.byId(source).isPresent() ? d.noisePercent() : 0;
            return s.withData(new DataSpec(source, fresh.points(), noise, source.equals(DataSpec.DIGITS) ? fresh.trainPercent() : d.trainPercent(),
                    d.seed(), d.isGenerator() && fresh.isGenerator() ? d.features() : fresh.features(), List.of(), null));
        });
    }

    /**
     * Trains on a CSV file (a header row naming the columns; the last column the target, the others the inputs): the
     * network's input layer becomes one neuron per input column and its output the target's, as
     * {@link Training#outputFor} makes it (classes: softmax; a number: linear). An edit, undoable; a file that cannot
     * be read leaves the training as it was and {@link #problemProperty} says why (file, line, column).
     */
    public void openCsv(Path file) {
        edit(s -> {
            DataSpec d = s.data();
            String source = file.toAbsolutePath().normalize().toString(); // Save writes it relative to the scenario's folder
            double train = d.isDigits() ? 50 : d.trainPercent(); // the digits' split is theirs alone
            return s.withData(new DataSpec(source, 0, 0, train, d.seed(), Feature.defaults(), List.of(), null));
        });
    }

    /** Where the "CSV file…" choice asks for a file (the window's dialog; tests answer it themselves). */
    public void setDataChooser(FileChooserService chooser) { dataChooser = chooser; }

    /**
     * Asks for a CSV file, starting in the current one's folder (else wherever the dialogs start), and trains on it;
     * nothing changes when the dialog is cancelled.
     */
    public void chooseCsv() {
        if (dataChooser == null) return;
        DataSpec d = getSetup().data();
        Path folder = d.isCsv() ? Path.of(d.source()).toAbsolutePath().getParent() : null;
        dataChooser.chooseOpen(folder).ifPresent(this::openCsv);
    }

    /** Noise in percent, 0 … 50. */
    public void setNoise(double percent) { edit(s -> s.withData(spec(s.data(), percent, s.data().trainPercent()))); }

    /** The percentage of the points trained on (the rest test), 10 … 90. */
    public void setTrainPercent(double percent) { edit(s -> s.withData(spec(s.data(), s.data().noisePercent(), percent))); }

    /** A feature of 2-D data becomes an input neuron, or stops being one. */
    public void toggleFeature(Feature f) { edit(s -> s.withFeatureToggled(f)); }

    public void addLayer() { if (getSetup().canAddLayer()) edit(TrainSetup::withLayerAdded); }

    public void removeLayer() { if (getSetup().canRemoveLayer()) edit(TrainSetup::withLayerRemoved); }

    /** Hidden layer k (from 0) one neuron wider. */
    public void addNeuron(int k) { if (getSetup().canAddNeuron(k)) edit(s -> s.withNeurons(k, 1)); }

    public void removeNeuron(int k) { if (getSetup().canRemoveNeuron(k)) edit(s -> s.withNeurons(k, -1)); }

    /**
     * A primitive of the picture was clicked: the +/− buttons carry their action in their id ({@code add-layer},
     * {@code remove-layer}, {@code add-neuron-L}, {@code remove-neuron-L}, L the hidden layer counted as the
     * lecture counts layers, from 1). Returns whether the id was such a button.
     */
    public boolean press(String id) {
        if (id == null) return false;
        if (id.equals("add-layer")) addLayer();
        else if (id.equals("remove-layer")) removeLayer();
        else if (id.startsWith("add-neuron-")) addNeuron(Integer.parseInt(id.substring("add-neuron-".length())) - 1);
        else if (id.startsWith("remove-neuron-")) removeNeuron(Integer.parseInt(id.substring("remove-neuron-".length())) - 1);
        else return false;
        return true;
    }

    // ----- undo ---------------------------------------------------------------------------------------------------

    public void undo() { history.undo(state()).ifPresent(this::restore); }

    public void redo() { history.redo(state()).ifPresent(this::restore); }

    private void restore(deltaflow.ui.stepper.state.EditHistory.State state) {
        try {
            apply(getSetup(), TrainScenarios.setup(state.scenario()).orElseThrow());
        } catch (ScenarioException | IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
        updateUndo();
    }

    /** The setup as the scenario undo keeps: its initial weights and one example, with its data and settings. */
    private deltaflow.ui.stepper.state.EditHistory.State state() {
        TrainSetup s = getSetup();
        Scenario scenario = new Scenario(data.name(), "", s.initialNetwork(data), Training.costFor(data.task()), List.of(data.train().get(0)),
                s.settings().learningRate(), s.settings().trainBiases());
        return new deltaflow.ui.stepper.state.EditHistory.State(TrainScenarios.of(s, scenario, s.startEpoch(data)), getFrame() == null ? 0 : getFrame().epoch());
    }

    // ----- scenarios ------------------------------------------------------------------------------------------------

    /**
     * The training as a scenario, as {@code deltaflow train} writes one: the weights reached, the next mini-batch
     * as its examples, and the data set, settings and epochs as its training fields — what File ▸ Save keeps.
     */
    public Scenario scenario() {
        Scenario next = loop.call(Training::nextUpdate);
        int epochs = loop.call(Training::epoch);
        return TrainScenarios.of(getSetup(), next, epochs);
    }

    /**
     * Trains the scenario's network on its data set with its settings, when it names one (an edit); false when
     * it does not, or the data cannot be made (then {@link #problemProperty} says why).
     */
    public boolean open(Scenario s) {
        var found = TrainScenarios.setup(s);
        if (found.isEmpty() || found.get().equals(getSetup())) return found.isPresent();
        edit(x -> found.get());
        return getSetup() == found.get();
    }

    /** Training so far as a film for a GIF: the weights every {@code every}-th epoch. */
    public deltaflow.diagram.train.TrainingFilm film(int every) {
        pause();
        return loop.film(every);
    }

    // ----- the microscope ------------------------------------------------------------------------------------------

    /**
     * The next update training will make — its mini-batch at the current weights — as the step engine's scenario:
     * its timeline's numbers are the training's own, bit for bit.
     */
    public Scenario nextUpdate() {
        pause();
        return loop.call(Training::nextUpdate);
    }

    /** One training example's own update at the current weights (stochastic gradient descent on that point). */
    public Scenario pointUpdate(int trainIndex) {
        pause();
        Scenario next = loop.call(Training::nextUpdate);
        Example example = data.train().get(trainIndex);
        String title = Messages.get("trainView.pointTitle", data.name(), trainIndex + 1, getFrame() == null ? 0 : getFrame().epoch());
        return new Scenario(title, "", next.network(), next.cost(), List.of(example), next.learningRate(), next.trainBiases());
    }

    /** The training point nearest (x₁, x₂) within {@code radius}, or −1; 2-D data only. */
    public int pointAt(double x1, double x2, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        List<deltaflow.model.data.Point> points = data.trainPoints();
        for (int k = 0; k < points.size(); k++) {
            double dx = points.get(k).x1() - x1, dy = points.get(k).x2() - x2, d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * An update shown in the stepper was applied there (with any edits made to it): training goes on from its
     * updated network. The next batch's update continues the epoch where it was; a single point's update
     * continues from the same place with the new weights.
     */
    public void resumeFrom(Network updated, boolean wasNextBatch) {
        pause();
        loop.command(t -> resume(t, updated, wasNextBatch));
    }

    /** The next batch's update is training's own next step; whatever the stepper's differs by (an edit) is resumed from. */
    private static void resume(Training t, Network updated, boolean wasNextBatch) {
        if (wasNextBatch) t.step();
        if (!t.network().equals(updated)) t.resumeFrom(updated);
    }

    // ----- internals ------------------------------------------------------------------------------------------

    private void settings(TrainingSettings s) {
        TrainSetup before = getSetup();
        TrainSetup after = before.withSettings(s);
        if (after.equals(before)) return;
        record(state());
        setup.set(after);
        loop.command(t -> t.setSettings(s));
    }

    private void edit(UnaryOperator<TrainSetup> change) {
        TrainSetup before = getSetup();
        try {
            TrainSetup after = change.apply(before);
            if (after.equals(before)) return;
            var was = state();
            apply(before, after);
            record(was);
            problem.set("");
        } catch (ScenarioException e) {
            problem.set(e.localizedMessage(Messages.locale()));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    /** Changes to {@code after}: a new training, unless only how it runs changed. */
    private void apply(TrainSetup before, TrainSetup after) throws ScenarioException {
        boolean sameNetwork = after.data().equals(before.data()) && after.hidden().equals(before.hidden()) && after.firstEpoch() == before.firstEpoch()
                && after.activation() == before.activation() && after.initialNetwork(data).equals(before.initialNetwork(data));
        if (sameNetwork) {
            setup.set(after);
            loop.command(t -> t.setSettings(after.settings()));
        } else {
            open(after);
        }
    }

    private void open(TrainSetup s) throws ScenarioException {
        DataSet d = s.data().equals(getSetup() == null ? null : getSetup().data()) ? data : s.loadData();
        pause();
        data = d;
        setup.set(s);
        loop.start(s, d);
    }

    private void record(deltaflow.ui.stepper.state.EditHistory.State before) {
        history.record(before);
        updateUndo();
    }

    private void updateUndo() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private static DataSpec spec(DataSpec d, double noise, double train) {
        return new DataSpec(d.source(), d.points(), noise, train, d.seed(), d.features(), d.inputColumns(), d.targetColumn());
    }

    /** Stops training and its thread for good: the window closed. */
    @Override public void close() {
        pause();
        closed.set(true);
        loop.close();
    }

    /** True once {@link #close}d: the view stops asking for frames. */
    public ReadOnlyBooleanProperty closedProperty() { return closed.getReadOnlyProperty(); }
    public boolean isClosed() { return closed.get(); }

    /** Whether the training thread has ended after {@link #close}, waiting up to {@code millis} for it. */
    public boolean awaitStopped(long millis) throws InterruptedException { return loop.awaitStopped(millis); }
}
