package deltaflow.ui;

import deltaflow.model.MathText;
import deltaflow.model.StepFormula;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
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
final class FormulaPanel extends Region {
    private final StepperViewModel stepper;
    private final Label plain = new Label();
    private final Label placeholder = new Label("Press → or Space to compute the first value");
    private final List<ImageView> lines = new ArrayList<>();
    private boolean dirty = true;

    FormulaPanel(StepperViewModel stepper) {
        this.stepper = stepper;
        getStyleClass().add("formula-panel");
        setId("formula-panel");
        plain.setId("formula-text");
        plain.getStyleClass().add("formula-text");
        plain.setVisible(false);
        plain.setManaged(false);
        placeholder.getStyleClass().add("formula-placeholder");
        for (int k = 0; k < 3; k++) {
            ImageView line = new ImageView();
            line.setSmooth(true);
            line.setId("formula-line-" + (k + 1));
            lines.add(line);
        }
        getChildren().add(plain);
        getChildren().add(placeholder);
        getChildren().addAll(lines);
        stepper.formulaProperty().addListener((o, was, is) -> invalidate());
        // The ink comes from CSS, so a theme change re-renders.
        plain.textFillProperty().addListener((o, was, is) -> invalidate());
        plain.fontProperty().addListener((o, was, is) -> invalidate());
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    private void render() {
        dirty = false;
        StepFormula formula = stepper.getFormula();
        placeholder.setVisible(formula == null);
        plain.setText(formula == null ? "" : formula.full().plain());
        List<String> tex = formula == null ? List.of() : texLines(formula);
        float size = (float) plain.getFont().getSize();
        Paint fill = plain.getTextFill();
        Color ink = fill instanceof Color c ? c : null; // null: JLaTeXMath's default ink
        for (int k = 0; k < lines.size(); k++) {
            ImageView view = lines.get(k);
            Image image = null;
            if (k < tex.size()) {
                try {
                    image = TexRenderer.render(tex.get(k), size, ink);
                } catch (RuntimeException e) {
                    // A formula JLaTeXMath cannot parse is a bug, but the lesson goes on with the plain text.
                    image = null;
                    placeholder.setText(formula.full().plain());
                    placeholder.setVisible(true);
                }
            }
            view.setImage(image);
            view.setAccessibleText(k == 0 && formula != null ? formula.full().plain() : null);
        }
    }

    /** quantity = symbols; = numbers; = result. */
    static List<String> texLines(StepFormula f) {
        List<String> out = new ArrayList<>();
        out.add(f.quantity().latex() + " = " + f.symbols().latex());
        if (!empty(f.numbers())) out.add("\\phantom{" + f.quantity().latex() + "} = " + f.numbers().latex());
        out.add("\\phantom{" + f.quantity().latex() + "} = " + f.result().latex());
        return out;
    }

    private static boolean empty(MathText m) { return m.latex().isBlank(); }

    @Override protected void layoutChildren() {
        if (dirty) render();
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        double naturalWidth = 0, naturalHeight = 0;
        for (ImageView line : lines) {
            if (line.getImage() == null) continue;
            naturalWidth = Math.max(naturalWidth, line.getImage().getWidth());
            naturalHeight += line.getImage().getHeight();
        }
        double scale = naturalWidth == 0 ? 1 : Math.min(1, Math.min(width / naturalWidth, height / naturalHeight));
        double y = in.getTop();
        for (ImageView line : lines) {
            Image image = line.getImage();
            if (image == null) continue;
            line.setFitWidth(image.getWidth() * scale);
            line.setFitHeight(image.getHeight() * scale);
            line.relocate(in.getLeft(), y);
            y += image.getHeight() * scale;
        }
        placeholder.resizeRelocate(in.getLeft(), in.getTop(), width, Math.min(height, placeholder.prefHeight(width)));
    }

    @Override protected double computePrefHeight(double width) {
        return 3 * 1.6 * plain.getFont().getSize() + getInsets().getTop() + getInsets().getBottom();
    }

    @Override protected double computeMinHeight(double width) { return computePrefHeight(width) * 0.8; }
}
