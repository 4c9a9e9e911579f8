package deltaflow.ui.stepper;

import deltaflow.ui.stepper.state.InspectorViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Network;
import deltaflow.model.Numbers;
import deltaflow.model.Step;
import deltaflow.model.ValueRef;
import deltaflow.ui.i18n.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The selected neuron, weight or bias with all its values, and the scenario's settings. The given numbers
 * are editable; an entry that is not accepted stays in its field with the reason beside it.
 */
public final class Inspector extends VBox {
    private final StepperViewModel stepper;
    private final Label title = new Label();
    private final GridPane values = new GridPane();
    private final Label valueError = errorLabel("edit-error");
    private final GridPane settings = new GridPane();
    private final Label settingsError = errorLabel("settings-error");
    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");
    /** Which rows the values grid has now, by kind: while it stays the same, steps only change their text. */
    private List<InspectorViewModel.Edit> shownRows = List.of();

    public Inspector(StepperViewModel stepper) {
        this.stepper = stepper;
        setId("inspector");
        getStyleClass().add("inspector");
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        values.getStyleClass().add("inspector-grid");
        settings.getStyleClass().add("inspector-grid");
        Label settingsTitle = new Label();
        settingsTitle.textProperty().bind(Messages.text("inspector.scenario"));
        settingsTitle.getStyleClass().add("inspector-title");
        getChildren().addAll(title, values, valueError, settingsTitle, settings, settingsError);
        // The diagram is redrawn last on every change of timeline, position or selection: one consistent signal.
        stepper.diagramProperty().addListener((o, was, is) -> showValues());
        stepper.scenarioProperty().addListener((o, was, is) -> showSettings());
        // The stepper redraws the diagram on a new language, which rebuilds the values; the settings follow here.
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(languageChanged));
        stepper.selectionProperty().addListener((o, was, is) -> valueError.setText(""));
        showValues();
        showSettings();
    }

    private final javafx.beans.InvalidationListener languageChanged = o -> showSettings();

    /** The selection, or else what the current step computed. */
    private ValueRef inspected() {
        if (stepper.getSelection() != null) return stepper.getSelection();
        Step step = stepper.getCurrentStep();
        return step == null ? null : step.result();
    }

    /**
     * The inspected value's rows. A step usually changes the numbers, not which rows there are: then the
     * labels and fields are kept and given their new text (new controls would each cost a CSS pass).
     */
    private void showValues() {
        ValueRef ref = inspected();
        if (ref == null) {
            values.getChildren().clear();
            shownRows = List.of();
            title.setText(Messages.get("inspector.hint"));
            return;
        }
        int r = stepper.example();
        InspectorViewModel inspection = InspectorViewModel.of(stepper.getTimeline(), stepper.getPosition(), ref, r);
        title.setText(inspection.title());
        InspectorViewModel.Target t = inspection.target();
        List<InspectorViewModel.Edit> shape = inspection.rows().stream().map(InspectorViewModel.Row::edit).toList();
        if (!shape.equals(shownRows)) {
            values.getChildren().clear();
            for (int row = 0; row < shape.size(); row++) {
                Label symbol = new Label();
                symbol.getStyleClass().add("inspector-symbol");
                symbol.setWrapText(true); // "b₁¹ old → new" and "0.35 → (held fixed)" wrap rather than end in "…"
                values.add(symbol, 0, row);
                values.add(shape.get(row) == InspectorViewModel.Edit.NONE ? valueLabel(row) : field("edit-" + shape.get(row).name().toLowerCase()), 1, row);
            }
            shownRows = shape;
        }
        int row = 0;
        for (InspectorViewModel.Row line : inspection.rows()) {
            ((Label) cell(0, row)).setText(line.symbol());
            if (line.edit() == InspectorViewModel.Edit.NONE) {
                ((Label) cell(1, row)).setText(line.value());
            } else {
                Function<String, Optional<String>> apply = switch (line.edit()) {
                    case WEIGHT -> text -> stepper.editWeight(t.layer(), t.neuron(), t.source(), text);
                    case BIAS -> text -> stepper.editBias(t.layer(), t.neuron(), text);
                    case INPUT -> text -> stepper.editInput(r, t.neuron(), text);
                    case TARGET -> text -> stepper.editTarget(r, t.neuron(), text);
                    case NONE -> throw new IllegalStateException();
                };
                show((TextField) cell(1, row), line.value(), apply, valueError);
            }
            row++;
        }
    }

    private javafx.scene.Node cell(int column, int row) {
        for (javafx.scene.Node n : values.getChildren()) {
            if (GridPane.getColumnIndex(n) == column && GridPane.getRowIndex(n) == row) return n;
        }
        throw new IllegalStateException("no cell " + column + ", " + row);
    }

    private static Label valueLabel(int row) {
        Label value = new Label();
        value.getStyleClass().add("inspector-value");
        value.setWrapText(true);
        value.setId("value-" + row);
        return value;
    }

    private void showSettings() {
        // Rebuilding takes the focused control out of the scene, and JavaFX would hand the focus on to the next
        // control, often a text field that then keeps the arrows: the new control with the same id gets it instead.
        var scene = getScene();
        String focused = scene != null && scene.getFocusOwner() != null && settings.getChildren().contains(scene.getFocusOwner())
                ? scene.getFocusOwner().getId() : null;
        if (focused != null) scene.getRoot().requestFocus();
        settings.getChildren().clear();
        var scenario = stepper.getScenario();
        Network network = scenario.network();
        int row = 0;
        settings.add(symbol("η"), 0, row);
        TextField rate = field("learning-rate");
        show(rate, Numbers.format(scenario.learningRate(), 6), stepper::editLearningRate, settingsError);
        settings.add(rate, 1, row++);

        ComboBox<Cost> cost = new ComboBox<>();
        cost.setId("cost");
        cost.setMinWidth(60);
        cost.setMaxWidth(Double.MAX_VALUE);
        cost.getItems().setAll(Cost.values());
        cost.setConverter(converter(Cost::id, Cost.values()));
        cost.setValue(scenario.cost());
        cost.setOnAction(e -> choose(stepper.setCost(cost.getValue())));
        settings.add(symbol(Messages.get("inspector.cost")), 0, row);
        settings.add(cost, 1, row++);

        for (int l = 1; l <= network.depth(); l++) {
            int layer = l;
            ComboBox<Activation> activation = new ComboBox<>();
            activation.setId("activation-" + l);
            activation.setMinWidth(60); // the grid's room is the inspector's, never more: no sideways scrolling
            activation.setMaxWidth(Double.MAX_VALUE);
            // Softmax belongs to the output layer only: a hidden layer is not offered it.
            boolean output = l == network.depth();
            activation.getItems().setAll(Arrays.stream(Activation.values()).filter(a -> output || a.isElementwise()).toList());
            activation.setConverter(converter(Activation::id, Activation.values()));
            activation.setValue(network.layer(l).activation());
            activation.setOnAction(e -> choose(stepper.setActivation(layer, activation.getValue())));
            // σˡ in the lecture's notation, its words in the tooltip: "σ layer 1" left the box too narrow at 1280×720.
            Label sigma = symbol(deltaflow.diagram.UnicodeScripts.of(deltaflow.model.MathText.symbol("σ", "\\sigma", "", String.valueOf(l))));
            sigma.setTooltip(new javafx.scene.control.Tooltip(Messages.get("inspector.activation", l)));
            sigma.setId("activation-label-" + l);
            settings.add(sigma, 0, row);
            settings.add(activation, 1, row++);
        }
        CheckBox biases = new CheckBox(Messages.get("inspector.trainBiases"));
        biases.setWrapText(true);
        biases.setId("train-biases");
        biases.setSelected(scenario.trainBiases());
        biases.setOnAction(e -> report(stepper.setTrainBiases(biases.isSelected()), settingsError));
        settings.add(biases, 0, row, 2, 1);
        if (focused != null) {
            settings.getChildren().stream().filter(n -> focused.equals(n.getId()) && !(n instanceof TextField))
                    .findFirst().ifPresent(javafx.scene.Node::requestFocus);
        }
    }

    /** A refused choice puts the boxes back to what the scenario has, after this event is done. */
    private void choose(Optional<String> refused) {
        report(refused, settingsError);
        if (refused.isPresent()) javafx.application.Platform.runLater(this::showSettings);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        return field;
    }

    /** A field shows {@code text} and applies its own text on Enter; a refused entry stays, with the reason in {@code error}. */
    private static void show(TextField field, String text, Function<String, Optional<String>> apply, Label error) {
        field.setText(text);
        field.pseudoClassStateChanged(INVALID, false);
        field.setOnAction(e -> {
            var scene = field.getScene(); // the inspector rebuilds on success, taking this field out of it
            Optional<String> refused = apply.apply(field.getText());
            report(refused, error);
            if (refused.isPresent()) field.pseudoClassStateChanged(INVALID, true);
            // Accepted: the arrows and Space step the lesson again.
            else if (scene != null) scene.getRoot().requestFocus();
        });
    }

    private static void report(Optional<String> refused, Label error) {
        error.setText(refused.orElse(""));
    }

    /** A setting's name, never cut to "…" (at 1280×720 they were): the box beside it gives way instead. */
    private static Label symbol(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-symbol");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        return l;
    }

    private static <T> javafx.util.StringConverter<T> converter(Function<T, String> name, T[] all) {
        return new javafx.util.StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : name.apply(value); }
            @Override public T fromString(String s) { return Arrays.stream(all).filter(v -> name.apply(v).equals(s)).findFirst().orElse(null); }
        };
    }
}
