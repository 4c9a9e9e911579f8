package deltaflow.ui.lesson;

import deltaflow.ui.style.Stylesheets;
import deltaflow.ui.lesson.state.Lesson;
import deltaflow.ui.lesson.state.LessonTable;
import deltaflow.ui.lesson.state.LessonViewModel;

import deltaflow.model.Numbers;
import deltaflow.ui.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/**
 * A lesson beside the network: its title, a sentence on the mistake, the switch that shows the wrong way
 * beside the right one, and the table with the numbers that differ highlighted. Hidden while no lesson is open.
 */
public final class LessonPanel extends VBox {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private final LessonViewModel lessons;
    private final Label title = new Label();
    private final Label explanation = new Label();
    private final CheckBox showWrong = new CheckBox();
    private final GridPane grid = new GridPane();

    LessonPanel(LessonViewModel lessons) {
        this.lessons = lessons;
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        getStylesheets().add(Stylesheets.desk());
        visibleProperty().bind(lessons.lessonProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        Button close = new Button("×");
        close.setId("lesson-close");
        close.setAccessibleText(Messages.get("lesson.close"));
        close.setOnAction(e -> lessons.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, close);

        explanation.setId("lesson-explanation");
        explanation.getStyleClass().add("lesson-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        showWrong.setId("lesson-show-wrong");
        showWrong.textProperty().bind(Messages.text("lesson.showWrong"));
        showWrong.selectedProperty().bindBidirectional(lessons.showWrongProperty());
        grid.setId("lesson-table");
        grid.getStyleClass().add("lesson-table");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(header, explanation, showWrong, scroll);
        lessons.lessonProperty().addListener((o, was, is) -> render());
        lessons.tableProperty().addListener((o, was, is) -> render());
        lessons.showWrongProperty().addListener((o, was, is) -> render());
        Messages.localeProperty().addListener((o, was, is) -> render());
    }

    private void render() {
        Lesson lesson = lessons.getLesson();
        LessonTable table = lessons.getTable();
        grid.getChildren().clear();
        if (lesson == null || table == null) return;
        title.setText(Messages.get(lesson.titleKey()));
        explanation.setText(Messages.get(lesson.explanationKey()));
        showWrong.setVisible(lesson.hasSwitch());
        showWrong.setManaged(lesson.hasSwitch());
        // Without the switch on, only the right way is shown: the wrong column is the last one.
        int columns = lesson.hasSwitch() && !showWrong.isSelected() ? table.headers().size() - 1 : table.headers().size();
        for (int c = 0; c < columns; c++) {
            String h = table.headers().get(c);
            Label header = new Label(h.startsWith("lesson.") ? Messages.get(h) : h);
            header.getStyleClass().add("lesson-header");
            header.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(header, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            LessonTable.Row row = table.rows().get(r);
            Label label = new Label(row.labelIsKey() ? Messages.get(row.label()) : row.label());
            label.getStyleClass().add("lesson-symbol");
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(label, 0, r + 1);
            for (int v = 0; v < row.values().size() && v + 1 < columns; v++) {
                Label value = new Label(Numbers.format(row.values().get(v), LessonTable.DIGITS));
                value.setId("lesson-cell-" + r + "-" + (v + 1));
                value.getStyleClass().add("lesson-value");
                value.setMinWidth(Region.USE_PREF_SIZE);
                value.pseudoClassStateChanged(DIFFERS, row.marked().get(v));
                value.setAccessibleText(label.getText() + ": " + value.getText());
                grid.add(value, v + 1, r + 1);
            }
        }
    }
}
