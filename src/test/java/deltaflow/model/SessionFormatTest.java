package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionFormatTest {
    private final Scenario mazur = Scenarios.builtIn("mazur").withNetwork(Scenarios.builtIn("mazur").network().withWeight(2, 0, 1, -0.7));

    private static String write(Session session) throws Exception {
        StringWriter out = new StringWriter();
        SessionFormat.write(session, out);
        return out.toString();
    }

    @Test
    void roundTripsScenarioPositionSelectionExerciseAndSettings() throws Exception {
        Timeline timeline = Timeline.of(mazur);
        Step delta = timeline.step(timeline.phaseStart(Phase.BACKWARD, 0));
        Exercise exercise = Exercise.of(EnumSet.of(Exercise.Topic.DELTA)).answer(delta, 0.12);
        Session session = new Session(mazur, 17, Granularity.LAYER, ValueRef.weight(2, 0, 1), exercise,
                Map.of("view", "both", "theme", "high-contrast", "scale", "2.0"));

        Session back = SessionFormat.read(new StringReader(write(session)));

        assertEquals(mazur, back.scenario());
        assertEquals(17, back.position());
        assertEquals(Granularity.LAYER, back.granularity());
        assertEquals(ValueRef.weight(2, 0, 1), back.selection());
        assertEquals(exercise.verdicts(), back.exercise().verdicts());
        assertEquals(session.settings(), back.settings());
    }

    @Test
    void refusesANewerVersion() {
        String newer = "{\"format\":\"deltaflow-session\",\"version\":2}";
        ScenarioException e = assertThrows(ScenarioException.class, () -> SessionFormat.read(new StringReader(newer)));
        assertEquals("version", e.location());
    }

    @Test
    void refusesADamagedFileNamingThePlace() throws Exception {
        Session session = new Session(mazur, 3, Granularity.NEURON, null, null, Map.of());
        String damaged = write(session).replace("\"position\": 3", "\"position\": 99999");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SessionFormat.read(new StringReader(damaged)));
        assertEquals("position", e.location());

        String truncated = write(session).substring(0, 200);
        assertThrows(ScenarioException.class, () -> SessionFormat.read(new StringReader(truncated)));

        String badScenario = write(session).replace("\"inputs\": 2", "\"inputs\": 3");
        ScenarioException inner = assertThrows(ScenarioException.class, () -> SessionFormat.read(new StringReader(badScenario)));
        assertEquals("scenario.network.layers[0].weights[0]", inner.location());
    }
}
