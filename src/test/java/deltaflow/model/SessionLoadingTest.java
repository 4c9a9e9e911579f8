package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue #13, item 4: every part of a session is checked against its network before anything is shown. */
class SessionLoadingTest {
    private static String session(ValueRef selection) throws Exception {
        StringWriter out = new StringWriter();
        SessionFormat.write(new Session(Scenarios.builtIn("mazur"), 3, Granularity.NEURON, selection, null, Map.of()), out);
        return out.toString();
    }

    private static String withSelection(String selection) throws Exception {
        return session(ValueRef.weight(1, 0, 0)).replaceFirst("\"selection\": \\{[^}]*}", "\"selection\": " + selection);
    }

    private static String problem(String json) {
        return assertThrows(ScenarioException.class, () -> SessionFormat.read(new StringReader(json))).getMessage();
    }

    @Test
    void aSelectionThatIsNotAnObjectIsRefused() throws Exception {
        assertEquals("selection: expected an object", problem(withSelection("[1, 2]")));
        assertEquals("selection: expected an object", problem(withSelection("\"w\"")));
    }

    @Test
    void aWholeNumberWrittenWithAnExponentIsRead() throws Exception {
        String json = session(ValueRef.weight(1, 0, 0)).replace("\"position\": 3", "\"position\": 0e-99999").replace("\"neuron\": 0", "\"neuron\": 1e0");
        Session session = SessionFormat.read(new StringReader(json));
        assertEquals(0, session.position());
        assertEquals(ValueRef.weight(1, 1, 0), session.selection());
    }

    @Test
    void aSelectionOutsideTheNetworkIsRefused() throws Exception {
        String fits = "selection: does not fit the scenario's network";
        assertEquals(fits, problem(session(new ValueRef(Quantity.WEIGHT, 0, 0, 0, 0))), "a weight at layer 0");
        assertEquals(fits, problem(session(ValueRef.weight(1, 0, 2))), "a source equal to the fan-in");
        assertEquals(fits, problem(session(ValueRef.target(0, 2))), "an output neuron beyond the outputs");
        assertEquals(fits, problem(session(ValueRef.z(0, 3, 0))), "a layer beyond the network");
        assertEquals(fits, problem(session(ValueRef.delta(1, 1, 0))), "an example beyond the batch");
        assertEquals(fits, problem(session(ValueRef.x(0, 2))), "an input beyond the inputs");
    }

    @Test
    void everyValueAStepComputesOrUsesFits() {
        for (String name : java.util.List.of("xor", "softmax", "mazur")) {
            Timeline t = Timeline.of(Scenarios.builtIn(name));
            for (int k = 0; k < t.size(); k++) {
                Step step = t.step(k);
                assertEquals(true, SessionFormat.fits(step.result(), t.scenario()), () -> name + ": " + step.result());
                for (ValueRef op : t.operands(step)) assertEquals(true, SessionFormat.fits(op, t.scenario()), () -> name + ": " + op);
            }
        }
    }

    @Test
    void aQuotedValueWithANewlineLeavesTheMessageOneLine() throws Exception {
        String json = session(null).replace("\"granularity\": \"neuron\"", "\"granularity\": \"by\\nlayer\"");
        assertEquals("granularity: unknown granularity \"by\\nlayer\"", problem(json));
    }
}
