package deltaflow.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.io.StringReader;
import java.util.Random;

/**
 * Issue #13: the fuzz run of the scenario loader. Random byte-level and structural mutations of the built-in
 * scenarios are either refused with a ScenarioException (one line) or read into a scenario the step engine
 * runs; nothing else escapes.
 */
class ScenarioLoadingProperties {
    private static final String[] NAMES = {"mazur", "default", "xor", "softmax", "vanishing", "dead-relu"};
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "0", "-1", "1e999", "0e-99999", "NaN", "null", "true",
            "\"size\": 3", "\"size\": 100001", "[[1]]", "\"weigths\"", "\\u0000", "é", "\n"};

    @Property(tries = 2000)
    void aMutatedScenarioIsRefusedCleanlyOrRuns(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        String text = new String(ScenarioLoadingProperties.class.getResourceAsStream("/assets/scenarios/" + NAMES[random.nextInt(NAMES.length)] + ".json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder mutated = new StringBuilder(text);
        for (int k = 0, n = 1 + random.nextInt(3); k < n && mutated.length() > 0; k++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(4)) {
                case 0 -> mutated.delete(at, Math.min(mutated.length(), at + 1 + random.nextInt(8)));
                case 1 -> mutated.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> mutated.setLength(at);
                default -> mutated.replace(at, at + 1, TOKENS[random.nextInt(TOKENS.length)]);
            }
        }
        Scenario scenario;
        try {
            scenario = ScenarioFormat.read(new StringReader(mutated.toString()), "fuzz", warning -> { });
        } catch (ScenarioException e) {
            if (e.getMessage().isBlank()) throw new AssertionError("an empty message");
            return;
        }
        if (Timeline.countSteps(scenario.network(), scenario.batchSize(), scenario.trainBiases()) > 200_000) return;
        Timeline timeline = Timeline.of(scenario);
        for (int k = 0; k < timeline.size(); k += 1 + timeline.size() / 50) timeline.formula(timeline.step(k), 4);
    }
}
