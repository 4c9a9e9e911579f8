package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimate a trace is refused by is an upper bound of what the trace really takes, and not a wild one. */
class MemoryBudgetTest {
    private static long used() {
        Runtime r = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) System.gc();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void theTraceEstimateBoundsTheHeapATraceTakes() {
        // 1 → 20,000 → 3 neurons, 300 examples: 20,000 × 4 doubles an example, about 190 MB in all.
        Network network = new Network(1, List.of(Layer.of(Activation.SIGMOID, new double[20_000][1], new double[20_000]),
                Layer.of(Activation.SIGMOID, new double[3][20_000], new double[3])));
        List<Example> examples = new ArrayList<>();
        for (int r = 0; r < 300; r++) examples.add(new Example(new double[] {r / 300.0}, new double[] {0.1, 0.5, 0.9}));
        Scenario scenario = new Scenario("t", "", network, Cost.SQUARED, examples, 0.5, true);
        long before = used();
        Trace trace = Trace.of(scenario);
        long taken = used() - before;
        long estimate = MemoryBudget.trace(network, examples.size());
        assertTrue(trace.batchSize() == 300);
        assertTrue(taken <= estimate, () -> "took " + taken + " bytes, estimated " + estimate);
        assertTrue(estimate <= 1.5 * taken + MemoryBudget.BASE, () -> "estimated " + estimate + " for " + taken);
    }

    @Test
    void readingIsBoundedByEightTimesTheFile() {
        StringBuilder json = new StringBuilder("[");
        for (int k = 0; k < 500_000; k++) json.append(k == 0 ? "" : ",").append("0.12345678901234567");
        String text = json.append(']').toString();
        long before = used();
        Object tree = com.google.gson.JsonParser.parseString(text);
        long taken = used() - before;
        assertTrue(tree != null && taken <= MemoryBudget.reading(text.length()) - MemoryBudget.BASE, () -> "took " + taken + " for " + text.length());
    }

    @Test
    void runningOutOfMemoryWhileParsingIsNotCalledMalformedJson() {
        java.io.Reader exhausted = new java.io.Reader() {
            @Override public int read(char[] buffer, int offset, int length) { throw new OutOfMemoryError("Java heap space"); }

            @Override public void close() { }
        };
        org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class, () -> ScenarioFormat.read(exhausted, "t"));
    }
}
