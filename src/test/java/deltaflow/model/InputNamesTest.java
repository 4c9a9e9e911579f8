package deltaflow.model;

import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs named by their features (x₁², sin(x₁), x₁x₂) or columns, in the file, the formulas and training's scenarios. */
class InputNamesTest {
    private static final String FILE = """
            {"format": "deltaflow-scenario", "version": 1, "title": "features",
             "network": {"inputs": 3, "inputNames": ["x1^2", "sinx1", "petal length"], "cost": "squared",
               "layers": [{"activation": "tanh", "weights": [[0.5, -0.25, 1]], "biases": [0.125]}]},
             "examples": [{"x": [4, 0.5, 1.5], "y": [1]}], "learningRate": 0.03}
            """;

    private static Scenario read(String text) throws ScenarioException {
        return ScenarioFormat.read(new StringReader(text), "t");
    }

    @Test
    void aFileNamesItsInputsAndASaveKeepsTheNames() throws Exception {
        Scenario s = read(FILE);
        assertEquals(List.of("x1^2", "sinx1", "petal length"), s.inputNames());
        StringWriter out = new StringWriter();
        ScenarioFormat.write(s, out);
        assertEquals(s, read(out.toString()));
        assertEquals(s.inputNames(), read(out.toString()).inputNames());
        assertEquals(s.inputNames(), s.withNetwork(s.network().withWeight(1, 0, 0, 2)).inputNames());
        StringWriter plain = new StringWriter();
        ScenarioFormat.write(Scenarios.builtIn("default"), plain);
        assertTrue(!plain.toString().contains("inputNames"), "a scenario without names writes none");
    }

    @Test
    void namesReadInTheLecturesNotation() {
        assertEquals("x_1^2", InputNames.named("x1^2").plain());
        assertEquals("x^{2}_{2}{}", InputNames.named("x2^2").latex());
        assertEquals("sin(x_1)", InputNames.named("sinx1").plain());
        assertEquals("\\sin(x_{2}{})", InputNames.named("sinx2").latex());
        assertEquals("x_1x_2", InputNames.named("x1x2").plain());
        assertEquals("petal length", InputNames.named("petal length").plain());
        assertEquals("\\mathrm{petal\\ length\\_cm\\%}", InputNames.named("petal length_cm%").latex());
        assertEquals("x_3", InputNames.symbol(List.of(), 2).plain(), "without names: the lecture's x");
    }

    @Test
    void theFormulasOfTheFirstLayerNameTheFeatures() throws Exception {
        Timeline t = Timeline.of(read(FILE));
        StepFormula z = t.formula(t.step(t.indexOf(ValueRef.z(0, 1, 0))), 4);
        assertEquals("w_11^1 x_1^2 + w_12^1 sin(x_1) + w_13^1 petal length + b_1^1", z.symbols().plain());
        StepFormula gradient = t.formula(t.step(t.indexOf(ValueRef.weightGradient(0, 1, 0, 1))), 4);
        assertEquals("sin(x_1) δ_1^1", gradient.symbols().plain());
        Timeline unnamed = Timeline.of(read(FILE).withInputNames(List.of()));
        assertEquals("w_11^1 x_1 + w_12^1 x_2 + w_13^1 x_3 + b_1^1",
                unnamed.formula(unnamed.step(unnamed.indexOf(ValueRef.z(0, 1, 0))), 4).symbols().plain());
    }

    @Test
    void badNamesAreRefusedNamingThePlace() {
        ScenarioException count = assertThrows(ScenarioException.class, () -> read(FILE.replace("\"petal length\"", "")
                .replace("\"sinx1\", ", "\"sinx1\"")));
        assertEquals("network.inputNames: 2 names, expected 3 (the network's inputs)", count.getMessage());
        ScenarioException empty = assertThrows(ScenarioException.class, () -> read(FILE.replace("\"sinx1\"", "\" \"")));
        assertEquals("network.inputNames[1]: a name of 1 to 40 characters", empty.getMessage());
        ScenarioException notText = assertThrows(ScenarioException.class, () -> read(FILE.replace("\"sinx1\"", "7")));
        assertEquals("network.inputNames[1]", notText.location());
    }

    @Test
    void trainingsScenariosNameTheChosenFeatures() {
        DataSet data = DataSet.planar(Generator.SPIRAL, 100, 0, 0.5, 1, EnumSet.of(Feature.X1, Feature.X1_SQUARED, Feature.SIN_X2));
        Training training = new Training(data, Initializer.network(new int[] {3, 4, 1}, Activation.TANH, Activation.TANH, 1),
                TrainingSettings.defaults(1));
        assertEquals(List.of("x1", "x1^2", "sinx2"), training.nextUpdate().inputNames());
        Timeline t = Timeline.of(training.nextUpdate());
        assertTrue(t.formula(t.step(t.indexOf(ValueRef.z(0, 1, 0))), 4).symbols().plain().contains("w_13^1 sin(x_2)"));
    }
}
