package deltaflow.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is wrong with a file reads in the window's language; the command line keeps English. */
class ProblemTranslationTest {
    @TempDir Path dir;

    private ScenarioException problem(String json) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        return assertThrows(ScenarioException.class, () -> Scenarios.load(file));
    }

    private static String mazurWith(String secondLayerWeights) {
        return read().replace("[[0.40, 0.45], [0.50, 0.55]]", secondLayerWeights);
    }

    private static String read() {
        try {
            return Files.readString(Path.of("assets/scenarios/mazur.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWrongShapeReadsInTraditionalChineseWithThePathAndNumbersUnchanged() throws Exception {
        ScenarioException e = problem(mazurWith("[[0.4, 0.45], [0.5, 0.55], [1, 2]]"));
        String file = dir.resolve("bad.json").toString();
        assertEquals(file + ": network.layers[1].weights: 3 rows, expected 2 (the layer's size)", e.getMessage());
        assertEquals(file + ": network.layers[1].weights: 3 列，應為 2 列（這一層的大小）", e.localizedMessage(Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void thePartsOfAProblemAreTranslatedToo() throws Exception {
        ScenarioException e = problem(read().replace("\"examples\": [", "\"examples\": \"none\", \"was\": ["));
        assertEquals("expected an array, found the string \"none\"", e.problem());
        assertEquals("應為陣列，卻是字串「none」", e.problem(Locale.TRADITIONAL_CHINESE));
        assertTrue(e.location().endsWith("bad.json: examples"), e.location());
    }

    @Test
    void everyProblemHasItsTranslation() throws Exception {
        Set<String> missing = new TreeSet<>(keys("problems.properties"));
        missing.removeAll(keys("problems_zh_TW.properties"));
        assertTrue(missing.isEmpty(), "untranslated problems: " + missing);
    }

    private static Set<String> keys(String file) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = ScenarioException.class.getResourceAsStream("/deltaflow/model/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
