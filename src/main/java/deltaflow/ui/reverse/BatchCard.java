package deltaflow.ui.reverse;

import deltaflow.diagram.UnicodeScripts;
import deltaflow.model.MathText;
import deltaflow.model.Notation;
import deltaflow.model.Numbers;
import deltaflow.model.Phase;
import deltaflow.model.Step;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Optional;

/**
 * A mini-batch of R examples: which example is being stepped (choose another to jump to the same step of
 * it), and C = 1/R Σ_r C^r made visible: each example's cost and, for the selected weight, each example's
 * ∂C^r/∂w beside their mean. Hidden for a single example.
 */
public final class BatchCard extends VBox {
    private static final int DIGITS = 4;
    /** More rows than this would not fit beside the network: the first ones and the mean are shown. */
    private static final int MAX_ROWS = 8;

    private final StepperViewModel stepper;
    private final ComboBox<Integer> chooser = new ComboBox<>();
    private final GridPane table = new GridPane();
    private boolean updating;
    /** The table's labels by id; a step sets their text. */
    private final java.util.Map<String, Label> cells = new java.util.HashMap<>();
    /** Rows, batch size and whether a weight is selected: while these stay, the labels stay. */
    private String tableShape = "";

    public BatchCard(StepperViewModel stepper) {
        this.stepper = stepper;
        setId("batch");
        getStyleClass().addAll("overlay-card", "batch");
        Label title = new Label();
        title.textProperty().bind(Messages.text("batch.title"));
        title.getStyleClass().add("overlay-title");
        chooser.setId("example-chooser");
        chooser.setFocusTraversable(false); // the arrows keep stepping the lesson
        chooser.setConverter(new StringConverter<>() {
            @Override public String toString(Integer r) { return r == null ? "" : Messages.get("batch.example", r + 1, stepper.getScenario().batchSize()); }
            @Override public Integer fromString(String s) { return null; }
        });
        chooser.setOnAction(e -> { if (!updating && chooser.getValue() != null) choose(chooser.getValue()); });
        table.setId("batch-table");
        table.getStyleClass().add("batch-table");
        Label choose = new Label();
        choose.textProperty().bind(Messages.text("batch.choose"));
        getChildren().addAll(title, new HBox(8, choose, chooser), table);
        stepper.diagramProperty().addListener((o, was, is) -> update());
        update();
    }

    /** The same step of example r: the same offset into its forward pass; from before or after the examples, r's first step. */
    static int sameStepOf(Timeline t, int position, Step current, int r) {
        int start = t.phaseStart(Phase.FORWARD, r);
        if (current == null || current.kind().isBatchLevel()) return start + 1;
        int offset = position - t.phaseStart(Phase.FORWARD, current.example());
        return start + Math.max(1, offset);
    }

    private void choose(int r) {
        if (r == stepper.example() && stepper.getCurrentStep() != null) return;
        stepper.jumpTo(sameStepOf(stepper.getTimeline(), stepper.getPosition(), stepper.getCurrentStep(), r));
    }

    private void update() {
        Timeline t = stepper.getTimeline();
        int batch = t.scenario().batchSize();
        setVisible(batch > 1);
        setManaged(batch > 1);
        if (batch <= 1) return;
        updating = true;
        if (chooser.getItems().size() != batch) {
            chooser.getItems().clear();
            for (int r = 0; r < batch; r++) chooser.getItems().add(r);
        }
        chooser.setValue(stepper.example());
        updating = false;

        int position = stepper.getPosition();
        Optional<ValueRef> weight = ChainRuleCard.weightOf(stepper.getSelection());
        int rows = Math.min(batch, MAX_ROWS);
        String shape = rows + "/" + batch + "/" + weight.isPresent();
        if (!shape.equals(tableShape)) build(rows, batch > rows, weight.isPresent());
        tableShape = shape;
        cells.get("batch-cost-header").setText(UnicodeScripts.of(Notation.costR()));
        weight.ifPresent(w -> cells.get("batch-grad-header").setText(UnicodeScripts.of(gradient(w, true))));
        for (int r = 0; r < rows; r++) {
            cells.get("batch-cost-" + (r + 1)).setText(known(t, ValueRef.cost(r), position));
            int example = r;
            weight.ifPresent(w -> cells.get("batch-grad-" + (example + 1)).setText(
                    known(t, ValueRef.weightGradient(example, w.layer(), w.neuron(), w.source()), position)));
        }
        cells.get("batch-mean-label").setText(Messages.get("batch.mean"));
        cells.get("batch-mean-cost").setText(known(t, ValueRef.totalCost(), position));
        weight.ifPresent(w -> cells.get("batch-mean-grad").setText(known(t, ValueRef.meanWeightGradient(w.layer(), w.neuron(), w.source()), position)));
    }

    /** The table's cells for {@code rows} examples, with or without a gradient column: made when that changes, not on every step. */
    private void build(int rows, boolean more, boolean gradients) {
        table.getChildren().clear();
        cells.clear();
        table.add(header("r"), 0, 0);
        table.add(header("batch-cost-header"), 1, 0);
        if (gradients) table.add(header("batch-grad-header"), 2, 0);
        for (int r = 0; r < rows; r++) {
            int row = r + 1;
            table.add(cell("batch-r-" + (r + 1)), 0, row);
            cells.get("batch-r-" + (r + 1)).setText(String.valueOf(r + 1));
            table.add(cell("batch-cost-" + (r + 1)), 1, row);
            if (gradients) table.add(cell("batch-grad-" + (r + 1)), 2, row);
        }
        if (more) table.add(cell("batch-more"), 0, rows + 1);
        if (more) cells.get("batch-more").setText("⋮");
        int mean = rows + 2;
        Label meanLabel = cell("batch-mean-label");
        meanLabel.getStyleClass().add("batch-mean");
        table.add(meanLabel, 0, mean);
        table.add(cell("batch-mean-cost"), 1, mean);
        if (gradients) table.add(cell("batch-mean-grad"), 2, mean);
    }

    private static MathText gradient(ValueRef w, boolean perExample) {
        MathText c = perExample ? Notation.costR() : MathText.builder().text("C").build();
        // The mean row is labelled "mean": its column's header names the per-example quantity.
        return MathText.builder().add("∂", "\\partial ").append(c).text("/∂").append(Notation.weight(w.layer(), w.neuron(), w.source())).build();
    }

    private static String known(Timeline t, ValueRef ref, int position) {
        return t.isKnown(ref, position) ? Numbers.format(t.value(ref), DIGITS) : "…";
    }

    private Label header(String id) {
        Label l = new Label(id.equals("r") ? "r" : "");
        if (!id.equals("r")) cells.put(id, l);
        l.getStyleClass().add("batch-header");
        l.setWrapText(true); // a long symbol (∂Cʳ/∂w₆,₇₁²) wraps, so the numbers under it keep their width
        return l;
    }

    private Label cell(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("batch-cell");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a number is shown whole or not at all, never "0.0…"
        cells.put(id, l);
        return l;
    }
}
