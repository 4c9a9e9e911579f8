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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario files, format v1: JSON with a network, its examples and a learning rate. Readers ignore
 * unknown fields, so later versions can add descriptions, labels and view settings. Every problem is
 * reported with the path of the value at fault.
 *
 * <p>A layer may give {@code size} instead of {@code weights} and {@code biases}; they are then drawn
 * (Xavier-uniform weights, zero biases) from {@code network.seed}, so large networks fit in a small file.
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
        return fromJson(parse(reader), defaultTitle);
    }

    /** A scenario from an already parsed JSON tree, such as the one a session file embeds. */
    static Scenario fromJson(JsonElement root, String defaultTitle) throws ScenarioException {
        return new Parser(defaultTitle).scenario(root);
    }

    /** Parses strict JSON; a syntax error becomes a ScenarioException with line and column. */
    static JsonElement parse(Reader reader) throws ScenarioException {
        try {
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(json);
            if (!endsHere(json)) {
                throw new ScenarioException(position(json.toString()), "malformed JSON: more after the end of the top-level object");
            }
            return root;
        } catch (JsonParseException | IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CharacterCodingException || e instanceof CharacterCodingException) {
                throw new ScenarioException("", "is not UTF-8 text");
            }
            String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            int seeAlso = message.indexOf("\nSee ");
            if (seeAlso >= 0) message = message.substring(0, seeAlso);
            throw new ScenarioException(position(message), "malformed JSON: " + problem(message));
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

        Parser(String defaultTitle) { this.defaultTitle = defaultTitle; }

        Scenario scenario(JsonElement rootElement) throws ScenarioException {
            JsonObject root = object(rootElement, "");
            String format = string(root, "format", "", true);
            if (!FORMAT.equals(format)) throw new ScenarioException("format", "expected \"" + FORMAT + "\", found \"" + format + "\"");
            int version = integer(root, "version", "", 1, Integer.MAX_VALUE);
            if (version > VERSION) {
                throw new ScenarioException("version", version + " is newer than this program reads (" + VERSION + "); please update deltaflow");
            }
            String title = root.has("title") ? string(root, "title", "", true) : defaultTitle;
            String description = root.has("description") ? string(root, "description", "", true) : "";
            JsonObject networkJson = object(member(root, "network", ""), "network");
            int inputs = integer(networkJson, "inputs", "network", 1, MAX_NEURONS);
            String costId = string(networkJson, "cost", "network", true);
            Cost cost = Cost.byId(costId).orElseThrow(() -> new ScenarioException("network.cost",
                    "unknown cost \"" + costId + "\"; known: " + Cost.knownIds()));
            long seed = networkJson.has("seed") ? integer(networkJson, "seed", "network", 0, Integer.MAX_VALUE) : 1;
            Network network = network(networkJson, inputs, new Random(seed));
            List<Example> examples = examples(member(root, "examples", ""), network);
            double learningRate = root.has("learningRate") ? number(member(root, "learningRate", ""), "learningRate") : 0.5;
            boolean trainBiases = !root.has("trainBiases") || bool(member(root, "trainBiases", ""), "trainBiases");
            long steps = Timeline.countSteps(network, examples.size(), trainBiases);
            if (steps > Timeline.MAX_STEPS) {
                throw new ScenarioException("examples", examples.size() + " examples make " + steps + " steps, more than the " + Timeline.MAX_STEPS + " that can be stepped through");
            }
            return new Scenario(title, description, network, cost, examples, learningRate, trainBiases);
        }

        private Network network(JsonObject json, int inputs, Random random) throws ScenarioException {
            JsonArray layersJson = array(member(json, "layers", "network"), "network.layers");
            if (layersJson.isEmpty()) throw new ScenarioException("network.layers", "a network needs at least one layer");
            List<Layer> layers = new ArrayList<>();
            int previous = inputs;
            long neurons = inputs;
            long weights = 0;
            for (int l = 0; l < layersJson.size(); l++) {
                String path = "network.layers[" + l + "]";
                JsonObject layerJson = object(layersJson.get(l), path);
                String activationId = string(layerJson, "activation", path, true);
                Activation activation = Activation.byId(activationId).orElseThrow(() -> new ScenarioException(path + ".activation",
                        "unknown activation \"" + activationId + "\"; known: " + Activation.knownIds()));
                if (activation == Activation.SOFTMAX && l != layersJson.size() - 1) {
                    throw new ScenarioException(path + ".activation", "softmax is allowed in the output layer only (layer " + (l + 1) + " of " + layersJson.size() + ")");
                }
                int size = size(layerJson, path);
                neurons += size;
                weights += (long) size * previous;
                if (neurons > MAX_NEURONS) throw new ScenarioException(path, "more than " + MAX_NEURONS + " neurons in the network");
                if (weights > MAX_WEIGHTS) throw new ScenarioException(path, "more than " + MAX_WEIGHTS + " weights in the network");
                double[][] w = layerJson.has("weights") ? matrix(member(layerJson, "weights", path), path + ".weights", size, previous)
                        : xavier(size, previous, random);
                double[] b = layerJson.has("biases") ? vector(member(layerJson, "biases", path), path + ".biases", size, "the layer's size")
                        : new double[size];
                layers.add(Layer.of(activation, w, b));
                previous = size;
            }
            return new Network(inputs, layers);
        }

        /** The layer's size: its {@code size} field, or else the length of its biases, or else its weight rows. */
        private int size(JsonObject layer, String path) throws ScenarioException {
            if (layer.has("size")) return integer(layer, "size", path, 1, MAX_NEURONS);
            if (layer.has("biases")) {
                int size = array(member(layer, "biases", path), path + ".biases").size();
                if (size == 0) throw new ScenarioException(path + ".biases", "a layer needs at least one neuron");
                return size;
            }
            if (layer.has("weights")) {
                int size = array(member(layer, "weights", path), path + ".weights").size();
                if (size == 0) throw new ScenarioException(path + ".weights", "a layer needs at least one neuron");
                return size;
            }
            throw new ScenarioException(path, "a layer needs \"weights\" and \"biases\", or a \"size\"");
        }

        private static double[][] xavier(int rows, int columns, Random random) {
            double limit = Math.sqrt(6.0 / (rows + columns));
            double[][] w = new double[rows][columns];
            for (double[] row : w) for (int j = 0; j < columns; j++) row[j] = (2 * random.nextDouble() - 1) * limit;
            return w;
        }

        private List<Example> examples(JsonElement element, Network network) throws ScenarioException {
            JsonArray json = array(element, "examples");
            if (json.isEmpty()) throw new ScenarioException("examples", "a scenario needs at least one example");
            if (json.size() > MAX_EXAMPLES) throw new ScenarioException("examples", json.size() + " examples, more than " + MAX_EXAMPLES);
            List<Example> examples = new ArrayList<>(json.size());
            for (int r = 0; r < json.size(); r++) {
                String path = "examples[" + r + "]";
                JsonObject example = object(json.get(r), path);
                double[] x = vector(member(example, "x", path), path + ".x", network.inputs(), "the network's inputs");
                double[] y = vector(member(example, "y", path), path + ".y", network.outputs(), "the output layer's size");
                examples.add(new Example(x, y));
            }
            return examples;
        }

        private double[][] matrix(JsonElement element, String path, int rows, int columns) throws ScenarioException {
            JsonArray json = array(element, path);
            if (json.size() != rows) throw new ScenarioException(path, json.size() + " rows, expected " + rows + " (the layer's size)");
            double[][] matrix = new double[rows][];
            for (int i = 0; i < rows; i++) {
                matrix[i] = vector(json.get(i), path + "[" + i + "]", columns, "the size of the layer before");
            }
            return matrix;
        }

        private double[] vector(JsonElement element, String path, int length, String what) throws ScenarioException {
            JsonArray json = array(element, path);
            if (json.size() != length) throw new ScenarioException(path, json.size() + " numbers, expected " + length + " (" + what + ")");
            double[] vector = new double[length];
            for (int k = 0; k < length; k++) vector[k] = number(json.get(k), path + "[" + k + "]");
            return vector;
        }

        private static JsonElement member(JsonObject object, String name, String parent) throws ScenarioException {
            JsonElement value = object.get(name);
            if (value == null) throw new ScenarioException(parent, "missing \"" + name + "\"");
            return value;
        }

        private static String child(String parent, String name) { return parent.isEmpty() ? name : parent + "." + name; }

        private static JsonObject object(JsonElement element, String path) throws ScenarioException {
            if (!element.isJsonObject()) throw new ScenarioException(path, "expected an object, found " + describe(element));
            return element.getAsJsonObject();
        }

        private static JsonArray array(JsonElement element, String path) throws ScenarioException {
            if (!element.isJsonArray()) throw new ScenarioException(path, "expected an array, found " + describe(element));
            return element.getAsJsonArray();
        }

        private static double number(JsonElement element, String path) throws ScenarioException {
            if (!(element instanceof JsonPrimitive p) || !p.isNumber()) {
                throw new ScenarioException(path, "expected a number, found " + describe(element));
            }
            double value = p.getAsDouble();
            if (!Double.isFinite(value)) throw new ScenarioException(path, p.getAsString() + " is not a finite number");
            return value;
        }

        private static boolean bool(JsonElement element, String path) throws ScenarioException {
            if (!(element instanceof JsonPrimitive p) || !p.isBoolean()) {
                throw new ScenarioException(path, "expected true or false, found " + describe(element));
            }
            return p.getAsBoolean();
        }

        private static String string(JsonObject object, String name, String parent, boolean required) throws ScenarioException {
            JsonElement element = required ? member(object, name, parent) : object.get(name);
            if (!(element instanceof JsonPrimitive p) || !p.isString()) {
                throw new ScenarioException(child(parent, name), "expected a string, found " + describe(element));
            }
            return p.getAsString();
        }

        private static int integer(JsonObject object, String name, String parent, int min, int max) throws ScenarioException {
            String path = child(parent, name);
            double value = number(member(object, name, parent), path);
            if (value != Math.rint(value)) throw new ScenarioException(path, "expected a whole number, found " + value);
            if (value < min) throw new ScenarioException(path, "must be at least " + min + ", found " + (long) value);
            if (value > max) throw new ScenarioException(path, (long) value + " is more than the " + max + " allowed");
            return (int) value;
        }

        private static String describe(JsonElement element) {
            if (element == null || element.isJsonNull()) return "null";
            if (element.isJsonObject()) return "an object";
            if (element.isJsonArray()) return "an array";
            JsonPrimitive p = element.getAsJsonPrimitive();
            if (p.isString()) return "the string \"" + p.getAsString() + "\"";
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
        json.endObject();
    }

    private static void numbers(JsonWriter json, double[] values) throws IOException {
        json.beginArray();
        for (double v : values) json.value(v);
        json.endArray();
    }
}
