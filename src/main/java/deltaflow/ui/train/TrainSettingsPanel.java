package deltaflow.ui.train;

import deltaflow.model.Activation;
import deltaflow.model.Regularization;
import deltaflow.model.data.Feature;
import deltaflow.model.train.TrainingSettings;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.train.state.TrainSetup;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The choices of TensorFlow Playground's panels, in a column beside the picture: data (problem, data set,
 * noise, training share, features) and training (activation, η, batch size, regularization and λ). Each shows
 * the setup and changes it through the view model (an edit, undoable); a change that comes back from undo
 * shows here without being applied again.
 */
final class TrainSettingsPanel extends VBox {
    /** The data-set choice that asks for a CSV file; not a path any file has (a NUL cannot be in one). */
    static final String CSV_CHOICE = "\0csv";
    private final TrainViewModel train;
    private boolean showing; // true while the controls are set from the model: their events are not edits
    private final ChoiceBox<TrainViewModel.Problem> problem;
    private final ChoiceBox<String> dataSet;
    private final Slider noise = slider("train-noise", 0, 50, 5);
    private final Slider trainPercent = slider("train-percent", 10, 90, 10);
    private final Label noiseValue = new Label(), trainValue = new Label();
    private final Map<Feature, CheckBox> features = new EnumMap<>(Feature.class);
    /** The features' boxes: their tooltip says why they are off for data that is not 2-D (a disabled box shows none). */
    private final FlowPane featureBoxes = new FlowPane();
    private final Tooltip featuresOff = new Tooltip();
    private boolean featuresExplained;
    private final ChoiceBox<Activation> activation;
    private final ChoiceBox<Double> learningRate;
    private final ChoiceBox<Integer> batchSize;
    private final ChoiceBox<Regularization> regularization;
    private final ChoiceBox<Double> regularizationRate;

    TrainSettingsPanel(TrainViewModel train) {
        this.train = train;
        setId("train-settings");
        getStyleClass().add("train-settings");
        problem = choice("train-problem", List.of(TrainViewModel.Problem.values()), p -> Messages.get("trainView.problem." + p.id()), train::setProblem);
        dataSet = choice("train-data", TrainViewModel.DATA_SETS, TrainSettingsPanel::dataSetName, this::dataSetChosen);
        dataSet.getItems().add(CSV_CHOICE);
        featureBoxes.setId("train-features");
        featuresOff.setWrapText(true);
        featuresOff.setMaxWidth(420);
        featureBoxes.getStyleClass().add("train-features");
        for (Feature f : Feature.values()) {
            CheckBox box = new CheckBox(deltaflow.diagram.UnicodeScripts.of(f.symbol()));
            box.setId("train-feature-" + f.id().replace("^", ""));
            box.setFocusTraversable(false);
            box.setOnAction(e -> { if (!showing) train.toggleFeature(f); });
            features.put(f, box);
            featureBoxes.getChildren().add(box);
        }
        noise.valueChangingProperty().addListener((o, was, is) -> { if (!is) changed(noise, train::setNoise); });
        noise.valueProperty().addListener((o, was, is) -> { noiseValue.setText(percent(is.doubleValue())); if (!noise.isValueChanging()) changed(noise, train::setNoise); });
        trainPercent.valueChangingProperty().addListener((o, was, is) -> { if (!is) changed(trainPercent, train::setTrainPercent); });
        trainPercent.valueProperty().addListener((o, was, is) -> { trainValue.setText(percent(is.doubleValue())); if (!trainPercent.isValueChanging()) changed(trainPercent, train::setTrainPercent); });
        activation = choice("train-activation", TrainViewModel.ACTIVATIONS, a -> Messages.get("trainView.activation." + a.id()), train::setActivation);
        learningRate = choice("train-learning-rate", TrainViewModel.LEARNING_RATES, TrainSettingsPanel::number, train::setLearningRate);
        batchSize = choice("train-batch-size", TrainViewModel.BATCH_SIZES, String::valueOf, train::setBatchSize);
        regularization = choice("train-regularization", List.of(Regularization.values()), r -> Messages.get("trainView.regularization." + r.id()), train::setRegularization);
        regularizationRate = choice("train-regularization-rate", TrainViewModel.REGULARIZATION_RATES, TrainSettingsPanel::number, train::setRegularizationRate);
        for (Label value : new Label[] {noiseValue, trainValue}) value.setMinWidth(Region.USE_PREF_SIZE); // "50 %", never "5…"

        getChildren().addAll(
                heading("trainView.data"),
                row("trainView.problem", problem), row("trainView.dataSet", dataSet),
                row("trainView.noise", noise, noiseValue), row("trainView.trainPercent", trainPercent, trainValue),
                label("trainView.features"), featureBoxes,
                heading("trainView.network"), row("trainView.activation", activation),
                heading("trainView.training"),
                row("trainView.learningRate", learningRate), row("trainView.batchSize", batchSize),
                row("trainView.regularization", regularization), row("trainView.regularizationRate", regularizationRate),
                heading("trainView.picture"),
                toggle("train-show-test", "trainView.showTest", train.showTestProperty()),
                toggle("train-log-scale", "trainView.logScale", train.logScaleProperty()));
        train.setupProperty().addListener(o -> show());
        Messages.localeProperty().addListener(o -> show());
        show();
    }

    /** Sets every control from the setup, without treating that as the user's change. */
    private void show() {
        showing = true;
        try {
            TrainSetup s = train.getSetup();
            TrainingSettings t = s.settings();
            problem.setValue(train.problemType());
            // The CSV file trained on is a choice of its own, by its name, before "CSV file…".
            List<String> items = new java.util.ArrayList<>(TrainViewModel.DATA_SETS);
            if (s.data().isCsv()) items.add(s.data().source());
            items.add(CSV_CHOICE);
            if (!dataSet.getItems().equals(items)) dataSet.getItems().setAll(items);
            dataSet.setValue(s.data().source());
            noise.setValue(s.data().noisePercent());
            trainPercent.setValue(s.data().trainPercent());
            noiseValue.setText(percent(s.data().noisePercent()));
            trainValue.setText(percent(s.data().trainPercent()));
            boolean planar = s.data().isGenerator();
            noise.setDisable(!planar);
            for (Map.Entry<Feature, CheckBox> e : features.entrySet()) {
                e.getValue().setSelected(planar && s.data().features().contains(e.getKey()));
                e.getValue().setDisable(!planar);
            }
            featuresOff.setText(planar ? "" : Messages.get(s.data().isDigits() ? "trainView.features.offDigits" : "trainView.features.offCsv"));
            if (planar == featuresExplained) {
                if (planar) Tooltip.uninstall(featureBoxes, featuresOff);
                else Tooltip.install(featureBoxes, featuresOff);
                featuresExplained = !planar;
            }
            activation.setValue(s.activation());
            learningRate.setValue(t.learningRate());
            batchSize.setValue(t.batchSize());
            regularization.setValue(t.regularization());
            regularizationRate.setValue(t.regularizationRate());
            for (ChoiceBox<?> box : List.of(problem, dataSet, activation, learningRate, batchSize, regularization, regularizationRate)) {
                // Converters read the language: redraw their text.
                var c = box.getConverter();
                ((ChoiceBox<Object>) box).setConverter(null);
                ((ChoiceBox<Object>) box).setConverter((StringConverter<Object>) c);
            }
        } finally {
            showing = false;
        }
    }

    /** A data set picked: a built-in one, or "CSV file…" (a dialog, after the choice box has closed its menu). */
    private void dataSetChosen(String choice) {
        if (choice.equals(CSV_CHOICE)) {
            javafx.application.Platform.runLater(() -> {
                train.chooseCsv();
                show(); // cancelled or refused: the choice shows the data set still trained on
            });
        } else if (TrainViewModel.DATA_SETS.contains(choice)) {
            train.setDataSet(choice);
        }
    }

    /** A data set's name in the window's language; a CSV file by its file name. */
    private static String dataSetName(String choice) {
        if (choice.equals(CSV_CHOICE)) return Messages.get("trainView.data.csv");
        if (TrainViewModel.DATA_SETS.contains(choice)) return Messages.get("trainView.data." + choice);
        java.nio.file.Path name = java.nio.file.Path.of(choice).getFileName();
        return name == null ? choice : name.toString();
    }

    private void changed(Slider slider, Consumer<Double> apply) {
        if (!showing) apply.accept((double) Math.round(slider.getValue()));
    }

    private <T> ChoiceBox<T> choice(String id, List<T> items, Function<T, String> name, Consumer<T> apply) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().addAll(items);
        box.setFocusTraversable(false);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T item) { return item == null ? "" : name.apply(item); }
            @Override public T fromString(String text) { return null; }
        });
        box.valueProperty().addListener((o, was, is) -> { if (!showing && is != null) apply.accept(is); });
        return box;
    }

    private static Slider slider(String id, double min, double max, double step) {
        Slider s = new Slider(min, max, min);
        s.setId(id);
        s.setMajorTickUnit(step);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setFocusTraversable(false);
        return s;
    }

    private static String percent(double v) { return Messages.get("trainView.percent", Math.round(v)); }

    private static String number(double v) {
        return v == 0 ? "0" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A check box bound to a choice of how the picture is drawn (not an edit of what is trained: no undo). */
    private static CheckBox toggle(String id, String key, javafx.beans.property.BooleanProperty choice) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.setFocusTraversable(false);
        box.textProperty().bind(Messages.text(key));
        box.selectedProperty().bindBidirectional(choice);
        box.setWrapText(true);
        return box;
    }

    private static Label heading(String key) {
        Label l = label(key);
        l.getStyleClass().add("train-heading");
        return l;
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(Messages.text(key));
        l.getStyleClass().add("train-label");
        return l;
    }

    private static VBox row(String key, javafx.scene.Node... controls) {
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(controls);
        line.getStyleClass().add("train-row");
        return new VBox(label(key), line);
    }
}
