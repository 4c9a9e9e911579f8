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
        title.setWrapText(true); // C = 1/R Σ Cʳ (non-breaking spaces) goes to a line of its own in a narrow column
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
        // In a narrow column the chooser goes under its label rather than both being cut ("St…", "exampl…").
        javafx.scene.layout.FlowPane stepping = new javafx.scene.layout.FlowPane(8, 4, choose, chooser);
        stepping.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, stepping, table);
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
        if (weight.isPresent()) cells.get("batch-grad-mean-label").setText(Messages.get("batch.mean"));
        cells.get("batch-mean-cost").setText(known(t, ValueRef.totalCost(), position));
        weight.ifPresent(w -> cells.get("batch-mean-grad").setText(known(t, ValueRef.meanWeightGradient(w.layer(), w.neuron(), w.source()), position)));
    }

    /**
     * The table's cells for {@code rows} examples: r and Cʳ with their mean, and with a weight selected its ∂Cʳ/∂w and
     * their mean under them, in the same two columns. Made when that changes, not on every step. Side by side, three
     * columns of whole numbers were wider than the right-hand column at 1024×768 (and 1280×720), which then scrolled
     * sideways and cut the inspector's text at its edge.
     */
    private void build(int rows, boolean more, boolean gradients) {
        table.getChildren().clear();
        cells.clear();
        int next = block(0, rows, more, "batch-cost-header", "batch-r-", "batch-cost-", "batch-more", "batch-mean-label", "batch-mean-cost");
        if (gradients) block(next, rows, more, "batch-grad-header", "batch-gr-", "batch-grad-", "batch-grad-more", "batch-grad-mean-label", "batch-mean-grad");
    }

    /** One block of the table from row {@code top}: a header, a row per example, "⋮" if some are left out, the mean. Returns the row after it. */
    private int block(int top, int rows, boolean more, String header, String r, String value, String moreId, String meanLabelId, String meanId) {
        table.add(header(top == 0 ? "r" : r + "header"), 0, top);
        if (top > 0) cells.get(r + "header").setText("r");
        table.add(header(header), 1, top);
        for (int k = 0; k < rows; k++) {
            int row = top + k + 1;
            table.add(cell(r + (k + 1)), 0, row);
            cells.get(r + (k + 1)).setText(String.valueOf(k + 1));
            table.add(cell(value + (k + 1)), 1, row);
        }
        if (more) table.add(cell(moreId), 0, top + rows + 1);
        if (more) cells.get(moreId).setText("⋮");
        int mean = top + rows + 2;
        Label meanLabel = cell(meanLabelId);
        meanLabel.getStyleClass().add("batch-mean");
        // Words, not a number: "mean (1/R Σ)" may wrap, so a narrow column keeps the numbers beside it whole.
        meanLabel.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        meanLabel.setWrapText(true);
        table.add(meanLabel, 0, mean);
        table.add(cell(meanId), 1, mean);
        return mean + 1;
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
