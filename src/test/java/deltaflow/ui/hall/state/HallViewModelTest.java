package deltaflow.ui.hall.state;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Theme;
import deltaflow.model.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HallViewModelTest {
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception { prefs.removeNode(); }

    @Test
    void theTypeScaleStepsByAQuarterBetweenOneAndThreeAndIsStored() {
        HallViewModel hall = new HallViewModel(prefs);
        assertEquals(1.0, hall.getTypeScale());
        hall.smaller();
        assertEquals(1.0, hall.getTypeScale());
        for (int k = 0; k < 20; k++) hall.larger();
        assertEquals(3.0, hall.getTypeScale());
        hall.setTypeScale(1.6);
        assertEquals(1.5, hall.getTypeScale());
        assertEquals(1.5, new HallViewModel(prefs).getTypeScale());
    }

    @Test
    void aDamagedPreferenceFallsBackToNormalSize() {
        prefs.put("typeScale", "huge");
        assertEquals(1.0, new HallViewModel(prefs).getTypeScale());
        prefs.putDouble("typeScale", 40);
        assertEquals(3.0, new HallViewModel(prefs).getTypeScale());
    }

    @Test
    void leavingPresentationModeUnblanks() {
        HallViewModel hall = new HallViewModel(prefs);
        hall.setPresenting(true);
        hall.toggleBlank();
        assertTrue(hall.isBlanked());
        hall.setPresenting(false);
        assertFalse(hall.isBlanked());
    }

    @Test
    void theWindowColoursComeFromThePalette() {
        for (Theme theme : Theme.values()) {
            Palette p = Palette.of(theme);
            String css = ThemeStyle.of(p);
            assertTrue(css.contains("-df-background: " + p.color(ColorRole.BACKGROUND) + ";"), css);
            assertTrue(css.contains("-df-text: " + p.color(ColorRole.TEXT) + ";"), css);
            assertTrue(css.contains("-df-negative: " + p.color(ColorRole.NEGATIVE) + ";"), css);
            for (ColorRole role : ColorRole.values()) assertTrue(css.contains("-df-role-" + role.cssName() + ": "));
        }
        assertEquals("#808080", ThemeStyle.mix("#ffffff", "#000000", 0.5019));
    }

    @Test
    void theDiagramOnScreenFollowsTheTextScale() {
        StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("default"));
        double normal = fontOf(stepper);
        stepper.setTextScale(2);
        assertEquals(2 * normal, fontOf(stepper), 1e-9);
    }

    private static double fontOf(StepperViewModel stepper) {
        return stepper.getDiagram().primitives().stream()
                .filter(p -> p instanceof deltaflow.diagram.Primitive.Text t && "header-forward-1".equals(t.id()))
                .mapToDouble(p -> ((deltaflow.diagram.Primitive.Text) p).fontSize()).findFirst().orElseThrow();
    }
}
