package deltaflow.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTraceTest {
    @TempDir Path dir;

    /** What one run printed. */
    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Strict parsing: NaN as a bare number would be refused. */
    private static JsonObject parse(String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        return JsonParser.parseReader(reader).getAsJsonObject();
    }

    private static double number(JsonArray array, int k) { return array.get(k).getAsDouble(); }

    @Test
    void traceOfMazurHasEveryNumberOfTheUpdate() {
        Run run = run("trace", "mazur");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        JsonObject trace = parse(run.out());
        assertEquals(0.298371109, trace.get("cost").getAsDouble(), 5e-10);
        JsonObject example = trace.getAsJsonArray("examples").get(0).getAsJsonObject();
        JsonObject hidden = example.getAsJsonArray("layers").get(0).getAsJsonObject();
        JsonObject output = example.getAsJsonArray("layers").get(1).getAsJsonObject();
        assertEquals(0.3775, number(hidden.getAsJsonArray("z"), 0), 1e-12);
        assertEquals(0.593269992, number(hidden.getAsJsonArray("a"), 0), 5e-10);
        assertEquals(0.00877135468, number(hidden.getAsJsonArray("delta"), 0), 1e-11);
        assertEquals(0.75136507, number(output.getAsJsonArray("a"), 0), 5e-9);
        assertEquals(0.082167041, number(output.getAsJsonArray("weightGradients").get(0).getAsJsonArray(), 0), 5e-10); // ∂E/∂w5
        assertEquals(0.138498562, number(output.getAsJsonArray("biasGradients"), 0), 5e-9);
        JsonObject gradients2 = trace.getAsJsonArray("gradients").get(1).getAsJsonObject();
        assertEquals(0.082167041, number(gradients2.getAsJsonArray("weights").get(0).getAsJsonArray(), 0), 5e-10);
        assertEquals(2, gradients2.getAsJsonArray("biases").size());
        JsonObject updated1 = trace.getAsJsonArray("updated").get(0).getAsJsonObject();
        assertEquals(0.149780716, number(updated1.getAsJsonArray("weights").get(0).getAsJsonArray(), 0), 5e-10); // w1⁺
        assertEquals(0.35, number(updated1.getAsJsonArray("biases"), 0)); // held fixed
    }

    /**
     * The mini-batch as the trace prints it, against the numbers derived by hand outside deltaflow in
     * src/test/resources/deltaflow/model/xor_reference.py (see XorMiniBatchTest): C is the mean of the four Cʳ,
     * ∂C/∂w the mean of the four ∂Cʳ/∂w, and the update uses the mean.
     */
    @Test
    void traceOfXorPrintsTheMeansOfItsFourExamples() {
        JsonObject trace = parse(run("trace", "xor").out());
        assertEquals(0.1377869928693506, trace.get("cost").getAsDouble(), 1e-15);
        double[] costs = {0.20885932209179797, 0.05778553195207689, 0.05876367623899133, 0.22573944119453623};
        for (int r = 0; r < 4; r++) {
            assertEquals(costs[r], trace.getAsJsonArray("examples").get(r).getAsJsonObject().get("cost").getAsDouble(), 1e-15, "C^" + (r + 1));
        }
        JsonObject output = trace.getAsJsonArray("gradients").get(1).getAsJsonObject();
        assertEquals(0.016268630729426428, number(output.getAsJsonArray("weights").get(0).getAsJsonArray(), 0), 1e-15); // ∂C/∂w₁₁²
        assertEquals(0.035586125327998326, number(output.getAsJsonArray("biases"), 0), 1e-15); // ∂C/∂b₁²
        JsonObject updated = trace.getAsJsonArray("updated").get(1).getAsJsonObject();
        assertEquals(1.1837313692705735, number(updated.getAsJsonArray("weights").get(0).getAsJsonArray(), 0), 1e-15);
        assertEquals(-0.5355861253279983, number(updated.getAsJsonArray("biases"), 0), 1e-15);
        JsonObject hidden = trace.getAsJsonArray("updated").get(0).getAsJsonObject();
        assertEquals(-0.261835029286558, number(hidden.getAsJsonArray("biases"), 0), 1e-15);
    }

    @Test
    void traceListsTheStepsInOrderWithTheirFormulas() {
        JsonArray steps = parse(run("trace", "mazur").out()).getAsJsonArray("steps");
        assertEquals(48, steps.size());
        JsonObject first = steps.get(0).getAsJsonObject();
        assertEquals("z", first.get("kind").getAsString());
        assertEquals(1, first.get("example").getAsInt());
        assertEquals(1, first.get("layer").getAsInt());
        assertEquals(1, first.get("neuron").getAsInt());
        assertEquals(0.3775, first.get("value").getAsDouble(), 1e-12);
        assertEquals("z_1^1 = w_11^1 x_1 + w_12^1 x_2 + b_1^1 = 0.15 × 0.05 + 0.2 × 0.1 + 0.35 = 0.3775", first.get("formula").getAsString());
        JsonObject delta11 = steps.get(13).getAsJsonObject();
        assertEquals("delta", delta11.get("kind").getAsString());
        assertEquals("δ_1^1 = σ'(z_1^1) (w_11^2 δ_1^2 + w_21^2 δ_2^2) = 0.2413 × (0.4 × 0.1385 + 0.5 × (−0.0381)) = 0.008771",
                delta11.get("formula").getAsString());
        JsonObject gradient = steps.get(16).getAsJsonObject();
        assertEquals("weightGradient", gradient.get("kind").getAsString());
        assertEquals(2, gradient.get("source").getAsInt());
        JsonObject last = steps.get(47).getAsJsonObject();
        assertEquals("weightUpdate", last.get("kind").getAsString());
        assertTrue(!last.has("example"), "batch-level steps have no example");
    }

    @Test
    void nonFiniteValuesAreWrittenAsStringsAndTheJsonStaysValid() throws IOException {
        // Cross-entropy of a linear output y = −1: ŷ ln y = ln(−1) is NaN.
        Path file = dir.resolve("nan.json");
        Files.writeString(file, """
                {"format": "deltaflow-scenario", "version": 1,
                 "network": {"inputs": 1, "cost": "cross-entropy",
                             "layers": [{"activation": "linear", "weights": [[1]], "biases": [0]}]},
                 "examples": [{"x": [-1], "y": [1]}]}
                """);
        Run run = run("trace", file.toString());
        assertEquals(0, run.status(), run.err());
        JsonObject trace = parse(run.out());
        assertEquals("NaN", trace.get("cost").getAsString());
        assertTrue(trace.get("cost").getAsJsonPrimitive().isString());
        JsonObject totalCostStep = trace.getAsJsonArray("steps").get(7).getAsJsonObject(); // z a C ∂C/∂y δ ∂C/∂w ∂C/∂b, then C
        assertEquals("totalCost", totalCostStep.get("kind").getAsString());
        assertEquals("NaN", totalCostStep.get("value").getAsString());
        // ∂C/∂y = −ŷ/y = 1 stays finite.
        assertEquals(1.0, trace.getAsJsonArray("examples").get(0).getAsJsonObject().getAsJsonArray("costGradient").get(0).getAsDouble());
    }

    @Test
    void badInputExitsTwoWithOneLineOnStderrAndNothingOnStdout() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"deltaflow-scenario\", \"version\": 1, \"network\": {\"inputs\": 2, \"cost\": \"squared\", "
                + "\"layers\": [{\"activation\": \"sigmoid\", \"weights\": [[1, 2], [3, 4], [5, 6]], \"biases\": [0, 0]}]}, \"examples\": []}");
        for (String[] args : new String[][] {{"trace", bad.toString()}, {"trace", dir.resolve("missing.json").toString()},
                {"trace", dir.toString()}, {"trace"}, {"trace", "a", "b"}}) {
            Run run = run(args);
            assertEquals(2, run.status(), String.join(" ", args));
            assertEquals("", run.out(), String.join(" ", args));
            assertTrue(run.err().startsWith("deltaflow: "), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().endsWith("\n"));
        }
        assertEquals("deltaflow: " + bad + ": network.layers[0].weights: 3 rows, expected 2 (the layer's size)\n", run("trace", bad.toString()).err());
    }
}
