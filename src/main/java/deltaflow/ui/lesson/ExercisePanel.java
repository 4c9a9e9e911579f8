package deltaflow.ui.lesson;

import deltaflow.ui.style.Stylesheets;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.stepper.FormulaPanel;
import deltaflow.ui.stepper.TexRenderer;

import deltaflow.model.StepFormula;
import deltaflow.ui.i18n.Messages;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;


/**
 * The exercise strip above the formula: the question in symbols only, an answer field that takes the focus
 * when a question comes up (Enter checks), Hint and Reveal, then the verdict with the formula's numbers
 * filled in, and the score. Hidden while no exercise runs.
 */
public final class ExercisePanel extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final ExerciseViewModel exercise;
    private final ImageView question = new ImageView();
    /** Carries the question's font size and ink from CSS, and its plain text for tests and screen readers. */
    private final Label questionText = new Label();
    private final TextField answer = new TextField();
    private final Label feedback = new Label();
    private final ImageView worked = new ImageView();
    private final Label workedText = new Label();

    ExercisePanel(ExerciseViewModel exercise) {
        this.exercise = exercise;
        getStyleClass().add("exercise-panel");
        setId("exercise-panel");
        getStylesheets().add(Stylesheets.desk());
        visibleProperty().bind(exercise.activeProperty());
        managedProperty().bind(visibleProperty());

        Label title = new Label();
        title.textProperty().bind(Messages.text("exercise.title"));
        title.getStyleClass().add("exercise-title");
        Label score = new Label();
        score.setId("exercise-score");
        score.getStyleClass().add("exercise-score");
        score.textProperty().bind(exercise.scoreProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, gap, score);
        header.getStyleClass().add("exercise-header");

        questionText.setId("exercise-question");
        questionText.getStyleClass().add("exercise-question-text");
        questionText.setVisible(false);
        questionText.setManaged(false);
        answer.setId("exercise-answer");
        answer.setPrefColumnCount(10);
        answer.promptTextProperty().bind(Messages.text("exercise.answer"));
        // The prompt is short enough to be whole at 1024×768; Enter's use is told by the tooltip and to screen readers.
        answer.setAccessibleText(Messages.get("exercise.answerHelp"));
        javafx.scene.control.Tooltip help = new javafx.scene.control.Tooltip();
        help.textProperty().bind(Messages.text("exercise.answerHelp"));
        answer.setTooltip(help);
        // The prompt is the student's only instruction: the field keeps its ten columns and grows into the row's spare
        // room as far as its whole prompt ("你的預測(按 Enter 檢查)" was cut at 1024×768), never taking the question's or the buttons' room.
        HBox.setHgrow(answer, Priority.SOMETIMES);
        answer.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(promptWidth(answer), answer.prefWidth(-1)),
                answer.promptTextProperty(), answer.fontProperty(), answer.insetsProperty()));
        answer.setOnAction(e -> check());
        Button check = button("exercise-check", "exercise.check", this::check);
        Button hint = button("exercise-hint", "exercise.hint", exercise::showHint);
        Button reveal = button("exercise-reveal", "exercise.giveUp", exercise::giveUp);
        HBox ask = new HBox(14, questionText, question, answer, check, hint, reveal);
        ask.getStyleClass().add("exercise-ask");
        ask.visibleProperty().bind(exercise.questionProperty().isNotNull());
        ask.managedProperty().bind(ask.visibleProperty());

        Label waiting = new Label();
        waiting.textProperty().bind(Messages.text("exercise.waiting"));
        waiting.getStyleClass().add("exercise-muted");
        waiting.visibleProperty().bind(exercise.questionProperty().isNull().and(exercise.feedbackProperty().isNull()));
        waiting.managedProperty().bind(waiting.visibleProperty());

        Label hintText = new Label();
        hintText.setId("exercise-hint-text");
        hintText.getStyleClass().add("exercise-muted");
        hintText.setWrapText(true);
        hintText.textProperty().bind(exercise.hintProperty());
        hintText.visibleProperty().bind(exercise.hintProperty().isNotEmpty());
        // Its room is kept while a question is up, so pressing Hint does not push the formula and the network down.
        hintText.managedProperty().bind(exercise.questionProperty().isNotNull().or(hintText.visibleProperty()));
        hintText.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.ceil(2.6 * hintText.getFont().getSize()), hintText.fontProperty()));

        feedback.setId("exercise-feedback");
        feedback.getStyleClass().add("exercise-feedback");
        workedText.setId("exercise-worked");
        workedText.setVisible(false);
        workedText.setManaged(false);
        HBox result = new HBox(18, feedback, worked, workedText);
        result.getStyleClass().add("exercise-result");
        // At the end the summary takes its place: the network keeps the height.
        result.visibleProperty().bind(exercise.feedbackProperty().isNotNull().and(exercise.endingProperty().isEmpty()));
        result.managedProperty().bind(result.visibleProperty());

        // The end: the score, and the wrong answers to try again.
        Label ending = new Label();
        ending.setId("exercise-ending");
        ending.getStyleClass().add("exercise-feedback");
        ending.textProperty().bind(exercise.endingProperty());
        Label retryTitle = new Label();
        retryTitle.textProperty().bind(Messages.text("exercise.retry"));
        retryTitle.getStyleClass().add("exercise-muted");
        Label retryList = new Label();
        retryList.setId("exercise-retry-list");
        retryList.getStyleClass().add("exercise-muted");
        retryList.setWrapText(true);
        retryList.textProperty().bind(exercise.toRetryProperty().map(lines -> String.join(",   ", lines)));
        Button retry = button("exercise-retry", "exercise.retryButton", exercise::retryWrong);
        Label allRight = new Label();
        allRight.textProperty().bind(Messages.text("exercise.allRight"));
        allRight.getStyleClass().add("exercise-muted");
        HBox retryRow = new HBox(14, retryTitle, retryList, retry);
        retryRow.getStyleClass().add("exercise-ask");
        var wrongOnes = javafx.beans.binding.Bindings.createBooleanBinding(() -> !exercise.toRetryProperty().get().isEmpty(), exercise.toRetryProperty());
        retryRow.visibleProperty().bind(wrongOnes);
        retryRow.managedProperty().bind(retryRow.visibleProperty());
        allRight.visibleProperty().bind(exercise.endingProperty().isNotEmpty().and(wrongOnes.not()));
        allRight.managedProperty().bind(allRight.visibleProperty());
        VBox end = new VBox(6, ending, retryRow, allRight);
        end.visibleProperty().bind(exercise.endingProperty().isNotEmpty());
        end.managedProperty().bind(end.visibleProperty());
        waiting.visibleProperty().unbind();
        waiting.visibleProperty().bind(exercise.questionProperty().isNull().and(exercise.feedbackProperty().isNull())
                .and(exercise.endingProperty().isEmpty()));

        getChildren().addAll(header, ask, waiting, hintText, result, end);
        exercise.questionProperty().addListener((o, was, is) -> showQuestion());
        exercise.feedbackProperty().addListener((o, was, is) -> showFeedback());
        // A theme, type scale or presenting change restyles the strip: the pictures are drawn again at the label's ink and
        // size as they settle (the font can change after the ink in one pass, and the picture kept the passing size: 8 px
        // text at 1024×768), without clearing what the student typed or moving the focus.
        questionText.textFillProperty().addListener((o, was, is) -> { renderQuestion(); showFeedback(); });
        questionText.fontProperty().addListener((o, was, is) -> { renderQuestion(); showFeedback(); });
        showQuestion();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Messages.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void check() {
        exercise.answer(answer.getText()).ifPresentOrElse(problem -> {
            answer.pseudoClassStateChanged(WRONG, true);
            feedback.setText(problem);
        }, () -> answer.pseudoClassStateChanged(WRONG, false));
    }

    private void showQuestion() {
        StepFormula f = exercise.questionFormula();
        answer.clear();
        questionText.setText(f == null ? "" : deltaflow.diagram.UnicodeScripts.of(f.quantity()) + " = " + deltaflow.diagram.UnicodeScripts.of(f.symbols()) + " = ?");
        renderQuestion();
        if (f != null) {
            // The student types at once; the arrows cannot step past a held value anyway.
            Platform.runLater(answer::requestFocus);
        } else if (answer.isFocused() && getScene() != null) {
            // Back to the window, so the arrows step again.
            Platform.runLater(() -> getScene().getRoot().requestFocus());
        }
    }

    /** The question's picture at the label's current size and ink. */
    private void renderQuestion() {
        StepFormula f = exercise.questionFormula();
        question.setImage(f == null ? null : TexRenderer.render(f.quantity().latex() + " = " + f.symbols().latex() + " = \\;?", size(), ink()));
        question.setAccessibleText(questionText.getText());
    }

    private void showFeedback() {
        ExerciseViewModel.Feedback f = exercise.getFeedback();
        feedback.pseudoClassStateChanged(RIGHT, f != null && f.correct());
        feedback.pseudoClassStateChanged(WRONG, f != null && !f.correct());
        feedback.setText(f == null ? "" : f.message());
        StepFormula formula = f == null ? null : f.formula();
        workedText.setText(formula == null ? "" : deltaflow.diagram.UnicodeScripts.of(formula.full()));
        worked.setImage(formula == null ? null : TexRenderer.render(FormulaPanel.texOneLine(formula), size() * 0.8f, ink()));
        worked.setAccessibleText(workedText.getText());
    }

    private float size() { return (float) questionText.getFont().getSize(); }

    private Color ink() { return questionText.getTextFill() instanceof Color c ? c : null; }

    /** The width a field needs to show its whole prompt, at its font, inside its border and padding (a pixel to spare). */
    static double promptWidth(TextField field) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(field.getPromptText() == null ? "" : field.getPromptText());
        text.setFont(field.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth() + field.getInsets().getLeft() + field.getInsets().getRight()) + 2;
    }
}
