package deltaflow.ui.stepper;

import deltaflow.ui.stepper.state.BuiltInTexts;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.MathText;
import deltaflow.model.StepFormula;
import deltaflow.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.ArrayList;
import java.util.List;

/**
 * The current step's equation, typeset, on three lines: in symbols, with the numbers filled in, and the
 * result. Shrinks to fit its space, never grows past the size the stylesheet sets. The plain text stays in
 * a hidden label (#formula-text) for tests and screen readers; that label's font size and colour, set in
 * CSS, are the formula's.
 */
public final class FormulaPanel extends Region {
    private final StepperViewModel stepper;
    private final Label plain = new Label();
    /** Before the first step: what the scenario is, and how to begin. */
    private final Label placeholder = new Label();
    private final List<ImageView> lines = new ArrayList<>();
    /** The same equation on one line: chosen when it can be shown larger than the three lines (wide matrices). */
    private final ImageView oneLine = new ImageView();
    private boolean dirty = true;
    private List<TexRenderer.Typeset> stacked = List.of();
    private TexRenderer.Typeset single;
    /** {@link #stacked} holds the list of equations with numbers, {@link #single} the same in symbols only. */
    private boolean equationList;

    public FormulaPanel(StepperViewModel stepper) {
        this.stepper = stepper;
        getStyleClass().add("formula-panel");
        setId("formula-panel");
        plain.setId("formula-text");
        plain.getStyleClass().add("formula-text");
        plain.setVisible(false);
        plain.setManaged(false);
        placeholder.getStyleClass().add("formula-placeholder");
        placeholder.setId("formula-placeholder");
        placeholder.setWrapText(true);
        for (int k = 0; k < 3; k++) {
            ImageView line = new ImageView();
            line.setSmooth(true);
            line.setId("formula-line-" + (k + 1));
            lines.add(line);
        }
        getChildren().add(plain);
        getChildren().add(placeholder);
        getChildren().addAll(lines);
        oneLine.setId("formula-one-line");
        getChildren().add(oneLine);
        stepper.formulaProperty().addListener((o, was, is) -> invalidate());
        stepper.formulasProperty().addListener((o, was, is) -> invalidate());
        stepper.scenarioProperty().addListener((o, was, is) -> invalidate());
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(languageChanged));
        // The ink comes from CSS, so a theme change re-renders.
        plain.textFillProperty().addListener((o, was, is) -> invalidate());
        plain.fontProperty().addListener((o, was, is) -> invalidate());
    }

    private final javafx.beans.InvalidationListener languageChanged = o -> invalidate();

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    /** Typesets (lays out, does not yet paint) the three lines and the one line: layout picks one and paints it. */
    private void render() {
        dirty = false;
        StepFormula formula = stepper.getFormula();
        placeholder.setVisible(formula == null);
        var scenario = stepper.getScenario();
        placeholder.setText(BuiltInTexts.introduction(scenario) + "\n" + Messages.get("formula.begin"));
        List<StepFormula> list = stepper.getFormulas();
        boolean several = formula != null && list.size() > 1;
        plain.setText(formula == null ? "" : several ? String.join("\n", list.stream().map(f -> f.full().plain()).toList()) : formula.full().plain());
        float size = (float) plain.getFont().getSize();
        Paint fill = plain.getTextFill();
        Color ink = fill instanceof Color c ? c : null; // null: JLaTeXMath's default ink
        stacked = new ArrayList<>();
        single = null;
        equationList = false;
        try {
            if (several) {
                // A layer's weights and biases, or a whole pass: its equations one under the other, with their numbers
                // when they fit legibly, else in symbols only (the slides' summary of a pass).
                stacked.add(TexRenderer.typeset(texList(list, true), size, ink));
                single = TexRenderer.typeset(texList(list, false), size, ink);
                equationList = true;
            } else if (formula != null) {
                for (String tex : texLines(formula)) stacked.add(TexRenderer.typeset(tex, size, ink));
                single = TexRenderer.typeset(texOneLine(formula), size, ink);
            }
        } catch (RuntimeException e) {
            // A formula JLaTeXMath cannot parse is a bug, but the lesson goes on with the plain text.
            stacked = List.of();
            single = null;
            placeholder.setText(formula.full().plain());
            placeholder.setVisible(true);
        }
        String accessible = formula == null ? null : formula.full().plain();
        lines.get(0).setAccessibleText(accessible);
        oneLine.setAccessibleText(accessible);
    }

    /** quantity = symbols; = numbers; = result. */
    static List<String> texLines(StepFormula f) {
        List<String> out = new ArrayList<>();
        out.add(f.quantity().latex() + " = " + f.symbols().latex());
        if (!empty(f.numbers())) out.add("\\phantom{" + f.quantity().latex() + "} = " + f.numbers().latex());
        out.add("\\phantom{" + f.quantity().latex() + "} = " + f.result().latex());
        return out;
    }

    /** quantity = symbols = numbers = result. */
    public static String texOneLine(StepFormula f) {
        String numbers = empty(f.numbers()) ? "" : " = " + f.numbers().latex();
        return f.quantity().latex() + " = " + f.symbols().latex() + numbers + " = " + f.result().latex();
    }

    /** Equations one per line, aligned at "=": quantity = symbols (= result). */
    public static String texList(List<StepFormula> formulas, boolean withResults) {
        StringBuilder tex = new StringBuilder("\\begin{array}{rl}");
        for (int k = 0; k < formulas.size(); k++) {
            StepFormula f = formulas.get(k);
            if (k > 0) tex.append(" \\\\ ");
            tex.append(f.quantity().latex()).append(" & = ").append(f.symbols().latex());
            if (withResults && !empty(f.result())) tex.append(" = ").append(f.result().latex());
        }
        return tex.append("\\end{array}").toString();
    }

    private static boolean empty(MathText m) { return m.latex().isBlank(); }

    @Override protected void layoutChildren() {
        if (dirty) render();
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        double stackedWidth = 0, stackedHeight = 0;
        for (TexRenderer.Typeset line : stacked) {
            stackedWidth = Math.max(stackedWidth, line.width());
            stackedHeight += line.height();
        }
        double stackedScale = scale(width, height, stackedWidth, stackedHeight);
        double flat = single == null ? 0 : scale(width, height, single.width(), single.height());
        // Three lines as the slides do, unless one line shows the equation clearly larger. A list of equations keeps its
        // numbers unless they would be shrunk to under 70 % of the formula's size; then it shows the symbols only.
        boolean useOneLine = equationList ? stackedScale < 0.7 && flat > stackedScale : flat > stackedScale * 1.15;
        oneLine.setImage(useOneLine ? single.image() : null);
        for (int k = 0; k < lines.size(); k++) lines.get(k).setImage(!useOneLine && k < stacked.size() ? stacked.get(k).image() : null);
        oneLine.setVisible(useOneLine);
        lines.forEach(line -> line.setVisible(!useOneLine));
        if (useOneLine) {
            place(oneLine, in.getLeft(), in.getTop() + (height - single.height() * flat) / 2, flat);
            return;
        }
        double y = in.getTop();
        for (ImageView line : lines) {
            if (line.getImage() == null) continue;
            place(line, in.getLeft(), y, stackedScale);
            y += line.getImage().getHeight() * stackedScale;
        }
        placeholder.resizeRelocate(in.getLeft(), in.getTop(), width, Math.min(height, placeholder.prefHeight(width)));
    }

    /** The largest scale, at most 1, at which an image of this size fits. */
    private static double scale(double width, double height, double imageWidth, double imageHeight) {
        if (imageWidth == 0 || imageHeight == 0) return 1;
        return Math.min(1, Math.min(width / imageWidth, height / imageHeight));
    }

    private static void place(ImageView view, double x, double y, double scale) {
        view.setFitWidth(view.getImage().getWidth() * scale);
        view.setFitHeight(view.getImage().getHeight() * scale);
        view.relocate(x, y);
    }

    @Override protected double computePrefHeight(double width) {
        return 3 * 1.6 * plain.getFont().getSize() + getInsets().getTop() + getInsets().getBottom();
    }

    @Override protected double computeMinHeight(double width) { return computePrefHeight(width) * 0.8; }
}
