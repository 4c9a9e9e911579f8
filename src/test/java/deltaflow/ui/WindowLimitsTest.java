package deltaflow.ui;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Layer;
import deltaflow.model.Network;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #13, item 1: the window refuses, before computing it, a scenario whose update would not fit in the heap. */
class WindowLimitsTest {
    @Test
    void aScenarioTooLargeForTheHeapIsRefusedBeforeItIsComputed() {
        // 99,998 → 1 → 1 neurons and 20,000 examples: inside every documented limit (2.0 × 10^9 steps), and each example's
        // x and a^0 alone take 1.6 MB: about 30 GB, more than any default heap.
        Network network = new Network(99_998, List.of(Layer.of(Activation.SIGMOID, new double[1][99_998], new double[1]),
                Layer.of(Activation.SIGMOID, new double[1][1], new double[1])));
        Example example = new Example(new double[99_998], new double[] {0.5});
        Scenario huge = new Scenario("huge", "", network, Cost.SQUARED, Collections.nCopies(20_000, example), 0.5, true);
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.ENGLISH);
            String refusal = StepperViewModel.tooLarge(huge).orElseThrow();
            assertTrue(refusal.matches("needs about [0-9.]+ GB of memory, more than the [0-9.]+ [GM]B this Java may use; run with more .*"), refusal);
        } finally {
            Messages.setLocale(before);
        }
        assertEquals(java.util.Optional.empty(), StepperViewModel.tooLarge(Scenarios.builtIn("mnist-shaped")));
    }
}
