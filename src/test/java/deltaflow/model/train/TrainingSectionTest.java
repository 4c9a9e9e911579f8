package deltaflow.model.train;

import deltaflow.model.DataSection;
import deltaflow.model.Regularization;
import deltaflow.model.Scenarios;
import deltaflow.model.TrainingSection;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file's words for data and training (model) against what they mean (model.train). */
class TrainingSectionTest {
    /** The model lists the file format's words itself, so it need not reach into its data package: the same words. */
    @Test
    void theFormatsWordsAreTheDataPackagesNames() {
        assertEquals(Arrays.stream(Feature.values()).map(Feature::id).toList(), DataSection.FEATURES, "the features, in order");
        List<String> sources = new ArrayList<>(Arrays.stream(Generator.values()).map(Generator::id).toList());
        sources.add(DataSpec.DIGITS);
        assertEquals(sources, DataSection.BUILT_IN_SOURCES);
        for (String source : DataSection.BUILT_IN_SOURCES) assertFalse(DataSection.of(source).isFile(), source);
        assertTrue(DataSection.of("spiral.csv").isFile());
    }

    @Test
    void whatTrainingWritesReadsBackAsTheSameFields() {
        TrainingSettings settings = new TrainingSettings(0.03, 10, Regularization.L2, 0.001, true, 7);
        List<DataSpec> specs = List.of(DataSpec.of("circle", 1), DataSpec.of(DataSpec.DIGITS, 3),
                new DataSpec("spiral", 300, 12.5, 70, 4, EnumSet.of(Feature.SIN_X2, Feature.X1), List.of(), null),
                new DataSpec("/data/points.csv", 0, 0, 80, 2, Feature.defaults(), List.of("a", "b"), "c"));
        for (DataSpec spec : specs) {
            TrainingFields fields = TrainingFields.of(spec, settings, 30);
            assertEquals(fields, TrainingFields.of(fields.section()), spec.source());
        }
        assertEquals(TrainingFields.NONE, TrainingFields.of(TrainingSection.NONE));
        assertTrue(TrainingFields.NONE.section().isNone());
    }

    /** A generator's every value is written (a file says what it was trained on); a CSV's defaults are left out. */
    @Test
    void aTrainedScenarioSaysWhatItsDataWere() throws Exception {
        TrainingSettings settings = TrainingSettings.defaults(1);
        DataSection circle = TrainingFields.of(DataSpec.of("circle", 1), settings, 5).section().data();
        assertEquals(new DataSection("circle", Generator.CIRCLE.defaultPoints(), 0.0, 50.0, 1L, List.of("x1", "x2"), null, null), circle);
        DataSection csv = TrainingFields.of(new DataSpec("p.csv", 0, 0, 80, 2, Feature.defaults(), List.of(), null), settings, 5).section().data();
        assertEquals(new DataSection("p.csv", null, null, 80.0, 2L, null, null, null), csv);

        StringWriter out = new StringWriter();
        deltaflow.model.ScenarioFormat.write(Scenarios.builtIn("default").withTraining(
                TrainingFields.of(DataSpec.of("xor", 1), settings, 5).section()), out);
        String written = out.toString().replaceAll("\\s", "");
        assertTrue(written.contains("\"data\":{\"source\":\"xor\",\"points\":500,\"noise\":0.0,\"trainPercent\":50.0,\"seed\":1,"
                + "\"features\":[\"x1\",\"x2\"]}"), written);
        assertNull(TrainingFields.of(Scenarios.builtIn("default")).data());
    }
}
