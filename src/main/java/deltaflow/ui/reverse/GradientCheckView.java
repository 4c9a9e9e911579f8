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
        if (count > MAX_PARAMETERS) {
            summary.setText(Messages.get("check.tooLarge", count, MAX_PARAMETERS));
            getChildren().add(summary);
            return;
        }
        List<GradientCheck.Entry> entries = GradientCheck.check(scenario);
        summary.setText(Messages.get("check.summary", Numbers.format(GradientCheck.maxRelativeError(entries), 3), entries.size(),
                Numbers.format(GradientCheck.DEFAULT_STEP, 1)));
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
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static TableColumn<GradientCheck.Entry, String> column(String key, java.util.function.Function<GradientCheck.Entry, String> value, boolean mono) {
        TableColumn<GradientCheck.Entry, String> c = new TableColumn<>();
        c.textProperty().bind(Messages.text(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** Sorted by the number, shown to {@link #DIGITS} digits. */
    private static TableColumn<GradientCheck.Entry, Double> number(String key, java.util.function.ToDoubleFunction<GradientCheck.Entry> value) {
        TableColumn<GradientCheck.Entry, Double> c = new TableColumn<>();
        c.textProperty().bind(Messages.text(key));
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
