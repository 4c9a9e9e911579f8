package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast tanh against the JDK's fdlibm tanh, an independent implementation. */
class FastTanhTest {
    @Test
    void agreesWithTheJdkWithinSixUnitsInTheLastPlace() {
        SplittableRandom random = new SplittableRandom(7);
        double worst = 0;
        for (int k = 0; k < 2_000_000; k++) {
            // Magnitudes from 1e-12 to 40, both signs: every branch and both sides of each switch-over.
            double z = Math.copySign(Math.pow(10, random.nextDouble(-12, Math.log10(40))), random.nextBoolean() ? 1 : -1);
            double expected = Math.tanh(z);
            worst = Math.max(worst, Math.abs(FastTanh.tanh(z) - expected) / Math.ulp(expected));
        }
        assertTrue(worst <= 6, "worst error " + worst + " ulp");
    }

    @Test
    void keepsTheSpecialValues() {
        assertEquals(0.0, FastTanh.tanh(0.0), 0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(FastTanh.tanh(-0.0)));
        assertEquals(1.0, FastTanh.tanh(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(-1.0, FastTanh.tanh(-1000), 0.0);
        assertTrue(Double.isNaN(FastTanh.tanh(Double.NaN)));
        assertEquals(Math.tanh(0.125), FastTanh.tanh(0.125), 4 * Math.ulp(0.125));
    }
}
