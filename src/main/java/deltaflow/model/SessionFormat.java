package deltaflow.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Session files (format "deltaflow-session", version 1): a scenario plus where the lesson stands in it.
 * A damaged file or one from a newer version is refused with a message naming the place, never half-read.
 */
public final class SessionFormat {
    public static final String FORMAT = "deltaflow-session";
    public static final int VERSION = 1;

    private SessionFormat() {}

    public static void write(Session session, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("format").value(FORMAT);
        json.name("version").value(VERSION);
        json.name("scenario");
        ScenarioFormat.write(session.scenario(), json);
        json.name("position").value(session.position());
        json.name("granularity").value(session.granularity().id());
        if (session.selection() != null) {
            ValueRef s = session.selection();
            json.name("selection").beginObject();
            json.name("quantity").value(s.quantity().name());
            json.name("example").value(s.example());
            json.name("layer").value(s.layer());
            json.name("neuron").value(s.neuron());
            json.name("source").value(s.source());
            json.endObject();
        }
        if (session.exercise() != null) {
            json.name("exercise").beginObject();
            json.name("topics").beginArray();
            for (Exercise.Topic topic : session.exercise().topics()) json.value(topic.id());
            json.endArray();
            json.name("answers").beginArray();
            for (Exercise.Verdict v : session.exercise().verdicts()) {
                json.beginObject().name("step").value(v.stepIndex()).name("guess").value(v.guess()).endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.name("settings").beginObject();
        for (Map.Entry<String, String> e : session.settings().entrySet()) json.name(e.getKey()).value(e.getValue());
        json.endObject();
        json.endObject();
        json.flush();
    }

    public static Session read(Reader reader) throws ScenarioException {
        return read(reader, warning -> { });
    }

    /** The fields a session knows, to recognise a misspelling of one among those it ignores. */
    private static final java.util.List<String> FIELDS = java.util.List.of("format", "version", "scenario", "position", "granularity",
            "selection", "exercise", "settings");

    /** Reads a session, telling {@code warnings} of fields it ignores whose names are near misses of known ones. */
    public static Session read(Reader reader, java.util.function.Consumer<ScenarioException> warnings) throws ScenarioException {
        JsonElement rootElement = ScenarioFormat.parse(reader);
        if (!rootElement.isJsonObject()) throw ScenarioException.of("", "expectedSession");
        JsonObject root = rootElement.getAsJsonObject();
        for (String name : root.keySet()) {
            if (FIELDS.contains(name)) continue;
            FieldNames.nearMiss(name, FIELDS).ifPresent(meant -> warnings.accept(ScenarioException.of("", "nearMiss", name, meant)));
        }
        String format = string(root, "format");
        if (!FORMAT.equals(format)) throw ScenarioException.of("format", "format", FORMAT, format);
        int version = integer(root, "version");
        if (version > VERSION) {
            throw ScenarioException.of("version", "sessionNewerVersion", version, VERSION);
        }
        Scenario scenario;
        try {
            scenario = ScenarioFormat.fromJson(member(root, "scenario"), "session", warning -> warnings.accept(warning.at(warning.location().isEmpty() ? "scenario" : "scenario." + warning.location())));
        } catch (ScenarioException e) {
            throw e.at(e.location().isEmpty() ? "scenario" : "scenario." + e.location());
        }
        MemoryBudget.checkTrace(scenario.network(), scenario.batchSize(), "scenario");
        Timeline timeline = Timeline.of(scenario);
        int position = integer(root, "position");
        if (position < 0 || position > timeline.size()) {
            throw ScenarioException.of("position", "outsideTimeline", position, timeline.size());
        }
        String granularityId = string(root, "granularity");
        Granularity granularity = null;
        for (Granularity g : Granularity.values()) if (g.id().equals(granularityId)) granularity = g;
        if (granularity == null) throw ScenarioException.of("granularity", "unknownGranularity", granularityId);
        ValueRef selection = root.has("selection") && !root.get("selection").isJsonNull() ? selection(root.get("selection"), scenario) : null;
        Exercise exercise = root.has("exercise") ? exercise(member(root, "exercise"), timeline) : null;
        Map<String, String> settings = new TreeMap<>();
        if (root.has("settings")) {
            JsonElement settingsJson = member(root, "settings");
            if (!settingsJson.isJsonObject()) throw ScenarioException.of("settings", "expectedAnObject");
            for (Map.Entry<String, JsonElement> e : settingsJson.getAsJsonObject().entrySet()) {
                if (!(e.getValue() instanceof JsonPrimitive p) || !p.isString()) {
                    throw ScenarioException.of("settings." + e.getKey(), "expectedAString");
                }
                settings.put(e.getKey(), e.getValue().getAsString());
            }
        }
        return new Session(scenario, position, granularity, selection, exercise, settings);
    }

    private static ValueRef selection(JsonElement element, Scenario scenario) throws ScenarioException {
        if (!element.isJsonObject()) throw ScenarioException.of("selection", "expectedAnObject");
        JsonObject json = element.getAsJsonObject();
        String name = string(json, "quantity");
        Quantity quantity;
        try {
            quantity = Quantity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ScenarioException.of("selection.quantity", "unknownQuantity", name);
        }
        ValueRef ref = new ValueRef(quantity, integer(json, "example"), integer(json, "layer"), integer(json, "neuron"), integer(json, "source"));
        if (!fits(ref, scenario)) throw ScenarioException.of("selection", "selectionDoesNotFit");
        return ref;
    }

    /**
     * True when the reference names a number the scenario has: each index within the range its quantity
     * uses (a weight's layer 1..L, its neuron within the layer, its source within the layer before; x within
     * the inputs; ŷ and ∂C/∂y within the outputs), and the indices it does not use 0.
     */
    static boolean fits(ValueRef ref, Scenario scenario) {
        Network network = scenario.network();
        int l = ref.layer(), depth = network.depth();
        boolean example = ref.quantity().isPerExample() ? ref.example() >= 0 && ref.example() < scenario.batchSize() : ref.example() == 0;
        if (!example || ref.neuron() < 0) return false;
        return switch (ref.quantity()) {
            case X -> l == 0 && ref.neuron() < network.inputs() && ref.source() == 0;
            case TARGET, COST_GRADIENT -> l == 0 && ref.neuron() < network.outputs() && ref.source() == 0;
            case COST, TOTAL_COST -> l == 0 && ref.neuron() == 0 && ref.source() == 0;
            case WEIGHT, WEIGHT_GRADIENT, MEAN_WEIGHT_GRADIENT, UPDATED_WEIGHT ->
                    l >= 1 && l <= depth && ref.neuron() < network.size(l) && ref.source() >= 0 && ref.source() < network.size(l - 1);
            case BIAS, Z, A, GAIN, DELTA, BIAS_GRADIENT, MEAN_BIAS_GRADIENT, UPDATED_BIAS ->
                    l >= 1 && l <= depth && ref.neuron() < network.size(l) && ref.source() == 0;
        };
    }

    private static Exercise exercise(JsonElement element, Timeline timeline) throws ScenarioException {
        if (!element.isJsonObject()) throw ScenarioException.of("exercise", "expectedAnObject");
        JsonObject json = element.getAsJsonObject();
        Set<Exercise.Topic> topics = EnumSet.noneOf(Exercise.Topic.class);
        for (JsonElement t : array(json, "topics", "exercise.topics")) {
            String id = t.isJsonPrimitive() ? t.getAsString() : String.valueOf(t);
            Exercise.Topic topic = null;
            for (Exercise.Topic candidate : Exercise.Topic.values()) if (candidate.id().equals(id)) topic = candidate;
            if (topic == null) throw ScenarioException.of("exercise.topics", "unknownTopic", id);
            topics.add(topic);
        }
        Exercise exercise = Exercise.of(topics);
        JsonArray answers = array(json, "answers", "exercise.answers");
        for (int k = 0; k < answers.size(); k++) {
            String path = "exercise.answers[" + k + "]";
            if (!answers.get(k).isJsonObject()) throw ScenarioException.of(path, "expectedAnObject");
            JsonObject answer = answers.get(k).getAsJsonObject();
            int step = integer(answer, "step");
            if (step < 0 || step >= timeline.size() || !exercise.asks(timeline.step(step))) {
                throw ScenarioException.of(path + ".step", "notAQuestion", step);
            }
            exercise = exercise.answer(timeline.step(step), number(answer, "guess", path));
        }
        return exercise;
    }

    private static JsonElement member(JsonObject object, String name) throws ScenarioException {
        JsonElement value = object.get(name);
        if (value == null) throw ScenarioException.of("", "missing", name);
        return value;
    }

    private static JsonArray array(JsonObject object, String name, String path) throws ScenarioException {
        JsonElement value = object.get(name);
        if (value == null || !value.isJsonArray()) throw ScenarioException.of(path, "expectedAnArray");
        return value.getAsJsonArray();
    }

    private static String string(JsonObject object, String name) throws ScenarioException {
        JsonElement value = object.get(name);
        if (!(value instanceof JsonPrimitive p) || !p.isString()) throw ScenarioException.of(name, "expectedAString");
        return p.getAsString();
    }

    private static double number(JsonObject object, String name, String parent) throws ScenarioException {
        JsonElement value = object.get(name);
        if (!(value instanceof JsonPrimitive p) || !p.isNumber() || !Double.isFinite(p.getAsDouble())) {
            throw ScenarioException.of(parent + "." + name, "expectedFinite");
        }
        return p.getAsDouble();
    }

    /** A whole number however it is written ({@code 3}, {@code 3.0}, {@code 0e-99999}): read as a double, never by Integer.parseInt. */
    private static int integer(JsonObject object, String name) throws ScenarioException {
        JsonElement value = object.get(name);
        if (!(value instanceof JsonPrimitive p) || !p.isNumber()) throw ScenarioException.of(name, "expectedAWhole");
        double number = p.getAsDouble();
        if (!Double.isFinite(number) || number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw ScenarioException.of(name, "expectedAWhole");
        }
        return (int) number;
    }
}
