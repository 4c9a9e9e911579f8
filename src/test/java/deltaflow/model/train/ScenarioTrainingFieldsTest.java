package deltaflow.model.train;

import deltaflow.model.Granularity;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.ScenarioException;
import deltaflow.model.ScenarioFormat;
import deltaflow.model.Scenarios;
import deltaflow.model.Session;
import deltaflow.model.SessionFormat;
import deltaflow.model.TrainingSection;
import deltaflow.model.data.Feature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario file's "data" and "training" fields live in the scenario value and survive every save. */
class ScenarioTrainingFieldsTest {
    private static final String HEAD = """
            {"format": "deltaflow-scenario", "version": 1, "title": "t",
             "network": {"inputs": 2, "cost": "squared", "layers": [{"activation": "tanh", "size": 3}, {"activation": "tanh", "size": 1}]},
             "examples": [{"x": [0.5, -1], "y": [1]}], "learningRate": 0.03""";

    private static Scenario read(String fields) throws ScenarioException {
        return ScenarioFormat.read(new StringReader(HEAD + fields + "}"), "t");
    }

    private static String write(Scenario scenario) throws Exception {
        StringWriter out = new StringWriter();
        ScenarioFormat.write(scenario, out);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ", \"data\": \"spiral\"",
            ", \"data\": \"digits\", \"training\": {\"epochs\": 12}",
            ", \"data\": {\"source\": \"xor\", \"points\": 300, \"noise\": 12.5, \"trainPercent\": 70, \"seed\": 4, \"features\": [\"sinx2\", \"x1\", \"x1x2\"]}",
            ", \"data\": {\"source\": \"data/points.csv\", \"inputs\": [\"a\", \"b\"], \"target\": \"c\", \"trainPercent\": 80}",
            ", \"data\": {\"source\": \"p.csv\", \"noise\": 3, \"points\": 40, \"features\": [\"x2\"]}",
            ", \"training\": {\"batchSize\": 10, \"regularization\": \"l1\", \"regularizationRate\": 0.001, \"epochs\": 300, \"seed\": 7}",
            ", \"training\": {\"regularization\": \"l2\"}",
            ", \"data\": \"circle\", \"training\": {\"batchSize\": 25, \"seed\": 2}"})
    void loadSaveLoadKeepsTheFieldsAsRead(String fields) throws Exception {
        Scenario first = read(fields);
        assertFalse(first.training().isNone());
        // What the fields say, read independently of the scenario reader from the same text.
        TrainingFields expected = TrainingFields.read(com.google.gson.JsonParser.parseString(HEAD + fields + "}").getAsJsonObject());
        assertEquals(expected, TrainingFields.of(first));

        String saved = write(first);
        Scenario second = ScenarioFormat.read(new StringReader(saved), "t");
        assertEquals(expected, TrainingFields.of(second));
        assertEquals(first, second);
        assertEquals(saved, write(second), "a second save writes the same text");
    }

    @Test
    void theValuesAreTheOnesInTheFile() throws Exception {
        TrainingFields f = TrainingFields.of(read(", \"data\": {\"source\": \"xor\", \"points\": 300, \"noise\": 12.5, \"seed\": 4, \"features\": [\"x1\", \"sinx2\"]},"
                + " \"training\": {\"batchSize\": 10, \"regularization\": \"l1\", \"regularizationRate\": 0.001, \"epochs\": 300, \"seed\": 7}"));
        assertEquals("xor", f.data().source());
        assertEquals(300, f.data().points());
        assertEquals(12.5, f.data().noisePercent());
        assertEquals(50.0, f.data().trainPercent());
        assertEquals(4L, f.data().seed());
        assertEquals(EnumSet.of(Feature.X1, Feature.SIN_X2), f.data().features());
        assertEquals(10, f.batchSize());
        assertEquals(Regularization.L1, f.regularization());
        assertEquals(0.001, f.regularizationRate());
        assertEquals(300, f.epochs());
        assertEquals(7L, f.seed());
    }

    @Test
    void aScenarioWithoutThemWritesNeither() throws Exception {
        Scenario plain = read("");
        assertSame(TrainingFields.NONE, TrainingFields.of(plain));
        String text = write(plain);
        assertFalse(text.contains("\"data\""), text);
        assertFalse(text.contains("\"training\""), text);
        for (String name : Scenarios.BUILT_IN) assertTrue(Scenarios.builtIn(name).training().isNone(), name);
    }

    @Test
    void editsKeepThem() throws Exception {
        Scenario s = read(", \"data\": \"spiral\", \"training\": {\"batchSize\": 5}");
        TrainingSection fields = s.training();
        assertEquals(fields, s.withNetwork(s.network().withWeight(1, 0, 0, 0.25)).training());
        assertEquals(fields, s.withLearningRate(0.1).withTrainBiases(false).withCost(s.cost()).training());
        assertEquals(fields, s.withExample(0, s.example(0)).training());
        assertTrue(s.withTraining(TrainingSection.NONE).training().isNone());
    }

    @Test
    void aSessionKeepsThemAndIsStillReadWholeOrNotAtAll() throws Exception {
        Scenario s = read(", \"data\": {\"source\": \"gauss\", \"noise\": 20}, \"training\": {\"epochs\": 9}");
        Session session = new Session(s, 3, Granularity.NEURON, null, null, Map.of("view", "both"));
        StringWriter out = new StringWriter();
        SessionFormat.write(session, out);
        Session back = SessionFormat.read(new StringReader(out.toString()));
        assertEquals(s.training(), back.scenario().training());
        assertEquals(s, back.scenario());

        String damaged = out.toString().replace("\"noise\": 20.0", "\"noise\": 80");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SessionFormat.read(new StringReader(damaged)));
        assertEquals("scenario.data.noise", e.location());
    }

    @Test
    void aMisspeltFieldIsToldAsANearMiss() throws Exception {
        List<ScenarioException> warnings = new java.util.ArrayList<>();
        ScenarioFormat.read(new StringReader(HEAD + ", \"trainig\": {\"epochs\": 3}}"), "t", warnings::add);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).getMessage().contains("training"), warnings.get(0).getMessage());
    }

    @Test
    void aCsvPathIsResolvedWhereItWasReadAndWrittenRelativeToWhereItIsSaved() throws Exception {
        TrainingFields read = TrainingFields.of(read(", \"data\": {\"source\": \"data/points.csv\"}"));
        Path from = Path.of("/lessons/week1").toAbsolutePath();
        TrainingFields resolved = read.resolvedAgainst(from);
        assertEquals(from.resolve("data/points.csv").normalize().toString(), resolved.data().source());
        assertEquals("../week1/data/points.csv", resolved.relativeTo(from.resolveSibling("week2")).data().source());
        assertEquals("data/points.csv", resolved.relativeTo(from).data().source());
        TrainingFields generated = TrainingFields.of(read(", \"data\": \"spiral\""));
        assertSame(generated, generated.resolvedAgainst(from), "a generator names no file");
    }
}
