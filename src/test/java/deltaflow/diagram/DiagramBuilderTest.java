package deltaflow.diagram;

import deltaflow.model.RandomNetworks;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagramBuilderTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
    private final Timeline defaultNet = Timeline.of(Scenarios.builtIn("default"));

    private static String text(Diagram d, String id) {
        Primitive p = d.find(id).orElseThrow(() -> new AssertionError("no primitive " + id));
        return ((Primitive.Text) p).text().plain();
    }

    @Test
    void everyNeuronAndEdgeIsPresent() {
        Diagram d = DiagramBuilder.build(defaultNet, 0, DiagramOptions.defaults());
        int[] sizes = {2, 3, 2};
        for (int l = 0; l < sizes.length; l++) {
            for (int i = 1; i <= sizes[l]; i++) {
                assertTrue(d.find("neuron-" + l + "-" + i).isPresent(), "neuron-" + l + "-" + i);
                assertTrue(d.find("neuron-" + l + "-" + i + "-circle").isPresent());
            }
        }
        for (int l = 1; l < sizes.length; l++) {
            for (int i = 1; i <= sizes[l]; i++) {
                for (int j = 1; j <= sizes[l - 1]; j++) assertTrue(d.find("edge-" + l + "-" + i + "-" + j).isPresent());
            }
        }
        assertEquals(6 + 6, d.primitives().stream().filter(p -> p.hasClass("edge")).count());
    }

    @Test
    void idsAreUnique() {
        Diagram d = DiagramBuilder.build(Timeline.of(Scenarios.builtIn("softmax")), 10, DiagramOptions.defaults().withView(View.BOTH).withShowFormula(true).withTitle("t"));
        List<String> ids = d.primitives().stream().map(Primitive::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void labelsRevealWithPosition() {
        DiagramOptions options = DiagramOptions.defaults();
        int zStep = mazur.indexOf(ValueRef.z(0, 1, 0));
        Diagram before = DiagramBuilder.build(mazur, zStep, options);
        Diagram after = DiagramBuilder.build(mazur, zStep + 1, options);
        assertEquals("z_1^1", text(before, "z-1-1"));
        assertEquals("z_1^1 = 0.3775", text(after, "z-1-1"));
        // a_1^1 is the next step: still its symbol
        assertEquals("a_1^1", text(after, "neuron-1-1"));
        int aStep = mazur.indexOf(ValueRef.a(0, 1, 0));
        assertEquals("a_1^1", text(DiagramBuilder.build(mazur, aStep, options), "neuron-1-1"));
        assertEquals("0.5933", text(DiagramBuilder.build(mazur, aStep + 1, options), "neuron-1-1"));
        int deltaStep = mazur.indexOf(ValueRef.delta(0, 2, 0));
        assertEquals("δ_1^2", text(DiagramBuilder.build(mazur, deltaStep, options), "delta-2-1"));
        assertEquals("δ_1^2 = 0.1385", text(DiagramBuilder.build(mazur, deltaStep + 1, options), "delta-2-1"));
        // gradients on edges appear only once computed
        int gradStep = mazur.indexOf(ValueRef.weightGradient(0, 2, 0, 0));
        assertTrue(DiagramBuilder.build(mazur, gradStep, options).find("grad-2-1-1").isEmpty());
        // one example's gradient is ∂C^r/∂w, not the mean ∂C/∂w (issue #11 item 1: the label said ∂C/∂w)
        assertEquals("∂C^r/∂w_11^2 = 0.08217", text(DiagramBuilder.build(mazur, gradStep + 1, options), "grad-2-1-1"));
    }

    @Test
    void reverseViewHasAmplifiersLabelledWithMazursGains() {
        int end = mazur.phaseEnd(Phase.BACKWARD, 0);
        Diagram d = DiagramBuilder.build(mazur, end, DiagramOptions.defaults().withView(View.REVERSE));
        assertEquals("σ'(z_1^2) = 0.1868", text(d, "amp-2-1"));   // 0.186815602
        assertEquals("σ'(z_2^2) = 0.1755", text(d, "amp-2-2"));   // 0.175510053
        assertEquals("σ'(z_1^1) = 0.2413", text(d, "amp-1-1"));   // 0.241300709
        assertEquals("σ'(z_2^1) = 0.2406", text(d, "amp-1-2"));   // 0.240613417
        for (String id : List.of("amp-1-1-shape", "amp-1-2-shape", "amp-2-1-shape", "amp-2-2-shape")) {
            assertTrue(d.find(id).orElseThrow() instanceof Primitive.Polygon, id);
        }
        // one example's ∂C^r/∂y_n (issue #11 item 1: the label said ∂C/∂y)
        assertEquals("∂C^r/∂y_1 = 0.7414", text(d, "dcdy-1"));     // out_o1 − target_o1 = 0.74136507
        assertTrue(d.find("neuron-1-1").isEmpty(), "no forward neurons in the reverse view");
    }

    @Test
    void gainsStayHiddenUntilTheBackwardPassReachesThem() {
        int start = mazur.phaseStart(Phase.BACKWARD, 0);
        Diagram d = DiagramBuilder.build(mazur, start, DiagramOptions.defaults().withView(View.REVERSE));
        assertEquals("σ'(z_1^2)", text(d, "amp-2-1"));
        assertEquals(ColorRole.HIDDEN_TEXT, d.find("amp-2-1").orElseThrow().role());
    }

    @Test
    void softmaxOutputIsAJacobianBoxNotAGain() {
        Timeline softmax = Timeline.of(Scenarios.builtIn("softmax"));
        Diagram d = DiagramBuilder.build(softmax, softmax.size(), DiagramOptions.defaults().withView(View.REVERSE));
        assertTrue(d.find("jacobian-2-shape").isPresent());
        assertEquals("J^T (softmax)", text(d, "jacobian-2"));
        assertTrue(d.find("amp-2-1").isEmpty());
        assertTrue(d.find("amp-1-1").isPresent());
    }

    @Test
    void saturatedAndDeadNeuronsAreMarked() {
        Timeline vanishing = Timeline.of(Scenarios.builtIn("vanishing"));
        Diagram d = DiagramBuilder.build(vanishing, vanishing.size(), DiagramOptions.defaults().withView(View.REVERSE));
        boolean anyMarked = d.primitives().stream().anyMatch(p -> p.hasClass("saturated") || p.hasClass("dead"));
        assertTrue(anyMarked, "the vanishing scenario has a saturated neuron");
        assertEquals(Saturation.SATURATED, Saturation.of(deltaflow.model.Activation.SIGMOID, 0.0024));
        assertEquals(Saturation.NONE, Saturation.of(deltaflow.model.Activation.SIGMOID, 0.0026));
        assertEquals(Saturation.DEAD, Saturation.of(deltaflow.model.Activation.RELU, 0));
    }

    @Test
    void currentStepAndOperandsAreHighlighted() {
        int deltaStep = mazur.indexOf(ValueRef.delta(0, 1, 0));
        Diagram d = DiagramBuilder.build(mazur, deltaStep + 1, DiagramOptions.defaults());
        assertTrue(d.find("delta-1-1").orElseThrow().hasClass("current"));
        assertTrue(d.find("edge-2-1-1").orElseThrow().hasClass("operand"));   // w_11^2 is used by δ_1^1
        assertTrue(d.find("delta-2-1").orElseThrow().hasClass("operand"));
        assertFalse(d.find("delta-1-2").orElseThrow().hasClass("current"));
        Diagram plain = DiagramBuilder.build(mazur, deltaStep + 1, DiagramOptions.defaults().withHighlightCurrent(false));
        assertFalse(plain.find("delta-1-1").orElseThrow().hasClass("current"));
    }

    @Test
    void negativeEdgesAreDashedAndWidthFollowsMagnitude() {
        Diagram d = DiagramBuilder.build(defaultNet, 0, DiagramOptions.defaults());
        Primitive.Line negative = (Primitive.Line) d.find("edge-1-1-2").orElseThrow();   // w = −0.4
        Primitive.Line positive = (Primitive.Line) d.find("edge-2-2-3").orElseThrow();   // w = 0.9
        assertTrue(negative.dashed());
        assertEquals(ColorRole.NEGATIVE, negative.role());
        assertFalse(positive.dashed());
        assertTrue(positive.width() > negative.width());
    }

    @Test
    void hitTestFindsNeuronsAndEdges() {
        Diagram d = DiagramBuilder.build(mazur, mazur.size(), DiagramOptions.defaults().withValues(EnumSet.noneOf(Shown.class)));
        Primitive.Circle c = (Primitive.Circle) d.find("neuron-2-1-circle").orElseThrow();
        assertEquals(Optional.of(ValueRef.a(0, 2, 0)), d.hitTest(c.cx() + c.r() / 2, c.cy()));
        Primitive.Line e = (Primitive.Line) d.find("edge-2-1-2").orElseThrow();
        double mx = (e.x1() + e.x2()) / 2, my = (e.y1() + e.y2()) / 2;
        assertEquals(Optional.of(ValueRef.weight(2, 0, 1)), d.hitTest(mx, my));
        assertEquals(Optional.empty(), d.hitTest(1, 1));
        Diagram reverse = DiagramBuilder.build(mazur, mazur.size(), DiagramOptions.defaults().withView(View.REVERSE));
        Primitive.Polygon amp = (Primitive.Polygon) reverse.find("amp-1-1-shape").orElseThrow();
        assertEquals(Optional.of(ValueRef.delta(0, 1, 0)), reverse.hitTest((amp.x(0) + amp.x(2)) / 2, amp.y(2)));
    }

    @Test
    void defaultScenarioIsLegibleOnA1080pScreenAtScale2() {
        for (View view : List.of(View.FORWARD, View.REVERSE)) {
            Diagram d = DiagramBuilder.build(defaultNet, defaultNet.size(), DiagramOptions.defaults().withView(view).withShowFormula(true));
            double fit = Math.min(1920 / d.width(), 1080 / d.height());
            double smallest = d.primitives().stream().filter(p -> p instanceof Primitive.Text)
                    .mapToDouble(p -> ((Primitive.Text) p).fontSize()).min().orElseThrow();
            assertTrue(smallest * fit >= 24, view + ": smallest label " + smallest * fit + " px");
        }
    }

    /** How fast it builds is measured by ExportBenchmark ("build the diagram"), not timed here. */
    @Test
    void eightLayersOfSixteenFitAndAHugeNetworkIsSummarised() {
        // 784-128-10 has 101,632 edges forward; the reverse network has only W^2 (δ^1 is its output)
        deltaflow.model.Scenario big = RandomNetworks.sigmoid(new int[] {784, 128, 10}, 1);
        Timeline t = Timeline.of(big);
        Diagram d = DiagramBuilder.build(t, t.size(), DiagramOptions.defaults().withView(View.BOTH));
        assertEquals(101_632 + 1280, d.primitives().stream().filter(p -> p.hasClass("edge")).count());
        assertTrue(d.find("neuron-0-784").isEmpty(), "no unreadable labels on 784 inputs");
        // 784 dots of 1.8 units say nothing: the inputs are one box with their count; asked for, every neuron is drawn.
        assertEquals("784 inputs", text(d, "summary-forward-0-1"));
        assertTrue(d.find("neuron-0-784-circle").isEmpty());
        Diagram every = DiagramBuilder.build(t, t.size(), DiagramOptions.defaults().withView(View.BOTH).withSummary("header-forward-0", false));
        assertTrue(every.find("neuron-0-784-circle").isPresent());
        assertTrue(every.find("summary-forward-0").isEmpty());

        Timeline wide = Timeline.of(RandomNetworks.sigmoid(new int[] {16, 16, 16, 16, 16, 16, 16, 16, 16}, 1));
        Diagram eight = DiagramBuilder.build(wide, wide.size(), DiagramOptions.defaults());
        assertTrue(eight.find("neuron-8-16").isPresent(), "8 layers × 16 neurons keep their labels");
    }

    /**
     * A dense layer's edges are kept from the last build of the same network: a build that reuses them must equal
     * one that makes every edge afresh, at every kind of step, the marks included.
     */
    @Test
    void keptDenseEdgesDrawTheSameDiagramAsFreshOnes() {
        Timeline timeline = Timeline.of(RandomNetworks.sigmoid(new int[] {300, 12, 3}, 2)); // 3,600 edges into layer 1: dense
        DiagramOptions options = DiagramOptions.defaults().withView(View.BOTH).withViewport(1400, 800);
        int[] positions = {0, timeline.phaseStart(Phase.BACKWARD, 0) + 1, timeline.phaseStart(Phase.GRADIENTS, 0) + 3, timeline.size() - 1, timeline.size()};
        for (int p : positions) {
            DiagramBuilder.build(timeline, Math.max(0, p - 1), options); // fills the kept edges
            List<Primitive> reused = DiagramBuilder.build(timeline, p, options).primitives();
            assertEquals(fresh(() -> DiagramBuilder.build(timeline, p, options)).primitives(), reused, "position " + p);
            assertTrue(reused.stream().filter(q -> q.id().startsWith("edge-1-")).count() >= 3600, "the dense layer is drawn");
        }
        DiagramOptions selecting = options.withSelected(ValueRef.weight(1, 5, 7));
        DiagramBuilder.build(timeline, timeline.size(), options);
        assertEquals(fresh(() -> DiagramBuilder.build(timeline, timeline.size(), selecting)).primitives(),
                DiagramBuilder.build(timeline, timeline.size(), selecting).primitives());
    }

    private static Diagram fresh(java.util.function.Supplier<Diagram> build) {
        DenseEdges.enabled = false;
        try {
            return build.get();
        } finally {
            DenseEdges.enabled = true;
        }
    }
}
