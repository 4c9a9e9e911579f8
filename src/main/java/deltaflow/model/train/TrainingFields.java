package deltaflow.model.train;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import deltaflow.model.Regularization;
import deltaflow.model.ScenarioException;
import deltaflow.model.data.Feature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The scenario file's optional {@code "data"} and {@code "training"} fields (format version 1: readers that
 * do not know them ignore them, and files without them stay valid):
 * <pre>
 * "data": "spiral"            a generator with its defaults, "digits", or a CSV path relative to the scenario
 * "data": {"source": "spiral", "points": 500, "noise": 10, "trainPercent": 50, "seed": 1,
 *          "features": ["x1", "x2", "sinx1"], "inputs": ["a", "b"], "target": "c"}
 * "training": {"batchSize": 10, "regularization": "l2", "regularizationRate": 0.001, "epochs": 300, "seed": 1}
 * </pre>
 * The learning rate and whether biases learn are the scenario's own {@code learningRate} and {@code trainBiases}.
 * A {@link deltaflow.model.Scenario} carries them ({@code training()}), so whoever saves it keeps them.
 */
public record TrainingFields(DataSpec data, Integer batchSize, Regularization regularization, Double regularizationRate,
                             Integer epochs, Long seed) {
    public static final TrainingFields NONE = new TrainingFields(null, null, null, null, null, null);

    /** The fields of a scenario's JSON object; absent fields are null. */
    public static TrainingFields read(JsonObject root) throws ScenarioException {
        DataSpec data = root.has("data") ? data(root.get("data")) : null;
        if (!root.has("training")) return data == null ? NONE : new TrainingFields(data, null, null, null, null, null);
        JsonObject t = object(root.get("training"), "training");
        Integer batch = t.has("batchSize") ? (int) whole(t.get("batchSize"), "training.batchSize", 1, deltaflow.model.ScenarioFormat.MAX_EXAMPLES) : null;
        Regularization regularization = null;
        if (t.has("regularization")) {
            String id = string(t.get("regularization"), "training.regularization");
            regularization = Regularization.byId(id).orElseThrow(() -> new ScenarioException("training.regularization",
                    "'" + id + "' is not one of " + Regularization.knownIds()));
        }
        Double rate = t.has("regularizationRate") ? number(t.get("regularizationRate"), "training.regularizationRate", 0, 1e6) : null;
        Integer epochs = t.has("epochs") ? (int) whole(t.get("epochs"), "training.epochs", 0, 10_000_000) : null;
        Long seed = t.has("seed") ? whole(t.get("seed"), "training.seed", 0, Long.MAX_VALUE) : null;
        return new TrainingFields(data, batch, regularization, rate, epochs, seed);
    }

    private static DataSpec data(JsonElement element) throws ScenarioException {
        if (element instanceof JsonPrimitive p && p.isString()) return DataSpec.of(p.getAsString(), 1);
        JsonObject d = object(element, "data");
        if (!d.has("source")) throw new ScenarioException("data", "missing 'source' (a generator, \"digits\" or a CSV file)");
        DataSpec defaults = DataSpec.of(string(d.get("source"), "data.source"), d.has("seed") ? whole(d.get("seed"), "data.seed", 0, Long.MAX_VALUE) : 1);
        int points = d.has("points") ? (int) whole(d.get("points"), "data.points", 2, deltaflow.model.ScenarioFormat.MAX_EXAMPLES) : defaults.points();
        double noise = d.has("noise") ? number(d.get("noise"), "data.noise", 0, 50) : 0;
        double train = d.has("trainPercent") ? number(d.get("trainPercent"), "data.trainPercent", 0, 100) : defaults.trainPercent();
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        if (d.has("features")) {
            JsonArray list = array(d.get("features"), "data.features");
            for (int k = 0; k < list.size(); k++) {
                String id = string(list.get(k), "data.features[" + k + "]");
                features.add(Feature.byId(id).orElseThrow(() -> new ScenarioException("data.features", "'" + id + "' is not one of " + Feature.knownIds())));
            }
        }
        List<String> inputs = new ArrayList<>();
        if (d.has("inputs")) {
            JsonArray list = array(d.get("inputs"), "data.inputs");
            for (int k = 0; k < list.size(); k++) inputs.add(string(list.get(k), "data.inputs[" + k + "]"));
        }
        String target = d.has("target") ? string(d.get("target"), "data.target") : null;
        return new DataSpec(defaults.source(), points, noise, train, defaults.seed(), features, inputs, target);
    }

    /** True when the scenario has neither field. */
    public boolean isNone() { return equals(NONE); }

    /** The fields a trained scenario is written with: where its data came from and how it was trained. */
    public static TrainingFields of(DataSpec data, TrainingSettings settings, int epochs) {
        return new TrainingFields(data, settings.batchSize(), settings.regularization(), settings.regularizationRate(), epochs,
                settings.shuffleSeed());
    }

    /**
     * The same fields with a relative CSV path resolved against {@code directory} (the directory of the file
     * they were read from), so the value names the same file wherever the scenario is later saved.
     */
    public TrainingFields resolvedAgainst(Path directory) {
        if (data == null || !data.isCsv() || directory == null) return this;
        Path file = Path.of(data.source());
        if (file.isAbsolute()) return this;
        return withSource(directory.resolve(file).toAbsolutePath().normalize().toString());
    }

    /**
     * The same fields with the CSV path written relative to {@code directory} (where the scenario is being
     * saved), so a scenario and its data can move together; an absolute path stays absolute where no
     * relative one exists (another drive).
     */
    public TrainingFields relativeTo(Path directory) {
        if (data == null || !data.isCsv() || directory == null) return this;
        Path file = Path.of(data.source());
        if (!file.isAbsolute()) return this;
        try {
            return withSource(directory.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/'));
        } catch (IllegalArgumentException e) {
            return this;
        }
    }

    private TrainingFields withSource(String source) {
        DataSpec moved = new DataSpec(source, data.points(), data.noisePercent(), data.trainPercent(), data.seed(), data.features(),
                data.inputColumns(), data.targetColumn());
        return new TrainingFields(moved, batchSize, regularization, regularizationRate, epochs, seed);
    }

    /**
     * Writes the fields that are present as {@code "data"} and {@code "training"} members of the scenario
     * object being written, so that {@link #read} gives back an equal value; nothing when {@link #isNone()}.
     */
    public void write(JsonWriter json) throws IOException {
        if (data != null) {
            json.name("data").beginObject();
            json.name("source").value(data.source());
            DataSpec defaults = DataSpec.of(data.source(), data.seed());
            if (data.isGenerator() || data.points() != defaults.points()) json.name("points").value(data.points());
            if (data.isGenerator() || data.noisePercent() != 0) json.name("noise").value(data.noisePercent());
            json.name("trainPercent").value(data.trainPercent());
            json.name("seed").value(data.seed());
            if (data.isGenerator() || !data.features().equals(Feature.defaults())) {
                json.name("features").beginArray();
                for (Feature f : data.features()) json.value(f.id());
                json.endArray();
            }
            if (!data.inputColumns().isEmpty()) {
                json.name("inputs").beginArray();
                for (String column : data.inputColumns()) json.value(column);
                json.endArray();
            }
            if (data.targetColumn() != null) json.name("target").value(data.targetColumn());
            json.endObject();
        }
        if (batchSize != null || regularization != null || regularizationRate != null || epochs != null || seed != null) {
            json.name("training").beginObject();
            if (batchSize != null) json.name("batchSize").value(batchSize);
            if (regularization != null) json.name("regularization").value(regularization.id());
            if (regularizationRate != null) json.name("regularizationRate").value(regularizationRate);
            if (epochs != null) json.name("epochs").value(epochs);
            if (seed != null) json.name("seed").value(seed);
            json.endObject();
        }
    }

    private static JsonObject object(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonObject()) throw new ScenarioException(path, "expected an object");
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonElement e, String path) throws ScenarioException {
        if (!e.isJsonArray()) throw new ScenarioException(path, "expected an array");
        return e.getAsJsonArray();
    }

    private static String string(JsonElement e, String path) throws ScenarioException {
        if (!(e instanceof JsonPrimitive p) || !p.isString()) throw new ScenarioException(path, "expected a string");
        return p.getAsString();
    }

    private static double number(JsonElement e, String path, double min, double max) throws ScenarioException {
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) throw new ScenarioException(path, "expected a number");
        double v = p.getAsDouble();
        if (!(v >= min && v <= max)) throw new ScenarioException(path, p.getAsString() + " is not from " + plain(min) + " to " + plain(max));
        return v;
    }

    private static long whole(JsonElement e, String path, long min, long max) throws ScenarioException {
        double v = number(e, path, min, max);
        if (v != Math.rint(v)) throw new ScenarioException(path, "expected a whole number");
        return (long) v;
    }

    private static String plain(double v) { return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v); }
}
