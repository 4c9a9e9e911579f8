package deltaflow.ui.reverse;

import deltaflow.diagram.UnicodeScripts;
import deltaflow.model.MathText;
import deltaflow.model.Notation;
import deltaflow.model.Numbers;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * The chain rule for the selected weight: ∂C^r/∂w_ij^l = a_j^{l−1} × δ_i^l, typeset, and with the numbers
 * once the timeline has them: a from the forward pass, δ from the backward pass.
 */
public final class ChainRuleCard extends VBox {
    /** Digits enough to check the product by hand against a worked example (Mazur's 9). */
    public static final int DIGITS = 9;

    private final StepperViewModel stepper;
    private final Label formula = new Label();
    private final Label numbers = new Label();
    private final Label sources = new Label();

    public ChainRuleCard(StepperViewModel stepper) {
        this.stepper = stepper;
        setId("chain-rule");
        getStyleClass().addAll("overlay-card", "chain-rule");
        Label title = new Label();
        title.textProperty().bind(Messages.text("chain.title"));
        title.getStyleClass().add("overlay-title");
        formula.setId("chain-formula");
        formula.getStyleClass().add("overlay-formula");
        numbers.setId("chain-numbers");
        numbers.getStyleClass().add("overlay-numbers");
        // "∂Cʳ/∂w₁₁² = a₁¹ × δ₁² = 0.593269992 × 0.138498562 = 0.082167041" is wider than the inspector: it wraps
        // at its spaces rather than cutting a factor short ("0.0…").
        formula.setWrapText(true);
        numbers.setWrapText(true);
        sources.getStyleClass().add("overlay-note");
        sources.setWrapText(true);
        getChildren().addAll(title, formula, numbers, sources);
        stepper.diagramProperty().addListener((o, was, is) -> update());
        Messages.localeProperty().addListener((o, was, is) -> update());
        update();
    }

    /** The weight w_ij^l a selection is about: the weight itself, its gradients or its update. */
    static Optional<ValueRef> weightOf(ValueRef ref) {
        if (ref == null || !ref.quantity().isOfWeight()) return Optional.empty();
        return Optional.of(ValueRef.weight(ref.layer(), ref.neuron(), ref.source()));
    }

    /**
     * The product to as many decimals as the finer factor shows (Mazur's 0.082167041 beside 0.593269992 and
     * 0.138498562): more would claim digits the factors on screen do not give.
     */
    static String product(double value, String a, String b) {
        int decimals = Math.max(decimals(a), decimals(b));
        if (decimals < 0 || value == 0 || !Double.isFinite(value)) return Numbers.format(value, DIGITS);
        String s = new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
        return s.replace('-', '\u2212');
    }

    /** Decimals of a plainly written number, −1 for one in scientific notation. */
    private static int decimals(String number) {
        if (!number.matches("[−-]?\\d+(\\.\\d+)?")) return -1;
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    private void update() {
        Optional<ValueRef> weight = weightOf(stepper.getSelection());
        setVisible(weight.isPresent());
        setManaged(weight.isPresent());
        if (weight.isEmpty()) return;
        int l = weight.get().layer(), i = weight.get().neuron(), j = weight.get().source();
        int r = stepper.example();
        Timeline t = stepper.getTimeline();
        MathText symbol = MathText.builder().add("∂", "\\partial ").append(Notation.costR()).text("/∂").append(Notation.weight(l, i, j)).build();
        MathText product = MathText.builder().append(symbol).text(" = ").append(deltaflow.model.InputNames.a(t.scenario(), l - 1, j)).text(" × ").append(Notation.delta(l, i)).build();
        formula.setText(UnicodeScripts.of(product));
        ValueRef a = ValueRef.a(r, l - 1, j), delta = ValueRef.delta(r, l, i);
        int position = stepper.getPosition();
        String av = t.isKnown(a, position) ? Numbers.format(t.value(a), DIGITS) : "?";
        String dv = t.isKnown(delta, position) ? Numbers.format(t.value(delta), DIGITS) : "?";
        String gv = t.isKnown(a, position) && t.isKnown(delta, position)
                ? product(t.value(ValueRef.weightGradient(r, l, i, j)), av, dv) : "?";
        // Two lines, so it fits the right-hand column in a font the back row can read.
        numbers.setText(av + " × " + dv + "\n= " + gv);
        String example = t.scenario().batchSize() > 1 ? Messages.get("chain.example", r + 1) + " · " : "";
        sources.setText(example + Messages.get("chain.sources"));
    }
}
