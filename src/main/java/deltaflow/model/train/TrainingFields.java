package deltaflow.model.train;

import com.google.gson.JsonObject;
import deltaflow.model.DataSection;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.ScenarioException;
import deltaflow.model.TrainingSection;
import deltaflow.model.data.Feature;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a scenario file's {@code "data"} and {@code "training"} members mean for training: the data set they
 * name, with the source's defaults where the file leaves a value out, and the settings they give (null where
 * the file gives none). The file's own words are a {@link TrainingSection}, which the {@link Scenario} carries
 * through every edit and save; this reads them ({@link #of(Scenario)}) and writes a training's back
 * ({@link #section()}), so the model needs to know nothing of training.
 */
public record TrainingFields(DataSpec data, Integer batchSize, Regularization regularization, Double regularizationRate,
                             Integer epochs, Long seed) {
    public static final TrainingFields NONE = new TrainingFields(null, null, null, null, null, null);

    /** What the scenario's file says of its data and training ({@link #NONE} when nothing). */
    public static TrainingFields of(Scenario scenario) {
        return of(scenario.training());
    }

    /** What the members mean: the data set with its source's defaults for what they leave out. */
    public static TrainingFields of(TrainingSection section) {
        if (section.isNone()) return NONE;
        DataSpec data = section.data() == null ? null : spec(section.data());
        return new TrainingFields(data, section.batchSize(), section.regularization(), section.regularizationRate(), section.epochs(),
                section.seed());
    }

    /** The fields of a scenario's JSON object; absent fields are null. */
    public static TrainingFields read(JsonObject root) throws ScenarioException {
        return of(TrainingSection.read(root));
    }

    private static DataSpec spec(DataSection d) {
        long seed = d.seed() != null ? d.seed() : 1;
        DataSpec defaults = DataSpec.of(d.source(), seed);
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        if (d.features() != null) {
            for (String id : d.features()) {
                features.add(Feature.byId(id).orElseThrow(() -> new IllegalStateException("feature " + id + " was let through")));
            }
        }
        return new DataSpec(d.source(), d.points() != null ? d.points() : defaults.points(), d.noisePercent() != null ? d.noisePercent() : 0,
                d.trainPercent() != null ? d.trainPercent() : defaults.trainPercent(), seed, features,
                d.inputColumns() != null ? d.inputColumns() : List.of(), d.targetColumn());
    }

    /** True when the scenario has neither field. */
    public boolean isNone() { return equals(NONE); }

    /** The fields a trained scenario is written with: where its data came from and how it was trained. */
    public static TrainingFields of(DataSpec data, TrainingSettings settings, int epochs) {
        return new TrainingFields(data, settings.batchSize(), settings.regularization(), settings.regularizationRate(), epochs,
                settings.shuffleSeed());
    }

    /**
     * The members a scenario file carries for these fields, for {@link Scenario#withTraining}: of a generator every
     * value, of other data what differs from the defaults, so that {@link #of(TrainingSection)} gives back an equal value.
     */
    public TrainingSection section() {
        return new TrainingSection(data == null ? null : section(data), batchSize, regularization, regularizationRate, epochs, seed);
    }

    private static DataSection section(DataSpec d) {
        DataSpec defaults = DataSpec.of(d.source(), d.seed());
        boolean generator = d.isGenerator();
        return new DataSection(d.source(), generator || d.points() != defaults.points() ? d.points() : null,
                generator || d.noisePercent() != 0 ? d.noisePercent() : null, d.trainPercent(), d.seed(),
                generator || !d.features().equals(Feature.defaults()) ? d.features().stream().map(Feature::id).toList() : null,
                d.inputColumns().isEmpty() ? null : d.inputColumns(), d.targetColumn());
    }

    /**
     * The same fields with a relative CSV path resolved against {@code directory} (the directory of the file
     * they were read from), so the value names the same file wherever the scenario is later saved.
     */
    public TrainingFields resolvedAgainst(Path directory) {
        if (data == null || !data.isCsv() || directory == null) return this;
        return withSource(DataSection.resolved(data.source(), directory));
    }

    /**
     * The same fields with the CSV path written relative to {@code directory} (where the scenario is being
     * saved), so a scenario and its data can move together; an absolute path stays absolute where no
     * relative one exists (another drive).
     */
    public TrainingFields relativeTo(Path directory) {
        if (data == null || !data.isCsv() || directory == null) return this;
        return withSource(DataSection.relative(data.source(), directory));
    }

    private TrainingFields withSource(String source) {
        DataSpec moved = new DataSpec(source, data.points(), data.noisePercent(), data.trainPercent(), data.seed(), data.features(),
                data.inputColumns(), data.targetColumn());
        return new TrainingFields(moved, batchSize, regularization, regularizationRate, epochs, seed);
    }
}
