package deltaflow.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file's optional {@code "data"} and {@code "training"} members (format version 1: readers that do
 * not know them ignore them, and files without them stay valid), checked when read and kept as written:
 * <pre>
 * "data": "spiral"            a generator with its defaults, "digits", or a CSV path relative to the scenario
 * "data": {"source": "spiral", "points": 500, "noise": 10, "trainPercent": 50, "seed": 1,
 *          "features": ["x1", "x2", "sinx1"], "inputs": ["a", "b"], "target": "c"}
 * "training": {"batchSize": 10, "regularization": "l2", "regularizationRate": 0.001, "epochs": 300, "seed": 1}
 * </pre>
 * What is left out is null. The learning rate and whether biases learn are the scenario's own {@code learningRate}
 * and {@code trainBiases}.
 *
 * <p>Why a value of the model: a {@link Scenario} carries these members through every edit and save (the stepper
 * does not use them), so they must live where the scenario lives; what they mean (the data set they make, the
 * settings they train with, the defaults of what is left out) is {@code model.train.TrainingFields}', which builds
 * on the model. So the model never reaches up into training.
 */
public record TrainingSection(DataSection data, Integer batchSize, Regularization regularization, Double regularizationRate,
                              Integer epochs, Long seed) {
    public static final TrainingSection NONE = new TrainingSection(null, null, null, null, null, null);

    /** The members of a scenario's JSON object; absent ones are null. Every problem names the value at fault. */
    public static TrainingSection read(JsonObject root) throws ScenarioException {
        DataSection data = root.has("data") ? data(root.get("data")) : null;
        if (!root.has("training")) return data == null ? NONE : new TrainingSection(data, null, null, null, null, null);
        JsonObject t = object(root.get("training"), "training");
        Integer batch = t.has("batchSize") ? (int) whole(t.get("batchSize"), "training.batchSize", 1, ScenarioFormat.MAX_EXAMPLES) : null;
        Regularization regularization = null;
        if (t.has("regularization")) {
            String id = string(t.get("regularization"), "training.regularization");
            regularization = Regularization.byId(id).orElseThrow(() -> new ScenarioException("training.regularization",
                    "'" + id + "' is not one of " + Regularization.knownIds()));
        }
        Double rate = t.has("regularizationRate") ? number(t.get("regularizationRate"), "training.regularizationRate", 0, 1e6) : null;
        Integer epochs = t.has("epochs") ? (int) whole(t.get("epochs"), "training.epochs", 0, 10_000_000) : null;
        Long seed = t.has("seed") ? whole(t.get("seed"), "training.seed", 0, Long.MAX_VALUE) : null;
        return new TrainingSection(data, batch, regularization, rate, epochs, seed);
    }

    private static DataSection data(JsonElement element) throws ScenarioException {
        if (element instanceof JsonPrimitive p && p.isString()) return DataSection.of(p.getAsString());
        JsonObject d = object(element, "data");
        if (!d.has("source")) throw new ScenarioException("data", "missing 'source' (a generator, \"digits\" or a CSV file)");
        String source = string(d.get("source"), "data.source");
        Long seed = d.has("seed") ? whole(d.get("seed"), "data.seed", 0, Long.MAX_VALUE) : null;
        Integer points = d.has("points") ? (int) whole(d.get("points"), "data.points", 2, ScenarioFormat.MAX_EXAMPLES) : null;
        Double noise = d.has("noise") ? number(d.get("noise"), "data.noise", 0, 50) : null;
        Double train = d.has("trainPercent") ? number(d.get("trainPercent"), "data.trainPercent", 0, 100) : null;
        List<String> features = null;
        if (d.has("features")) {
            JsonArray list = array(d.get("features"), "data.features");
            features = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                String id = string(list.get(k), "data.features[" + k + "]");
                if (!DataSection.FEATURES.contains(id)) {
                    throw new ScenarioException("data.features", "'" + id + "' is not one of " + String.join(", ", DataSection.FEATURES));
                }
                features.add(id);
            }
        }
        List<String> inputs = null;
        if (d.has("inputs")) {
            JsonArray list = array(d.get("inputs"), "data.inputs");
            inputs = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) inputs.add(string(list.get(k), "data.inputs[" + k + "]"));
        }
        String target = d.has("target") ? string(d.get("target"), "data.target") : null;
        return new DataSection(source, points, noise, train, seed, features, inputs, target);
    }

    /** True when the scenario has neither member (or only empty ones). */
    public boolean isNone() { return equals(NONE); }

    /**
     * The same members with a relative CSV path resolved against {@code directory} (the directory of the file
     * they were read from), so the value names the same file wherever the scenario is later saved.
     */
    public TrainingSection resolvedAgainst(Path directory) {
        return data == null ? this : withData(data.resolvedAgainst(directory));
    }

    /**
     * The same members with the CSV path written relative to {@code directory} (where the scenario is being
     * saved), so a scenario and its data can move together.
     */
    public TrainingSection relativeTo(Path directory) {
        return data == null ? this : withData(data.relativeTo(directory));
    }

    private TrainingSection withData(DataSection moved) {
        return moved == data ? this : new TrainingSection(moved, batchSize, regularization, regularizationRate, epochs, seed);
    }

    /**
     * Writes the members that are present as {@code "data"} and {@code "training"} members of the scenario
     * object being written, so that {@link #read} gives back an equal value; nothing when {@link #isNone()}.
     */
    public void write(JsonWriter json) throws IOException {
        if (data != null) {
            json.name("data").beginObject();
            json.name("source").value(data.source());
            if (data.points() != null) json.name("points").value(data.points());
            if (data.noisePercent() != null) json.name("noise").value(data.noisePercent());
            if (data.trainPercent() != null) json.name("trainPercent").value(data.trainPercent());
            if (data.seed() != null) json.name("seed").value(data.seed());
            strings(json, "features", data.features());
            strings(json, "inputs", data.inputColumns());
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

    private static void strings(JsonWriter json, String name, List<String> values) throws IOException {
        if (values == null) return;
        json.name(name).beginArray();
        for (String value : values) json.value(value);
        json.endArray();
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
