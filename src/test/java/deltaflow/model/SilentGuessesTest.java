package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue #13, item 6: a scenario's missing or misspelt parameters are an error or a warning, never replaced by a guess. */
class SilentGuessesTest {
    private static final String EXAMPLES = "[{\"x\": [0.05, 0.1], \"y\": [0.01, 0.99]}]";

    private static String scenario(String layer, String extra) {
        return "{\"format\": \"deltaflow-scenario\", \"version\": 1, " + extra + "\"network\": {\"inputs\": 2, \"cost\": \"squared\", \"layers\": ["
                + layer + "]}, \"examples\": " + EXAMPLES + "}";
    }

    private static String problem(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioFormat.read(new StringReader(json), "t")).getMessage();
    }

    @Test
    void missingWeightsWithoutSizeIsAnError() {
        assertEquals("network.layers[0]: missing \"weights\"",
                problem(scenario("{\"activation\": \"sigmoid\", \"biases\": [0.1, 0.2]}", "")));
    }

    @Test
    void missingBiasesWithoutSizeIsAnError() {
        assertEquals("network.layers[0]: missing \"biases\"",
                problem(scenario("{\"activation\": \"sigmoid\", \"weights\": [[1, 2], [3, 4]]}", "")));
    }

    @Test
    void aMisspeltParameterIsNamedInTheError() {
        assertEquals("network.layers[0]: missing \"weights\" (is \"weigths\" a misspelling?)",
                problem(scenario("{\"activation\": \"sigmoid\", \"weigths\": [[1, 2], [3, 4]], \"biases\": [0.1, 0.2]}", "")));
        assertEquals("network.layers[0]: missing \"biases\" (is \"Biases\" a misspelling?)",
                problem(scenario("{\"activation\": \"sigmoid\", \"weights\": [[1, 2], [3, 4]], \"Biases\": [0.1, 0.2]}", "")));
        assertEquals("network.layers[0]: missing \"weights\" (is \"wieghts\" a misspelling?)",
                problem(scenario("{\"activation\": \"sigmoid\", \"wieghts\": [[1, 2], [3, 4]]}", "")));
    }

    @Test
    void sizeStillAsksForGeneratedParameters() throws Exception {
        Scenario s = ScenarioFormat.read(new StringReader(scenario("{\"activation\": \"sigmoid\", \"size\": 2}", "")), "t");
        assertEquals(0.0, s.network().layer(1).bias(0));
    }

    @Test
    void aNearMissOfAnOptionalFieldIsAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        ScenarioFormat.read(new StringReader(scenario("{\"activation\": \"sigmoid\", \"weights\": [[1, 2], [3, 4]], \"biases\": [0.1, 0.2]}",
                "\"learningrate\": 0.1, \"trainBias\": false, \"notes\": \"a later version's field\", ")), "t", w -> warnings.add(w.getMessage()));
        assertEquals(List.of("unknown field \"learningrate\" is ignored; did you mean \"learningRate\"?",
                "unknown field \"trainBias\" is ignored; did you mean \"trainBiases\"?"), warnings);
    }

    @Test
    void nearMissesAreOneOrTwoLettersOff() {
        assertEquals("weights", FieldNames.nearMiss("weigths", List.of("weights", "biases")).orElseThrow());
        assertEquals("x", FieldNames.nearMiss("X", List.of("x", "y")).orElseThrow());
        assertEquals(java.util.Optional.empty(), FieldNames.nearMiss("z", List.of("x", "y")));
        assertEquals(java.util.Optional.empty(), FieldNames.nearMiss("labels", List.of("inputs", "cost", "seed", "layers")));
    }
}
