package deltaflow.model.data;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {
    /** SplitMix64's first outputs for seed 0, as the reference C code (Vigna, prng.di.unimi.it) prints them. */
    @Test
    void theGeneratorIsSplitMix64() {
        SeededRandom random = new SeededRandom(0);
        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
        assertEquals(0x06C45D188009454FL, random.nextLong());
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        for (Generator g : Generator.values()) {
            assertEquals(g.generate(200, 0.3, 42), g.generate(200, 0.3, 42));
            assertNotEquals(g.generate(200, 0.3, 42), g.generate(200, 0.3, 43));
        }
    }

    @Test
    void shapesAreThePlaygroundsWithoutNoise() {
        for (Point p : Generator.CIRCLE.generate(500, 0, 1)) {
            double r = Math.sqrt(p.x1() * p.x1() + p.x2() * p.x2());
            assertTrue(p.label() == 1 ? r < 2.5 : r >= 3.5 && r <= 5, p.toString());
        }
        for (Point p : Generator.XOR.generate(500, 0, 1)) {
            assertEquals(p.x1() * p.x2() >= 0 ? 1 : -1, p.label(), 0.0);
            assertTrue(Math.abs(p.x1()) >= 0.3 && Math.abs(p.x1()) <= 5.3);
        }
        for (Point p : Generator.PLANE.generate(1200, 0, 1)) assertEquals((p.x1() + p.x2()) / 10, p.label(), 1e-15);
        for (Point p : Generator.MULTI_GAUSS.generate(1200, 0, 1)) assertTrue(Math.abs(p.label()) <= 1);
        List<Point> spiral = Generator.SPIRAL.generate(500, 0, 1);
        assertEquals(250, spiral.stream().filter(p -> p.label() == 1).count());
        double meanX = Generator.GAUSS.generate(500, 0, 1).stream().filter(p -> p.label() == 1).mapToDouble(Point::x1).average().orElseThrow();
        assertEquals(2, meanX, 0.15);
    }

    @Test
    void aPlanarDataSetSplitsAndComputesItsFeatures() {
        DataSet data = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, EnumSet.allOf(Feature.class));
        assertEquals(250, data.train().size());
        assertEquals(250, data.test().size());
        assertEquals(7, data.inputs());
        Point p = data.trainPoints().get(3);
        double[] x = data.train().get(3).x();
        assertEquals(p.x1() * p.x1(), x[2], 0.0);
        assertEquals(p.x1() * p.x2(), x[4], 0.0);
        assertEquals(Math.sin(p.x2()), x[6], 1e-15);
        assertEquals("\\sin(x_{1}{})", Feature.SIN_X1.symbol().latex());
        assertEquals("sin(x_1)", Feature.SIN_X1.symbol().plain());
        assertEquals("x^{2}_{1}{}", Feature.X1_SQUARED.symbol().latex());
        assertEquals(deltaflow.model.Notation.x(0).plain() + deltaflow.model.Notation.x(1).plain(), Feature.X1_X2.symbol().plain());
    }
}
