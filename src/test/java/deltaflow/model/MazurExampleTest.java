package deltaflow.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015): the published numbers, checked against the
 * engine. Mazur holds the biases fixed.
 */
class MazurExampleTest {
    /** Half a unit in the last of the nine decimals the post prints. */
    private static final double TOLERANCE = 5e-10;
    /** Half a unit in the last place, for the values the post prints with eight decimals. */
    private static final double TOLERANCE_8 = 5e-9;

    private final Scenario mazur = Scenarios.builtIn("mazur");
    private final Trace trace = Trace.of(mazur);

    @Test
    void forwardPassMatchesThePost() {
        Pass pass = trace.pass(0);
        assertEquals(0.3775, pass.z(1, 0), TOLERANCE);          // net_h1
        assertEquals(0.593269992, pass.a(1, 0), TOLERANCE);     // out_h1
        assertEquals(0.596884378, pass.a(1, 1), TOLERANCE);     // out_h2
        assertEquals(0.75136507, pass.a(2, 0), TOLERANCE_8);      // out_o1
        assertEquals(0.772928465, pass.a(2, 1), TOLERANCE);     // out_o2
        assertEquals(0.298371109, trace.totalCost(), TOLERANCE); // E_total
    }

    @Test
    void updatedWeightsMatchThePost() {
        Network updated = trace.updated();
        assertEquals(0.35891648, updated.layer(2).weight(0, 0), TOLERANCE_8);  // w5
        assertEquals(0.408666186, updated.layer(2).weight(0, 1), TOLERANCE); // w6
        assertEquals(0.511301270, updated.layer(2).weight(1, 0), TOLERANCE); // w7
        assertEquals(0.561370121, updated.layer(2).weight(1, 1), TOLERANCE); // w8
        assertEquals(0.149780716, updated.layer(1).weight(0, 0), TOLERANCE); // w1
        assertEquals(0.19956143, updated.layer(1).weight(0, 1), TOLERANCE_8);  // w2
        assertEquals(0.24975114, updated.layer(1).weight(1, 0), TOLERANCE_8);  // w3
        assertEquals(0.29950229, updated.layer(1).weight(1, 1), TOLERANCE_8);  // w4
        assertEquals(0.35, updated.layer(1).bias(0));
    }

    @Test
    void errorAfterOneUpdateWithBiasesFixed() {
        // The post's 0.291027924 is a known erratum (it updated W^2 before computing δ^1).
        double after = Trace.of(mazur.withNetwork(trace.updated())).totalCost();
        assertEquals(0.291027774, after, TOLERANCE);
    }

    @Test
    void errorAfterOneUpdateWithBiasesTrained() {
        Trace trained = Trace.of(mazur.withTrainBiases(true));
        double after = Trace.of(mazur.withNetwork(trained.updated())).totalCost();
        assertEquals(0.280471447, after, TOLERANCE);
    }
}
