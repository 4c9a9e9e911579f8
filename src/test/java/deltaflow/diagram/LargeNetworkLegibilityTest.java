package deltaflow.diagram;

import deltaflow.model.RandomNetworks;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.model.Numbers;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in 784-128-64-10 network laid out for the 1920×1080 window, without zooming: wide layers are summary
 * boxes, every text is at least 14 px, no text is printed over another or over a neuron it does not label, a
 * summary's text stays in its box, and the step's own value is always labelled.
 */
class LargeNetworkLegibilityTest {
    /** The network area of the 1920×1080 window, with the inspector open. */
    private static final double WINDOW_W = 1480, WINDOW_H = 660;
    private static final Timeline MNIST = Timeline.of(Scenarios.builtIn("mnist-shaped"));

    /** Steps of every kind the diagram labels, in every layer, named for the messages. */
    private static Map<String, Integer> moments(Timeline t) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("start", 0);
        m.put("z₅¹", t.indexOf(ValueRef.z(0, 1, 4)) + 1);
        m.put("a₄₁²", t.indexOf(ValueRef.a(0, 2, 40)) + 1);
        m.put("a₃³", t.indexOf(ValueRef.a(0, 3, 2)) + 1);
        m.put("δ₇³", t.indexOf(ValueRef.delta(0, 3, 6)) + 1);
        m.put("δ₃₁²", t.indexOf(ValueRef.delta(0, 2, 30)) + 1);
        m.put("δ₆₄²", t.indexOf(ValueRef.delta(0, 2, 63)) + 1);
        m.put("δ₄¹", t.indexOf(ValueRef.delta(0, 1, 3)) + 1);
        m.put("∂C/∂w₆,₇₁²", t.indexOf(ValueRef.weightGradient(0, 2, 5, 70)) + 1);
        m.put("∂C/∂w₁₀₁,₄₀₁¹", t.indexOf(ValueRef.weightGradient(0, 1, 100, 400)) + 1);
        m.put("w₆₁,₃₀₁¹ update", t.indexOf(ValueRef.updatedWeight(1, 60, 300)) + 1);
        m.put("w₅,₃₁³ update", t.indexOf(ValueRef.updatedWeight(3, 4, 30)) + 1);
        m.put("b₂₁² update", t.indexOf(ValueRef.updatedBias(2, 20)) + 1);
        m.put("b₁₀³ update", t.indexOf(ValueRef.updatedBias(3, 9)) + 1);
        m.put("end", t.size());
        return m;
    }

    private static Diagram build(int position, View view, double textScale) {
        return DiagramBuilder.build(MNIST, position, DiagramOptions.defaults().withView(view).withTextScale(textScale).withViewport(WINDOW_W, WINDOW_H));
    }

    /** Everything a reader at the back would trip over, as messages; empty when the diagram is legible. */
    private static List<String> problems(Diagram d, Step step, View view, double minimumPx) {
        List<String> problems = new ArrayList<>();
        double px = TextLayout.smallestPx(d, WINDOW_W, WINDOW_H);
        if (px < minimumPx - 1e-9) problems.add("smallest text " + px + " px");
        TextLayout.overprinted(d).forEach(p -> problems.add("overprinted " + p));
        TextLayout.overNeurons(d).forEach(p -> problems.add("text " + p));
        TextLayout.outside(d).forEach(p -> problems.add("outside the drawing: " + p));
        problems.addAll(summariesOutsideTheirBoxes(d));
        if (step != null && !stepLabelled(d, step, view)) problems.add("no label for the step " + step.result());
        return problems;
    }

    /** Each summary's lines lie inside its box. */
    private static List<String> summariesOutsideTheirBoxes(Diagram d) {
        Map<String, double[]> boxes = new LinkedHashMap<>();
        for (Primitive p : d.primitives()) if (p instanceof Primitive.Rect r && r.id().matches("summary-(forward|reverse)-\\d+")) boxes.put(r.id(), TextLayout.box(r));
        List<String> outside = new ArrayList<>();
        for (Primitive.Text t : TextLayout.texts(d)) {
            if (!t.id().startsWith("summary-")) continue;
            double[] box = boxes.get(t.id().substring(0, t.id().lastIndexOf('-')));
            if (box == null || !TextLayout.inside(TextLayout.box(t), box)) outside.add(t.id() + " outside its box");
        }
        return outside;
    }

    /** The step's value is on the diagram, marked current: the reverse network shows δ, the forward one every value. */
    private static boolean stepLabelled(Diagram d, Step step, View view) {
        StepKind kind = step.kind();
        ValueRef r = step.result();
        if (view == View.REVERSE && kind != StepKind.DELTA) return true;
        if (kind == StepKind.WEIGHT_UPDATE) return d.find("weight-" + r.layer() + "-" + (r.neuron() + 1) + "-" + (r.source() + 1)).isPresent();
        if (kind == StepKind.BIAS_UPDATE) return d.find("bias-" + r.layer() + "-" + (r.neuron() + 1)).isPresent();
        if (kind != StepKind.Z && kind != StepKind.A && kind != StepKind.DELTA && kind != StepKind.WEIGHT_GRADIENT) return true;
        return TextLayout.texts(d).stream().anyMatch(t -> r.equals(t.target()) && t.hasClass("current"));
    }

    @Test
    void everyViewIsLegibleAt1920x1080WithoutZooming() throws Exception {
        List<String> problems = new ArrayList<>();
        for (View view : View.values()) {
            for (Map.Entry<String, Integer> moment : moments(MNIST).entrySet()) {
                Diagram d = build(moment.getValue(), view, 1);
                for (String p : problems(d, MNIST.current(moment.getValue()), view, 14)) problems.add(view + " at " + moment.getKey() + ": " + p);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (String moment : List.of("δ₆₄²", "w₅,₃₁³ update")) {
            Diagram d = build(moments(MNIST).get(moment), View.BOTH, 1);
            String name = moment.equals("δ₆₄²") ? "mnist-diagram-both-delta.png" : "mnist-diagram-both-update.png";
            ImageIO.write(Java2DRenderer.render(d, TextLayout.fit(d, WINDOW_W, WINDOW_H), false), "png", shots.resolve(name).toFile());
        }
    }

    @Test
    void atTwiceTheTypeSizeNothingOverlapsEither() {
        List<String> problems = new ArrayList<>();
        for (View view : View.values()) {
            for (Map.Entry<String, Integer> moment : moments(MNIST).entrySet()) {
                Diagram d = build(moment.getValue(), view, 2);
                for (String p : problems(d, MNIST.current(moment.getValue()), view, 24)) problems.add(view + " at " + moment.getKey() + ": " + p);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void wideLayersAreSummariesWithTheirSizeAndStatistics() {
        int end = MNIST.phaseEnd(Phase.BACKWARD, 0);
        Diagram d = build(end, View.BOTH, 1);
        for (String id : List.of("summary-forward-0", "summary-forward-1", "summary-forward-2", "summary-reverse-1", "summary-reverse-2")) {
            assertTrue(d.find(id).isPresent(), id);
        }
        assertTrue(d.find("summary-forward-3").isEmpty() && d.find("neuron-3-10-circle").isPresent(), "10 outputs keep their circles");
        // δ² over its 64 amplifiers, computed here from the timeline: max, mean and min to 3 significant digits.
        double max = -Double.MAX_VALUE, min = Double.MAX_VALUE, sum = 0;
        for (int i = 0; i < 64; i++) {
            double v = MNIST.value(ValueRef.delta(0, 2, i));
            max = Math.max(max, v);
            min = Math.min(min, v);
            sum += v;
        }
        assertEquals(List.of("64 neurons", "δ^2", "max " + Numbers.format(max, 3), "mean " + Numbers.format(sum / 64, 3), "min " + Numbers.format(min, 3)),
                lines(d, "summary-reverse-2"));
        assertEquals(List.of("784 inputs", "x", "max " + Numbers.format(max(0), 3), "mean " + Numbers.format(mean(0), 3), "min " + Numbers.format(min(0), 3)),
                lines(d, "summary-forward-0"));
        // Before layer 1 is computed its box says only its size.
        assertEquals(List.of("128 neurons"), lines(build(0, View.FORWARD, 1), "summary-forward-1"));
    }

    @Test
    void aSummaryCanBeOpenedAndANarrowLayerClosed() {
        int p = MNIST.indexOf(ValueRef.delta(0, 2, 30)) + 1;
        DiagramOptions o = DiagramOptions.defaults().withView(View.BOTH).withViewport(WINDOW_W, WINDOW_H);
        Diagram opened = DiagramBuilder.build(MNIST, p, o.withSummary("header-reverse-2", false));
        assertTrue(opened.find("summary-reverse-2").isEmpty());
        assertTrue(opened.find("amp-2-64-shape").isPresent());
        Diagram closed = DiagramBuilder.build(MNIST, p, o.withSummary("header-forward-3", true));
        assertEquals("10 neurons", lines(closed, "summary-forward-3").get(0));
        assertTrue(closed.find("neuron-3-10-circle").isEmpty());
        for (Diagram d : List.of(opened, closed)) assertTrue(TextLayout.smallestPx(d, WINDOW_W, WINDOW_H) >= 14 - 1e-9);
    }

    @Test
    void theStepsNeuronsAreDrawnInTheirSummaryBoxWithTheirValues() {
        // ∂C/∂w_6,71^2 = a_71^1 δ_6^2: both factors are drawn, labelled, in the boxes of layers 1 and 2.
        int p = MNIST.indexOf(ValueRef.weightGradient(0, 2, 5, 70)) + 1;
        Diagram d = build(p, View.BOTH, 1);
        assertTrue(d.find("neuron-1-71-circle").isPresent());
        assertTrue(((Primitive.Text) d.find("neuron-1-71").orElseThrow()).text().plain().startsWith("a_71^1 = "));
        assertTrue(d.find("amp-2-6-shape").isPresent());
        assertTrue(d.find("rdelta-2-6").orElseThrow().hasClass("operand"));
        assertTrue(d.find("neuron-1-70-circle").isEmpty(), "the other neurons stay in the summary");
        // z_5^1 = Σ_j w_5j^1 x_j + b_5^1 uses all 784 inputs: their box is marked rather than 784 dots drawn.
        Diagram z = build(MNIST.indexOf(ValueRef.z(0, 1, 4)) + 1, View.FORWARD, 1);
        assertTrue(z.find("summary-forward-0-halo").orElseThrow().hasClass("operand"));
        assertTrue(z.find("neuron-0-1-circle").isEmpty());
    }

    @Test
    void narrowLayersStayNeuronByNeuron() {
        int[] sizes = new int[9];
        java.util.Arrays.fill(sizes, 16);
        Timeline t = Timeline.of(RandomNetworks.sigmoid(sizes, 1));
        Diagram d = DiagramBuilder.build(t, 40, DiagramOptions.defaults().withViewport(WINDOW_W, WINDOW_H));
        assertTrue(d.primitives().stream().noneMatch(p -> p.id().startsWith("summary-")), "16-neuron layers keep their values");
        Diagram mazur = DiagramBuilder.build(Timeline.of(Scenarios.builtIn("mazur")), 10, DiagramOptions.defaults().withView(View.BOTH));
        assertTrue(mazur.primitives().stream().noneMatch(p -> p.id().startsWith("summary-")));
    }

    @Test
    void chineseSummariesFitTheirBoxes() {
        DiagramTexts chinese = DiagramTexts.of(Map.of("neurons", "{0} 個神經元", "inputs", "{0} 個輸入", "max", "最大", "mean", "平均", "min", "最小",
                "input", "輸入 x", "layer", "第 {0} 層", "output", "（輸出 y）"));
        Diagram d = DiagramBuilder.build(MNIST, MNIST.phaseEnd(Phase.BACKWARD, 0),
                DiagramOptions.defaults().withView(View.BOTH).withTexts(chinese).withViewport(WINDOW_W, WINDOW_H));
        assertEquals("128 個神經元", lines(d, "summary-reverse-1").get(0));
        assertEquals(List.of(), summariesOutsideTheirBoxes(d));
        assertEquals(List.of(), TextLayout.overprinted(d));
    }

    private static List<String> lines(Diagram d, String summary) {
        return TextLayout.texts(d).stream().filter(t -> t.id().matches(summary + "-\\d+")).map(t -> t.text().plain()).toList();
    }

    private static double max(int l) { return java.util.stream.IntStream.range(0, 784).mapToDouble(j -> MNIST.value(ValueRef.a(0, l, j))).max().orElseThrow(); }

    private static double min(int l) { return java.util.stream.IntStream.range(0, 784).mapToDouble(j -> MNIST.value(ValueRef.a(0, l, j))).min().orElseThrow(); }

    private static double mean(int l) { return java.util.stream.IntStream.range(0, 784).mapToDouble(j -> MNIST.value(ValueRef.a(0, l, j))).sum() / 784; }
}
