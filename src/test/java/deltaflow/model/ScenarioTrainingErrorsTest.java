package deltaflow.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A bad {@code "data"} or {@code "training"} member stops the scenario from being read, with one line naming the
 * value at fault and what is wrong with it: the same words wherever the file is read (window, command line,
 * sessions), since they are checked when the scenario is read, not when it is trained.
 */
class ScenarioTrainingErrorsTest {
    private static final String HEAD = """
            {"format": "deltaflow-scenario", "version": 1, "title": "t",
             "network": {"inputs": 2, "cost": "squared", "layers": [{"activation": "tanh", "size": 1}]},
             "examples": [{"x": [0.5, -1], "y": [1]}], "learningRate": 0.03, """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "data": 3                                                   | data: expected an object
            "data": {}                                                  | data: missing 'source' (a generator, "digits" or a CSV file)
            "data": {"source": 5}                                       | data.source: expected a string
            "data": {"source": "xor", "seed": 1.5}                      | data.seed: expected a whole number
            "data": {"source": "xor", "points": 1}                      | data.points: 1 is not from 2 to 100000
            "data": {"source": "xor", "noise": 80}                      | data.noise: 80 is not from 0 to 50
            "data": {"source": "xor", "trainPercent": "half"}           | data.trainPercent: expected a number
            "data": {"source": "xor", "trainPercent": 101}              | data.trainPercent: 101 is not from 0 to 100
            "data": {"source": "xor", "features": "x1"}                 | data.features: expected an array
            "data": {"source": "xor", "features": ["x1", 3]}            | data.features[1]: expected a string
            "data": {"source": "xor", "features": ["x1", "x3"]}         | data.features: 'x3' is not one of x1, x2, x1^2, x2^2, x1x2, sinx1, sinx2
            "data": {"source": "p.csv", "inputs": ["a", 1]}             | data.inputs[1]: expected a string
            "data": {"source": "p.csv", "target": 2}                    | data.target: expected a string
            "training": []                                              | training: expected an object
            "training": {"batchSize": 0}                                | training.batchSize: 0 is not from 1 to 100000
            "training": {"batchSize": 2.5}                              | training.batchSize: expected a whole number
            "training": {"regularization": "l3"}                        | training.regularization: 'l3' is not one of none, l1, l2
            "training": {"regularizationRate": -1}                      | training.regularizationRate: -1 is not from 0 to 1000000
            "training": {"epochs": 10000001}                            | training.epochs: 10000001 is not from 0 to 10000000
            "training": {"seed": "a"}                                   | training.seed: expected a number
            """)
    void aBadMemberIsNamedWithWhatIsWrong(String member, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFormat.read(new StringReader(HEAD + member + "}"), "t"));
        assertEquals(expected, e.getMessage());
        assertEquals(expected.substring(0, expected.indexOf(": ")), e.location());
    }

    @Test
    void aFileNamesItselfFirst(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), HEAD + "\"data\": {\"source\": \"gauss\", \"noise\": 80}}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file));
        assertEquals(file + ": data.noise", e.location());
        assertEquals(file + ": data.noise: 80 is not from 0 to 50", e.getMessage());
    }
}
