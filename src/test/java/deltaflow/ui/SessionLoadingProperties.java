package deltaflow.ui;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.stepper.state.InspectorViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import deltaflow.model.Exercise;
import deltaflow.model.Granularity;
import deltaflow.model.Quantity;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.model.Session;
import deltaflow.model.SessionFormat;
import deltaflow.model.Step;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Issue #13, item 4: a session opens whole or not at all. Random mutations of valid sessions (a value replaced by
 * another of any JSON kind, a field removed or misspelt, an array element repeated or dropped, the text cut short
 * or a byte changed) are either refused with one message and nothing on screen changed, or opened and stepped
 * to the end with the inspector and the diagram showing every step, as the window does.
 */
class SessionLoadingProperties {
    private static final List<String> SCENARIOS = List.of("mazur", "default", "xor", "softmax");
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private final Path dir;

    SessionLoadingProperties() throws IOException { dir = Files.createTempDirectory("sessions"); }

    @AfterProperty
    void cleanUp() throws Exception {
        prefs.removeNode();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    @Property(tries = 1500)
    void aMutatedSessionIsRefusedWholeOrOpensAndStepsToTheEnd(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int mutations) throws Exception {
        Random random = new Random(seed);
        String text = mutate(validSession(random), mutations, random);
        Path file = Files.writeString(dir.resolve("s" + Long.toHexString(seed) + ".deltaflow"), text);

        StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
        ExerciseViewModel exercise = new ExerciseViewModel(stepper);
        List<String> errors = new ArrayList<>();
        SessionFiles files = new SessionFiles(stepper, exercise, new FakeFileChooser(), new RecentFiles(prefs));
        files.setOnError(errors::add);
        stepper.next();
        Scenario scenarioBefore = stepper.getScenario();
        Session before = files.capture();

        files.open(file);

        if (!errors.isEmpty()) {
            assertEquals(1, errors.size(), errors::toString);
            assertEquals(1, errors.get(0).lines().count(), "one line: " + errors.get(0));
            assertSame(scenarioBefore, stepper.getScenario(), "the scenario changed although the session was refused");
            assertEquals(before, files.capture(), "the screen changed although the session was refused");
            return;
        }
        Timeline timeline = stepper.getTimeline();
        for (int guard = 0; stepper.getPosition() < timeline.size() && guard <= 2 * timeline.size(); guard++) {
            if (exercise.getQuestion() != null) exercise.giveUp(); // the exercise holds → at its questions
            else stepper.next();
            ValueRef shown = stepper.getSelection() != null ? stepper.getSelection() : current(stepper);
            if (shown != null) InspectorViewModel.of(timeline, stepper.getPosition(), shown, stepper.example());
        }
        assertEquals(timeline.size(), stepper.getPosition());
    }

    private static ValueRef current(StepperViewModel stepper) {
        Step step = stepper.getCurrentStep();
        return step == null ? null : step.result();
    }

    /** A session as the window saves it: a built-in scenario, a position, a granularity, a selection that fits, an exercise. */
    private static String validSession(Random random) {
        Scenario scenario = Scenarios.builtIn(SCENARIOS.get(random.nextInt(SCENARIOS.size())));
        Timeline timeline = Timeline.of(scenario);
        int position = random.nextInt(timeline.size() + 1);
        Granularity granularity = Granularity.values()[random.nextInt(Granularity.values().length)];
        ValueRef selection = random.nextInt(4) == 0 ? null : timeline.step(random.nextInt(timeline.size())).result();
        if (selection != null && random.nextBoolean()) {
            int l = 1 + random.nextInt(scenario.network().depth());
            selection = ValueRef.weight(l, random.nextInt(scenario.network().size(l)), random.nextInt(scenario.network().size(l - 1)));
        }
        Exercise exercise = null;
        if (random.nextBoolean()) {
            exercise = Exercise.of(EnumSet.of(Exercise.Topic.values()[random.nextInt(Exercise.Topic.values().length)]));
            for (int k = 0; k < position; k++) {
                if (exercise.asks(timeline.step(k)) && random.nextBoolean()) exercise = exercise.answer(timeline.step(k), random.nextGaussian());
            }
        }
        Session session = new Session(scenario, position, granularity, selection, exercise,
                Map.of("view", random.nextBoolean() ? "forward" : "both", "theme", "dark", "scale", "1.5"));
        StringWriter out = new StringWriter();
        try {
            SessionFormat.write(session, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static final List<JsonElement> REPLACEMENTS = List.of(
            new JsonPrimitive(-1), new JsonPrimitive(0), new JsonPrimitive(1), new JsonPrimitive(2), new JsonPrimitive(3),
            new JsonPrimitive(7), new JsonPrimitive(100_000), new JsonPrimitive(2_147_483_648L), new JsonPrimitive(1.5),
            new JsonPrimitive(-0.0), new JsonPrimitive(1e308), JsonParser.parseString("0e-99999"),
            JsonParser.parseString("1e400"), JsonParser.parseString("2.0"),
            new JsonPrimitive(true), new JsonPrimitive(""), new JsonPrimitive("x"), new JsonPrimitive("WEIGHT"), new JsonPrimitive("Z"),
            new JsonPrimitive("TARGET"), new JsonPrimitive("COST_GRADIENT"), new JsonPrimitive("relu"), new JsonPrimitive("softmax"),
            new JsonPrimitive("layer"), new JsonPrimitive("delta"), new JsonPrimitive("two\nlines\u0007"), JsonNull.INSTANCE, new JsonObject(), new JsonArray());

    /** The session's text after {@code count} random mutations of its tree, or of its bytes. */
    private static String mutate(String text, int count, Random random) {
        if (random.nextInt(10) == 0) {
            StringBuilder bytes = new StringBuilder(text);
            int at = random.nextInt(bytes.length());
            if (random.nextBoolean()) return bytes.substring(0, at);
            bytes.setCharAt(at, "{}[],:\"0-e.9x\\ \u0000é".charAt(random.nextInt(17)));
            return bytes.toString();
        }
        JsonElement root = JsonParser.parseString(text);
        for (int k = 0; k < count; k++) {
            List<JsonElement> containers = new ArrayList<>();
            collect(root, containers);
            JsonElement container = containers.get(random.nextInt(containers.size()));
            if (container instanceof JsonObject object && !object.isEmpty()) {
                List<String> names = new ArrayList<>(object.keySet());
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(4)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.add(misspell(name, random), object.remove(name));
                    default -> object.add(name, replacement(object.get(name), random));
                }
            } else if (container instanceof JsonArray array && !array.isEmpty()) {
                int at = random.nextInt(array.size());
                switch (random.nextInt(4)) {
                    case 0 -> array.remove(at);
                    case 1 -> array.add(array.get(at).deepCopy());
                    default -> array.set(at, replacement(array.get(at), random));
                }
            }
        }
        return GSON.toJson(root);
    }

    /** Usually a value of the same kind nearby (an index off by one is the interesting case), sometimes anything. */
    private static JsonElement replacement(JsonElement old, Random random) {
        if (old.isJsonPrimitive() && old.getAsJsonPrimitive().isNumber() && random.nextBoolean()) {
            double v = old.getAsDouble();
            return new JsonPrimitive(random.nextBoolean() ? v + 1 : v - 1);
        }
        if (old.isJsonPrimitive() && old.getAsJsonPrimitive().isString() && random.nextInt(3) == 0) {
            return new JsonPrimitive(Quantity.values()[random.nextInt(Quantity.values().length)].name());
        }
        return REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy();
    }

    private static String misspell(String name, Random random) {
        if (name.length() < 2) return name + "x";
        int at = random.nextInt(name.length() - 1);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    private static void collect(JsonElement element, List<JsonElement> containers) {
        if (element.isJsonObject()) {
            containers.add(element);
            for (var e : element.getAsJsonObject().entrySet()) collect(e.getValue(), containers);
        } else if (element.isJsonArray()) {
            containers.add(element);
            for (JsonElement e : element.getAsJsonArray()) collect(e, containers);
        }
    }
}
