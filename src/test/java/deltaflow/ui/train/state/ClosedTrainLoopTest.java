package deltaflow.ui.train.state;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/** A closed train view model that still hears a change (the language, the picture's options) does nothing, without an exception on the FX thread. */
class ClosedTrainLoopTest {
    @Test
    void aClosedModelIgnoresARedraw() {
        TrainViewModel model = new TrainViewModel(TrainSetup.defaults());
        model.close();
        assertDoesNotThrow(() -> model.setTypeScale(2));
        assertDoesNotThrow(() -> model.setTheme(deltaflow.diagram.Theme.DARK));
    }
}
