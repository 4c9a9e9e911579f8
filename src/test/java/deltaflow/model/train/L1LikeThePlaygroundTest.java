package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.ExampleTable;
import deltaflow.model.Layer;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Sgd;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * L1 as TensorFlow Playground's nn.ts applies it: R'(w) = −1 below zero, +1 otherwise; a weight the penalty
 * pushes across zero is set to zero and is dead from then on — no gradient step, no penalty.
 * Worked by hand on one weight: a linear neuron ŷ = w x (bias held), C = ½(ŷ − y)², ∂C/∂w = (ŷ − y) x.
 */
class L1LikeThePlaygroundTest {
    private static Sgd oneWeight(double w) {
        return new Sgd(new Network(1, List.of(Layer.of(Activation.LINEAR, new double[][] {{w}}, new double[] {0}))));
    }

    private static void update(Sgd sgd, double x, double y, double rate) {
        ExampleTable one = ExampleTable.of(new Example(new double[] {x}, new double[] {y}));
        sgd.update(Cost.SQUARED, one, new int[] {0}, 0, 1, 0.1, false, Regularization.L1, rate);
    }

    private static double w(Sgd sgd) { return sgd.network().layer(1).weight(0, 0); }

    @Test
    void aWeightThePenaltyPushesAcrossZeroStopsThereForGood() {
        Sgd sgd = oneWeight(0.05);
        // ŷ = 0.05 = y: ∂C/∂w = 0, w⁺ = 0.05; the penalty's move 0.05 − 0.1 × 1 × 1 = −0.05 crosses zero → 0, dead.
        update(sgd, 1, 0.05, 1);
        assertEquals(0.0, w(sgd), 0.0);
        assertTrue(sgd.frozen(1, 0, 0));
        // ŷ = 0, y = 1: ∂C/∂w = −1. A live weight would go to 0 + 0.1 = 0.1, then 0.1 − 0.1 × 0.5 = 0.05; a dead one stays 0.
        update(sgd, 1, 1, 0.5);
        assertEquals(0.0, w(sgd), 0.0);
        update(sgd, 2, -3, 0.0);
        assertEquals(0.0, w(sgd), 0.0, "dead even when the penalty is off");
    }

    @Test
    void fromBelowZeroToo() {
        Sgd sgd = oneWeight(-0.05);
        update(sgd, 1, -0.05, 1); // w⁺ = −0.05; −0.05 + 0.1 = 0.05 crosses zero
        assertEquals(0.0, w(sgd), 0.0);
        assertTrue(sgd.frozen(1, 0, 0));
    }

    @Test
    void atZeroTheDerivativeIsPlusOneAsInThePlayground() {
        Sgd sgd = oneWeight(0.0); // zero but alive: loaded, not stopped by L1
        update(sgd, 1, 1, 0.5);   // ∂C/∂w = −1: w⁺ = 0.1; R'(0) = +1: 0.1 − 0.1 × 0.5 × 1 = 0.05 (sign 0 would leave 0.1)
        assertEquals(0.1 - 0.1 * 0.5, w(sgd), 0.0);
        assertFalse(sgd.frozen(1, 0, 0));
        update(sgd, 1, 0.05, 0.1); // ŷ = 0.05 = y: w⁺ = 0.05; 0.05 − 0.01 = 0.04, no crossing
        assertEquals(0.05 - 0.1 * 0.1, w(sgd), 0.0);
    }

    @Test
    void aSnapshotKeepsWhichWeightsAreDead() {
        Sgd sgd = oneWeight(0.05);
        update(sgd, 1, 0.05, 1);
        Sgd other = oneWeight(0.7);
        other.restore(sgd.snapshot());
        assertTrue(other.frozen(1, 0, 0));
        update(other, 1, 1, 0.5);
        assertEquals(0.0, w(other), 0.0);
        other.load(sgd.network());
        assertFalse(other.frozen(1, 0, 0), "loading weights starts alive");
    }

    @Test
    void trainingReplaysDeadWeightsExactlyAndAnEditBringsOneBack() {
        DataSet circle = DataSet.planar(Generator.CIRCLE, 200, 0.1, 0.5, 2, Feature.defaults());
        Training t = new Training(circle, Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 7),
                TrainingSettings.defaults(3).withRegularization(Regularization.L1, 0.3));
        List<Network> seen = new ArrayList<>();
        for (int e = 0; e < 6; e++) {
            t.runEpoch();
            seen.add(t.network());
        }
        int dead = 0, di = -1, dj = -1;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 2; j++) if (t.frozenWeight(1, i, j)) { dead++; di = i; dj = j; }
        assertTrue(dead > 0, "λ = 0.3 kills some first-layer weights");
        for (int e = 1; e <= 6; e++) assertEquals(seen.get(e - 1), t.networkAt(e), "epoch " + e);

        t.resumeFrom(t.network().withWeight(1, di, dj, 0.25));
        assertFalse(t.frozenWeight(1, di, dj), "moved off zero by hand: alive again");
        t.resumeFrom(t.network());
        assertEquals(dead - 1, count(t), "the others stay dead");
        t.reset();
        assertEquals(0, count(t));
    }

    private static int count(Training t) {
        int n = 0;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 2; j++) if (t.frozenWeight(1, i, j)) n++;
        return n;
    }
}
