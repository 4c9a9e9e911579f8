package deltaflow.model.train;

import deltaflow.model.ScenarioException;
import deltaflow.model.data.CsvData;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Digits;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a data set comes from and how it is drawn: a generator ({@code circle}, {@code spiral}, ...) with
 * its number of points, noise (percent, 0–50) and features; {@code digits}; or a CSV file with its input
 * and target columns. Always the training percentage and the seed. A {@code DataSpec} makes the same
 * data set every time.
 */
public record DataSpec(String source, int points, double noisePercent, double trainPercent, long seed, Set<Feature> features,
                       List<String> inputColumns, String targetColumn) {
    public static final String DIGITS = "digits";

    public DataSpec {
        features = features.isEmpty() ? Feature.defaults() : EnumSet.copyOf(features);
        inputColumns = inputColumns == null ? List.of() : List.copyOf(inputColumns);
    }

    /** A generator's data with TensorFlow Playground's defaults: its number of points, no noise, half to train, x₁ and x₂. */
    public static DataSpec of(String source, long seed) {
        int points = Generator.byId(source).map(Generator::defaultPoints).orElse(0);
        double train = source.equals(DIGITS) ? 100.0 * Digits.DEFAULT_TRAIN / Digits.IMAGES : 50;
        return new DataSpec(source, points, 0, train, seed, Feature.defaults(), List.of(), null);
    }

    public boolean isGenerator() { return Generator.byId(source).isPresent(); }

    public boolean isDigits() { return source.equals(DIGITS); }

    public boolean isCsv() { return !isGenerator() && !isDigits(); }

    /** Makes the data set; a CSV path is taken relative to {@code base} (the scenario's directory). */
    public DataSet load(Path base) throws ScenarioException {
        if (!(trainPercent > 0 && trainPercent < 100)) throw new ScenarioException("data.trainPercent", "must be more than 0 and less than 100");
        if (isDigits()) {
            int train = (int) Math.round(Digits.IMAGES * trainPercent / 100);
            return Digits.dataSet(Math.max(1, Math.min(Digits.IMAGES - 1, train)), seed);
        }
        Generator generator = Generator.byId(source).orElse(null);
        if (generator == null) {
            Path file = base == null ? Path.of(source) : base.resolve(source);
            return CsvData.read(file, inputColumns, targetColumn, trainPercent / 100, seed);
        }
        if (!(noisePercent >= 0 && noisePercent <= 50)) throw new ScenarioException("data.noise", "must be from 0 to 50 (percent)");
        if (points < 2 || points > deltaflow.model.ScenarioFormat.MAX_EXAMPLES) {
            throw new ScenarioException("data.points", "must be from 2 to " + deltaflow.model.ScenarioFormat.MAX_EXAMPLES);
        }
        return DataSet.planar(generator, points, noisePercent / 100, trainPercent / 100, seed, features);
    }
}
