package deltaflow.ui.reverse;

import deltaflow.model.GradientCheck;
import deltaflow.model.Scenarios;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gradient-check table: one row per parameter, sortable, and a refusal for networks too large to check. */
@ExtendWith(ApplicationExtension.class)
class GradientCheckViewTest {
    private GradientCheckView view;

    @Start
    void start(Stage stage) {
        view = new GradientCheckView(Scenarios.builtIn("mazur"));
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @Test
    void listsEveryParameterWithBothDerivativesAndSortsByError(FxRobot robot) {
        var table = view.table();
        assertEquals(12, table.getItems().size()); // Mazur: 8 weights and 4 biases
        for (GradientCheck.Entry e : table.getItems()) {
            assertTrue(e.relativeError() < 1e-6, e.toString());
            assertEquals(e.backprop(), e.numerical(), 1e-8);
        }
        @SuppressWarnings("unchecked")
        TableColumn<GradientCheck.Entry, Double> error = (TableColumn<GradientCheck.Entry, Double>) table.getColumns().get(3);
        robot.interact(() -> {
            error.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(error);
        });
        double first = table.getItems().get(0).relativeError();
        for (GradientCheck.Entry e : table.getItems()) assertTrue(e.relativeError() <= first);
        assertTrue(robot.lookup("#check-summary").queryAs(Label.class).getText().contains("12"));
    }

    @Test
    void aNetworkTooLargeForAFullCheckChecksASeededSample() {
        GradientCheckView large = new GradientCheckView(Scenarios.builtIn("mnist-shaped"));
        assertEquals(GradientCheckView.SAMPLE, large.table().getItems().size());
        for (GradientCheck.Entry e : large.table().getItems()) assertTrue(e.relativeError() < 1e-4, e.toString());
        String summary = ((Label) large.lookup("#check-summary")).getText();
        assertTrue(summary.contains("200 of the 109386 parameters"), summary);
        // Every layer is in the sample, so a bug in any of them shows.
        assertEquals(java.util.Set.of(1, 2, 3), large.table().getItems().stream().map(e -> e.parameter().layer()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void headersAreWholeAndEscClosesTheWindow(FxRobot robot) {
        for (String id : new String[] {"parameter", "backprop", "numerical", "error"}) {
            Label header = robot.lookup("#check-header-" + id).queryAs(Label.class);
            javafx.scene.text.Text shown = (javafx.scene.text.Text) header.lookup(".text");
            assertEquals(header.getText(), shown.getText(), "header " + id + " is cut");
        }
        Stage[] opened = new Stage[1];
        robot.interact(() -> opened[0] = GradientCheckView.open(Scenarios.builtIn("mazur"), null, null));
        assertTrue(opened[0].isShowing());
        robot.interact(() -> opened[0].getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.ESCAPE, false, false, false, false)));
        assertTrue(!opened[0].isShowing(), "Esc closes the gradient check");
    }
}
