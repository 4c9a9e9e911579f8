package deltaflow.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario files, format v1: JSON with a network, its examples and a learning rate. Readers ignore
 * unknown fields, so later versions can add descriptions, labels and view settings. Every problem is
 * reported with the path of the value at fault.
 *
 * <p>A layer may give {@code size} instead of {@code weights} and {@code biases}; they are then drawn
 * (Xavier-uniform weights, zero biases) from {@code network.seed}, so large networks fit in a small file.
 *
 * <p>The optional {@code "data"} and {@code "training"} fields ({@link TrainingSection}) are read into the
 * scenario and written back as they were read.
 */
public final class ScenarioFormat {
    public static final String FORMAT = "deltaflow-scenario";
    public static final int VERSION = 1;
    /** Beyond these the program could not show or step through the network in any useful way. */
    public static final int MAX_NEURONS = 100_000;
    public static final long MAX_WEIGHTS = 10_000_000;
    public static final int MAX_EXAMPLES = 100_000;

    private ScenarioFormat() {}

    /** Reads a scenario; {@code defaultTitle} is used when the file has no title. */
    public static Scenario read(Reader reader, String defaultTitle) throws ScenarioException {
        return read(reader, defaultTitle, warning -> { });
    }

    /**
     * Reads a scenario and reports what it read but doubts: a field it does not know whose name is a near miss
     * of one it does ({@code "weigths"}), which would otherwise be ignored without a word.
     */
    public static Scenario read(Reader reader, String defaultTitle, Consumer<ScenarioException> warnings) throws ScenarioException {
        return fromJson(parse(reader), defaultTitle, warnings);
    }

    /** A scenario from an already parsed JSON tree, such as the one a session file embeds. */
    static Scenario fromJson(JsonElement root, String defaultTitle) throws ScenarioException {
        return fromJson(root, defaultTitle, warning -> { });
    }

    static Scenario fromJson(JsonElement root, String defaultTitle, Consumer<ScenarioException> warnings) throws ScenarioException {
        return new Parser(defaultTitle, warnings).scenario(root);
    }

    /** The fields each object of the format knows, to recognise a misspelling of one among the fields it ignores. */
    private static final List<String> ROOT_FIELDS = List.of("format", "version", "title", "description", "network", "examples",
            "learningRate", "trainBiases", "data", "training");
    private static final List<String> NETWORK_FIELDS = List.of("inputs", "inputNames", "cost", "seed", "layers");
    private static final List<String> LAYER_FIELDS = List.of("activation", "weights", "biases", "size");
    private static final List<String> EXAMPLE_FIELDS = List.of("x", "y");

    /** Parses strict JSON; a syntax error becomes a ScenarioException with line and column. */
    static JsonElement parse(Reader reader) throws ScenarioException {
        try {
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(json);
            if (!endsHere(json)) {
                throw ScenarioException.of(position(json.toString()), "malformedJson.trailing");
            }
            return root;
        } catch (JsonParseException | IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // Gson wraps running out of memory as a parse error: it is not the file's fault, and must not read as one.
            if (cause instanceof OutOfMemoryError oom) throw oom;
            if (cause instanceof CharacterCodingException || e instanceof CharacterCodingException) {
                throw ScenarioException.of("", "notUtf8");
            }
            String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            int seeAlso = message.indexOf("\nSee ");
            if (seeAlso >= 0) message = message.substring(0, seeAlso);
            throw ScenarioException.of(position(message), "malformedJson", problem(message));
        }
    }

    /** True at the end of the document; a strict reader refuses to peek at a second value, which is not the end. */
    private static boolean endsHere(JsonReader json) throws IOException {
        try {
            return json.peek() == JsonToken.END_DOCUMENT;
        } catch (com.google.gson.stream.MalformedJsonException e) {
            return false;
        }
    }

    private static final Pattern GSON_POSITION = Pattern.compile(" at line (\\d+) column (\\d+)( path \\S*)?");

    /** "line 4, column 4" from Gson's "... at line 4 column 4 path $.version"; empty when it has none. */
    private static String position(String gsonMessage) {
        Matcher m = GSON_POSITION.matcher(gsonMessage);
        return m.find() ? "line " + m.group(1) + ", column " + m.group(2) : "";
    }

    /** Gson's problem without its position, its internal path, or advice meant for programmers. */
    private static String problem(String gsonMessage) {
        String problem = GSON_POSITION.matcher(gsonMessage).replaceAll("").strip();
        if (problem.startsWith("Use JsonReader.setStrictness")) return "not valid JSON here";
        if (problem.startsWith("Unterminated object")) return "unterminated object (a comma or } missing?)";
        if (problem.startsWith("Unterminated array")) return "unterminated array (a comma or ] missing?)";
        return problem.isEmpty() ? "not valid JSON" : Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
    }

    /** Turns the JSON tree into a scenario, keeping the path of each value for messages. */
    private static final class Parser {
        private final String defaultTitle;
        private final Consumer<ScenarioException> warnings;

        Parser(String defaultTitle, Consumer<ScenarioException> warnings) {
            this.defaultTitle = defaultTitle;
            this.warnings = warnings;
        }

        /** Warns of each unknown field that is a near miss of a known one; other unknown fields are a later version's. */
        private void nearMisses(JsonObject object, String path, List<String> known) {
            for (String name : object.keySet()) {
                if (known.contains(name)) continue;
                FieldNames.nearMiss(name, known).ifPresent(meant -> warnings.accept(ScenarioException.of(path, "nearMiss", name, meant)));
            }
        }

        Scenario scenario(JsonElement rootElement) throws ScenarioException {
            JsonObject root = object(rootElement, "");
            nearMisses(root, "", ROOT_FIELDS);
            String format = string(root, "format", "", true);
            if (!FORMAT.equals(format)) throw ScenarioException.of("format", "format", FORMAT, format);
            int version = integer(root, "version", "", 1, Integer.MAX_VALUE);
            if (version > VERSION) {
                throw ScenarioException.of("version", "newerVersion", version, VERSION);
            }
            String title = root.has("title") ? string(root, "title", "", true) : defaultTitle;
            String description = root.has("description") ? string(root, "description", "", true) : "";
            JsonObject networkJson = object(member(root, "network", ""), "network");
            nearMisses(networkJson, "network", NETWORK_FIELDS);
            int inputs = integer(networkJson, "inputs", "network", 1, MAX_NEURONS);
            String costId = string(networkJson, "cost", "network", true);
            Cost cost = Cost.byId(costId).orElseThrow(() -> ScenarioException.of("network.cost", "unknownCost", costId, Cost.knownIds()));
            long seed = networkJson.has("seed") ? integer(networkJson, "seed", "network", 0, Integer.MAX_VALUE) : 1;
            Network network = network(networkJson, inputs, new Random(seed));
            List<String> inputNames = networkJson.has("inputNames") ? inputNames(networkJson.get("inputNames"), inputs) : List.of();
            List<Example> examples = examples(member(root, "examples", ""), network);
            double learningRate = root.has("learningRate") ? number(member(root, "learningRate", ""), "learningRate") : 0.5;
            boolean trainBiases = !root.has("trainBiases") || bool(member(root, "trainBiases", ""), "trainBiases");
            long steps = Timeline.countSteps(network, examples.size(), trainBiases);
            if (steps > Timeline.MAX_STEPS) {
                throw ScenarioException.of("examples", "tooManySteps", examples.size(), steps, Timeline.MAX_STEPS);
            }
            TrainingSection training = TrainingSection.read(root);
            return new Scenario(title, description, network, cost, examples, learningRate, trainBiases, training, inputNames);
        }

        private Network network(JsonObject json, int inputs, Random random) throws ScenarioException {
            JsonArray layersJson = array(member(json, "layers", "network"), "network.layers");
            if (layersJson.isEmpty()) throw ScenarioException.of("network.layers", "noLayers");
            List<Layer> layers = new ArrayList<>();
            int previous = inputs;
            long neurons = inputs;
            long weights = 0;
            for (int l = 0; l < layersJson.size(); l++) {
                String path = "network.layers[" + l + "]";
                JsonObject layerJson = object(layersJson.get(l), path);
                nearMisses(layerJson, path, LAYER_FIELDS);
                String activationId = string(layerJson, "activation", path, true);
                Activation activation = Activation.byId(activationId).orElseThrow(() -> ScenarioException.of(path + ".activation", "unknownActivation", activationId, Activation.knownIds()));
                if (activation == Activation.SOFTMAX && l != layersJson.size() - 1) {
                    throw ScenarioException.of(path + ".activation", "softmaxHidden", l + 1, layersJson.size());
                }
                int size = size(layerJson, path);
                neurons += size;
                weights += (long) size * previous;
                if (neurons > MAX_NEURONS) throw ScenarioException.of(path, "tooManyNeurons", MAX_NEURONS);
                if (weights > MAX_WEIGHTS) throw ScenarioException.of(path, "tooManyWeights", MAX_WEIGHTS);
                // Generated parameters only where "size" asks for them: a missing or misspelled "weights" is an error, not random numbers.
                boolean generated = layerJson.has("size");
                double[][] w = layerJson.has("weights") || !generated ? matrix(member(layerJson, "weights", path), path + ".weights", size, previous)
                        : xavier(size, previous, random);
                double[] b = layerJson.has("biases") || !generated
                        ? vector(member(layerJson, "biases", path), path + ".biases", size, "what.layerSize")
                        : new double[size];
                layers.add(Layer.of(activation, w, b));
                previous = size;
            }
            return new Network(inputs, layers);
        }

        /** One name an input, each of 1 to {@link InputNames#MAX_LENGTH} characters. */
        private List<String> inputNames(JsonElement element, int inputs) throws ScenarioException {
            JsonArray json = array(element, "network.inputNames");
            if (json.size() != inputs) throw ScenarioException.of("network.inputNames", "names", json.size(), inputs);
            List<String> names = new ArrayList<>(inputs);
            for (int j = 0; j < inputs; j++) {
                String path = "network.inputNames[" + j + "]";
                if (!(json.get(j) instanceof JsonPrimitive p) || !p.isString()) throw ScenarioException.of(path, "expectedString", describe(json.get(j)));
                String name = p.getAsString().strip();
                if (name.isEmpty() || name.length() > InputNames.MAX_LENGTH) throw ScenarioException.of(path, "nameLength", InputNames.MAX_LENGTH);
                names.add(name);
            }
            return names;
        }

        /** The layer's size: its {@code size} field, or else the length of its biases, or else its weight rows. */
        private int size(JsonObject layer, String path) throws ScenarioException {
            if (layer.has("size")) return integer(layer, "size", path, 1, MAX_NEURONS);
            if (layer.has("biases")) {
                int size = array(member(layer, "biases", path), path + ".biases").size();
                if (size == 0) throw ScenarioException.of(path + ".biases", "noNeurons");
                return size;
            }
            if (layer.has("weights")) {
                int size = array(member(layer, "weights", path), path + ".weights").size();
                if (size == 0) throw ScenarioException.of(path + ".weights", "noNeurons");
                return size;
            }
            for (String present : layer.keySet()) {
                var meant = FieldNames.nearMiss(present, List.of("weights", "biases", "size"));
                if (meant.isPresent()) throw ScenarioException.of(path, "missingNearMiss", meant.get(), present);
            }
            throw ScenarioException.of(path, "layerNeedsWeights");
        }

        private static double[][] xavier(int rows, int columns, Random random) {
            double limit = Math.sqrt(6.0 / (rows + columns));
            double[][] w = new double[rows][columns];
            for (double[] row : w) for (int j = 0; j < columns; j++) row[j] = (2 * random.nextDouble() - 1) * limit;
            return w;
        }

        private List<Example> examples(JsonElement element, Network network) throws ScenarioException {
            JsonArray json = array(element, "examples");
            if (json.isEmpty()) throw ScenarioException.of("examples", "noExamples");
            if (json.size() > MAX_EXAMPLES) throw ScenarioException.of("examples", "tooManyExamples", json.size(), MAX_EXAMPLES);
            List<Example> examples = new ArrayList<>(json.size());
            for (int r = 0; r < json.size(); r++) {
                String path = "examples[" + r + "]";
                JsonObject example = object(json.get(r), path);
                if (r < 10) nearMisses(example, path, EXAMPLE_FIELDS); // the first few say it: every example is written alike
                double[] x = vector(member(example, "x", path), path + ".x", network.inputs(), "what.inputs");
                double[] y = vector(member(example, "y", path), path + ".y", network.outputs(), "what.outputs");
                examples.add(new Example(x, y));
            }
            return examples;
        }

        private double[][] matrix(JsonElement element, String path, int rows, int columns) throws ScenarioException {
            JsonArray json = array(element, path);
            if (json.size() != rows) throw ScenarioException.of(path, "rows", json.size(), rows);
            double[][] matrix = new double[rows][];
            for (int i = 0; i < rows; i++) {
                matrix[i] = vector(json.get(i), path + "[" + i + "]", columns, "what.previousLayer");
            }
            return matrix;
        }

        private double[] vector(JsonElement element, String path, int length, String what) throws ScenarioException {
            JsonArray json = array(element, path);
            if (json.size() != length) throw ScenarioException.of(path, "numbers", json.size(), length, ScenarioException.phrase(what));
            double[] vector = new double[length];
            for (int k = 0; k < length; k++) vector[k] = number(json.get(k), path + "[" + k + "]");
            return vector;
        }

        private static JsonElement member(JsonObject object, String name, String parent) throws ScenarioException {
            JsonElement value = object.get(name);
            if (value == null) {
                for (String present : object.keySet()) {
                    if (FieldNames.nearMiss(present, List.of(name)).isPresent()) throw ScenarioException.of(parent, "missingNearMiss", name, present);
                }
                throw ScenarioException.of(parent, "missing", name);
            }
            return value;
        }

        private static String child(String parent, String name) { return parent.isEmpty() ? name : parent + "." + name; }

        private static JsonObject object(JsonElement element, String path) throws ScenarioException {
            if (!element.isJsonObject()) throw ScenarioException.of(path, "expectedObject", describe(element));
            return element.getAsJsonObject();
        }

        private static JsonArray array(JsonElement element, String path) throws ScenarioException {
            if (!element.isJsonArray()) throw ScenarioException.of(path, "expectedArray", describe(element));
            return element.getAsJsonArray();
        }

        private static double number(JsonElement element, String path) throws ScenarioException {
            if (!(element instanceof JsonPrimitive p) || !p.isNumber()) {
                throw ScenarioException.of(path, "expectedNumber", describe(element));
            }
            double value = p.getAsDouble();
            if (!Double.isFinite(value)) throw ScenarioException.of(path, "notFinite", p.getAsString());
            return value;
        }

        private static boolean bool(JsonElement element, String path) throws ScenarioException {
            if (!(element instanceof JsonPrimitive p) || !p.isBoolean()) {
                throw ScenarioException.of(path, "expectedBoolean", describe(element));
            }
            return p.getAsBoolean();
        }

        private static String string(JsonObject object, String name, String parent, boolean required) throws ScenarioException {
            JsonElement element = required ? member(object, name, parent) : object.get(name);
            if (!(element instanceof JsonPrimitive p) || !p.isString()) {
                throw ScenarioException.of(child(parent, name), "expectedString", describe(element));
            }
            return p.getAsString();
        }

        private static int integer(JsonObject object, String name, String parent, int min, int max) throws ScenarioException {
            String path = child(parent, name);
            double value = number(member(object, name, parent), path);
            if (value != Math.rint(value)) throw ScenarioException.of(path, "expectedWhole", value);
            if (value < min) throw ScenarioException.of(path, "atLeast", min, (long) value);
            if (value > max) throw ScenarioException.of(path, "moreThanAllowed", (long) value, max);
            return (int) value;
        }

        /** What was found instead, in words: "an array", "the string \"x\"", or the number or boolean itself. */
        private static Object describe(JsonElement element) {
            if (element == null || element.isJsonNull()) return ScenarioException.phrase("found.null");
            if (element.isJsonObject()) return ScenarioException.phrase("found.object");
            if (element.isJsonArray()) return ScenarioException.phrase("found.array");
            JsonPrimitive p = element.getAsJsonPrimitive();
            if (p.isString()) return ScenarioException.phrase("found.string", p.getAsString());
            return p.toString();
        }
    }

    /** Writes a scenario in format v1, with every weight and bias, two-space indented. */
    public static void write(Scenario scenario, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        write(scenario, json);
        json.flush();
    }

    /** Writes a scenario as one JSON object into a larger document. */
    static void write(Scenario scenario, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("format").value(FORMAT);
        json.name("version").value(VERSION);
        json.name("title").value(scenario.title());
        if (!scenario.description().isEmpty()) json.name("description").value(scenario.description());
        Network network = scenario.network();
        json.name("network").beginObject();
        json.name("inputs").value(network.inputs());
        if (!scenario.inputNames().isEmpty()) {
            json.name("inputNames").beginArray();
            for (String name : scenario.inputNames()) json.value(name);
            json.endArray();
        }
        json.name("cost").value(scenario.cost().id());
        json.name("layers").beginArray();
        for (Layer layer : network.layers()) {
            json.beginObject();
            json.name("activation").value(layer.activation().id());
            json.name("weights").beginArray();
            for (double[] row : layer.weightRows()) numbers(json, row);
            json.endArray();
            json.name("biases");
            numbers(json, layer.biases());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.name("examples").beginArray();
        for (Example example : scenario.examples()) {
            json.beginObject();
            json.name("x");
            numbers(json, example.x());
            json.name("y");
            numbers(json, example.target());
            json.endObject();
        }
        json.endArray();
        json.name("learningRate").value(scenario.learningRate());
        json.name("trainBiases").value(scenario.trainBiases());
        scenario.training().write(json);
        json.endObject();
    }

    private static void numbers(JsonWriter json, double[] values) throws IOException {
        json.beginArray();
        for (double v : values) json.value(v);
        json.endArray();
    }
}
