package deltaflow.diagram;

import deltaflow.diagram.export.SvgWriter;
import deltaflow.diagram.export.TikzWriter;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The input neurons carry the scenario's names of its inputs (TensorFlow Playground's features), in every export. */
class FeatureLabelsTest {
    private final Scenario named = Scenarios.builtIn("default").withInputNames(List.of("x1^2", "sinx2"));

    private static String text(Diagram d, String id) {
        return ((Primitive.Text) d.find(id).orElseThrow(() -> new AssertionError("no primitive " + id))).text().plain();
    }

    @Test
    void theInputNeuronsAreLabelledWithTheirFeatures() throws Exception {
        Timeline t = Timeline.of(named);
        Diagram d = DiagramBuilder.build(t, 0, DiagramOptions.defaults());
        assertEquals("x_1^2", text(d, "x-1"));
        assertEquals("sin(x_2)", text(d, "x-2"));
        Diagram unnamed = DiagramBuilder.build(Timeline.of(Scenarios.builtIn("default")), 0, DiagramOptions.defaults());
        assertEquals("x_1", text(unnamed, "x-1"));

        String svg = new SvgWriter(false).write(d);
        assertTrue(svg.matches("(?s).*<tspan>sin\\(x?</tspan>.*"), "sin(x₂) in the SVG");
        String tex = new TikzWriter(false, false, 16).write(d);
        assertTrue(tex.contains("$\\sin(x_{2}{})$"), "sin(x₂) typeset in the TikZ");
        assertTrue(tex.contains("$x^{2}_{1}{}$"), "x₁² typeset in the TikZ");
    }
}
