package deltaflow.ui.reverse;

import deltaflow.diagram.UnicodeScripts;
import deltaflow.model.GradientCheck;
import deltaflow.model.Notation;
import deltaflow.model.Numbers;
import deltaflow.model.Scenario;
import deltaflow.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * Per parameter, backpropagation's ∂C/∂θ beside the central difference and their relative error, in a
 * table sortable by any column (click a header): sorting by error puts a kink or a bug on top.
 */
public final class GradientCheckView extends VBox {
    /** Each parameter costs two forward passes over the batch: above this the wait is longer than a lecture allows. */
    public static final long MAX_PARAMETERS = 5000;
    /** Parameters checked, drawn at random, when a network has more than {@link #MAX_PARAMETERS}. */
    public static final int SAMPLE = 200;
    /** The sample's seed: the same parameters every time, so a lecture can be prepared. */
    public static final long SEED = 11;
    private static final int DIGITS = 6;

    private final TableView<GradientCheck.Entry> table = new TableView<>();

    public GradientCheckView(Scenario scenario) {
        setId("gradient-check");
        getStyleClass().add("gradient-check");
        setSpacing(8);
        setStyle("-fx-padding: 12;");
        Label summary = new Label();
        summary.setId("check-summary");
        summary.setWrapText(true);
        long count = scenario.network().parameterCount();
        boolean sampled = count > MAX_PARAMETERS;
        List<GradientCheck.Entry> entries = sampled ? GradientCheck.sample(scenario, SAMPLE, SEED) : GradientCheck.check(scenario);
        String result = Messages.get("check.summary", Numbers.format(GradientCheck.maxRelativeError(entries), 3), entries.size(),
                Numbers.format(GradientCheck.DEFAULT_STEP, 1));
        summary.setText(sampled ? result + " — " + Messages.get("check.sampled", entries.size(), count, SEED) : result);
        table.setId("check-table");
        table.getColumns().add(column("check.parameter", e -> UnicodeScripts.of(Notation.symbol(e.parameter())), false));
        table.getColumns().add(number("check.backprop", GradientCheck.Entry::backprop));
        table.getColumns().add(number("check.numerical", GradientCheck.Entry::numerical));
        table.getColumns().add(number("check.error", GradientCheck.Entry::relativeError));
        table.getItems().setAll(entries);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(summary, table);
    }

    public TableView<GradientCheck.Entry> table() { return table; }

    /** Opens the check of {@code scenario} in its own window. */
    public static Stage open(Scenario scenario, Window owner, String stylesheet) {
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(Messages.get("check.title"));
        Scene scene = new Scene(new GradientCheckView(scenario), 1100, 700);
        if (stylesheet != null) scene.getStylesheets().add(stylesheet);
        scene.setOnKeyPressed(e -> { if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) stage.close(); });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /**
     * A column's header as a label that wraps within the column, whole however narrow the column: the central
     * difference's "(C(θ+h) − C(θ−h)) / 2h" was cut to "central differ…".
     */
    private static void header(TableColumn<?, ?> column, String key) {
        Label label = new Label();
        label.textProperty().bind(Messages.text(key));
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.getStyleClass().add("check-header");
        label.setId("check-header-" + key.substring(key.indexOf('.') + 1));
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(label);
        box.prefWidthProperty().bind(column.widthProperty().subtract(8));
        label.maxWidthProperty().bind(column.widthProperty().subtract(8));
        column.setGraphic(box);
        column.setText(null);
    }

    private static TableColumn<GradientCheck.Entry, String> column(String key, java.util.function.Function<GradientCheck.Entry, String> value, boolean mono) {
        TableColumn<GradientCheck.Entry, String> c = new TableColumn<>();
        header(c, key);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** Sorted by the number, shown to {@link #DIGITS} digits. */
    private static TableColumn<GradientCheck.Entry, Double> number(String key, java.util.function.ToDoubleFunction<GradientCheck.Entry> value) {
        TableColumn<GradientCheck.Entry, Double> c = new TableColumn<>();
        header(c, key);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Numbers.format(v, DIGITS));
            }
        });
        return c;
    }
}
