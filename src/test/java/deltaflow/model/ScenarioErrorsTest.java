package deltaflow.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One test per kind of bad scenario file: the message names the file, where in it, and what is wrong. */
class ScenarioErrorsTest {
    @TempDir Path dir;

    private static final String LAYER_1 = "{\"activation\": \"sigmoid\", \"weights\": [[0.15, 0.2], [0.25, 0.3]], \"biases\": [0.35, 0.35]}";
    private static final String LAYER_2 = "{\"activation\": \"sigmoid\", \"weights\": [[0.4, 0.45], [0.5, 0.55]], \"biases\": [0.6, 0.6]}";
    private static final String EXAMPLES = "[{\"x\": [0.05, 0.1], \"y\": [0.01, 0.99]}]";

    private static String scenario(String layer1, String layer2, String cost, String examples) {
        return "{\n  \"format\": \"deltaflow-scenario\",\n  \"version\": 1,\n  \"network\": {\n    \"inputs\": 2,\n    \"cost\": \"" + cost
                + "\",\n    \"layers\": [\n      " + layer1 + ",\n      " + layer2 + "\n    ]\n  },\n  \"examples\": " + examples + "\n}\n";
    }

    private static String good() { return scenario(LAYER_1, LAYER_2, "squared", EXAMPLES); }

    private String message(String json) throws IOException {
        return message(json.getBytes(StandardCharsets.UTF_8));
    }

    private String message(byte[] content) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.write(file, content);
        return assertThrows(ScenarioException.class, () -> Scenarios.load(file)).getMessage().replace(file.toString(), "FILE");
    }

    @Test
    void theGoodFileLoads() throws Exception {
        Path file = dir.resolve("good.json");
        Files.writeString(file, good());
        Scenario s = Scenarios.load(file);
        assertEquals("good", s.title());
        assertEquals(Scenarios.builtIn("mazur").network(), s.network());
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        assertEquals("FILE: line 4, column 4: malformed JSON: unterminated object (a comma or } missing?)", message(good().replace("\"version\": 1,", "\"version\": 1")));
    }

    @Test
    void malformedJsonVariants() throws IOException {
        assertEquals("FILE: line 1, column 2: malformed JSON: not valid JSON here", message("'format': 1"));
        assertEquals("FILE: line 3, column 2: malformed JSON: more after the end of the top-level object", message("{}\n\n{}"));
        assertEquals("FILE: line 2, column 3: malformed JSON: end of input", message("{\"format\": [1,\n  "));
        assertEquals("FILE: expected an object, found an array", message("[1, 2]"));
    }

    @Test
    void wrongFormatString() throws IOException {
        assertEquals("FILE: format: expected \"deltaflow-scenario\", found \"something-else\"", message(good().replace("deltaflow-scenario", "something-else")));
    }

    @Test
    void newerVersion() throws IOException {
        assertEquals("FILE: version: 2 is newer than this program reads (1); please update deltaflow", message(good().replace("\"version\": 1", "\"version\": 2")));
    }

    @Test
    void missingField() throws IOException {
        assertEquals("FILE: network: missing \"cost\"", message(good().replace("\"cost\": \"squared\",", "")));
    }

    @Test
    void wrongRowCount() throws IOException {
        assertEquals("FILE: network.layers[1].weights: 3 rows, expected 2 (the layer's size)", message(scenario(LAYER_1, LAYER_2.replace("[[0.4, 0.45], [0.5, 0.55]]", "[[0.4, 0.45], [0.5, 0.55], [1, 2]]"), "squared", EXAMPLES)));
    }

    @Test
    void wrongRowLength() throws IOException {
        assertEquals("FILE: network.layers[0].weights[1]: 3 numbers, expected 2 (the size of the layer before)", message(scenario(LAYER_1.replace("[0.25, 0.3]", "[0.25, 0.3, 0.1]"), LAYER_2, "squared", EXAMPLES)));
    }

    @Test
    void unknownActivation() throws IOException {
        assertEquals("FILE: network.layers[0].activation: unknown activation \"sigmod\"; known: sigmoid, tanh, relu, leaky-relu, linear, softplus, softmax", message(scenario(LAYER_1.replace("sigmoid", "sigmod"), LAYER_2, "squared", EXAMPLES)));
    }

    @Test
    void unknownCost() throws IOException {
        assertEquals("FILE: network.cost: unknown cost \"mse\"; known: squared, norm, cross-entropy, binary-cross-entropy", message(scenario(LAYER_1, LAYER_2, "mse", EXAMPLES)));
    }

    @Test
    void softmaxInAHiddenLayer() throws IOException {
        assertEquals("FILE: network.layers[0].activation: softmax is allowed in the output layer only (layer 1 of 2)", message(scenario(LAYER_1.replace("sigmoid", "softmax"), LAYER_2, "squared", EXAMPLES)));
    }

    @Test
    void nonFiniteNumber() throws IOException {
        assertEquals("FILE: network.layers[0].weights[1][0]: 1e999 is not a finite number", message(scenario(LAYER_1.replace("0.25", "1e999"), LAYER_2, "squared", EXAMPLES)));
    }

    @Test
    void absurdSize() throws IOException {
        assertEquals("FILE: network.layers[1].size: 1000000000 is more than the 100000 allowed", message(scenario(LAYER_1, "{\"activation\": \"sigmoid\", \"size\": 1000000000}", "squared", EXAMPLES)));
    }

    @Test
    void exampleWithTheWrongNumberOfInputs() throws IOException {
        assertEquals("FILE: examples[0].x: 3 numbers, expected 2 (the network's inputs)", message(scenario(LAYER_1, LAYER_2, "squared", "[{\"x\": [0.05, 0.1, 7], \"y\": [0.01, 0.99]}]")));
    }

    @Test
    void notANumber() throws IOException {
        assertEquals("FILE: network.layers[0].weights[1][1]: expected a number, found the string \"0.3\"", message(scenario(LAYER_1.replace("0.3]", "\"0.3\"]"), LAYER_2, "squared", EXAMPLES)));
    }

    @Test
    void notUtf8() throws IOException {
        byte[] latin1 = good().replace("\"version\": 1,", "\"version\": 1, \"title\": \"Größe\",").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("FILE: is not UTF-8 text", message(latin1));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nothing.json");
        assertEquals("FILE: no such file", assertThrows(ScenarioException.class, () -> Scenarios.load(file)).getMessage().replace(file.toString(), "FILE"));
    }

    @Test
    void aDirectory() {
        assertEquals("FILE: is a directory, not a scenario file", assertThrows(ScenarioException.class, () -> Scenarios.load(dir)).getMessage().replace(dir.toString(), "FILE"));
    }
}
