package deltaflow.diagram;

import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlateClassesTest {
    @Test
    void aPlateHasThePlateClassAndItsLabelsAsSeparateWords() {
        assertEquals("plate z current", Sketch.plateClasses("z current"));
        assertEquals("plate current", Sketch.plateClasses(" current"));
        assertEquals("plate", Sketch.plateClasses(""));
    }

    @Test
    void everyPlateOfMazurAtTheEndOfItsBackwardPassCanBeStyledAsAPlate() {
        Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
        Diagram d = DiagramBuilder.build(mazur, mazur.phaseEnd(Phase.BACKWARD, 0), DiagramOptions.defaults());
        long plates = d.primitives().stream().filter(p -> p.id().endsWith("-plate")).count();
        assertTrue(plates > 10);
        assertEquals(plates, d.primitives().stream().filter(p -> p.id().endsWith("-plate") && p.hasClass("plate")).count());
        Primitive delta = d.find("delta-2-1-plate").orElseThrow();
        assertTrue(delta.hasClass("delta"), delta.classes());
    }
}
