package deltaflow.diagram.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchCostsTest {
    @Test
    void aFullLogKeepsEveryOtherCostAndTakesEveryOtherFromThenOn() {
        BatchCosts.Log log = new BatchCosts.Log(8);
        for (int k = 0; k < 8; k++) log.add(k, 10 + k);
        assertEquals(8, log.size());
        log.add(8, 18); // full: 0, 2, 4, 6 kept, then 8
        BatchCosts costs = log.snapshot();
        assertEquals(5, costs.size());
        for (int k = 0; k < 5; k++) {
            assertEquals(2 * k, costs.epoch(k), 0);
            assertEquals(10 + 2 * k, costs.cost(k), 0);
        }
        log.add(9, 19); // odd: skipped
        log.add(10, 20);
        assertEquals(6, log.size());
        assertEquals(10, log.snapshot().epoch(5), 0);
        // However long it runs, it holds at most its capacity, spread over the whole run.
        for (int k = 11; k < 100_000; k++) log.add(k, k);
        BatchCosts all = log.snapshot();
        assertEquals(true, all.size() <= 8 && all.size() >= 4, "size " + all.size());
        assertEquals(0, all.epoch(0), 0);
        assertEquals(true, all.epoch(all.size() - 1) > 50_000, "the recent past is kept");
    }

    @Test
    void upToKeepsTheCostsAtOrBeforeAnEpoch() {
        BatchCosts costs = new BatchCosts(new double[] {0.1, 0.5, 1, 1.5, 2}, new double[] {5, 4, 3, 2, 1});
        assertEquals(3, costs.upTo(1).size());
        assertEquals(5, costs.upTo(9).size());
        assertEquals(0, costs.upTo(0).size());
    }
}
