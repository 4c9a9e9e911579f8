package deltaflow.diagram;

import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small network on a projector of 1024×768 or 1280×720 keeps every weight's number on the board: Mazur's 2-2-2 has
 * eight weights and the formula beside it names them, so "labels hidden" with no w on any edge (as the 1024×768 desk
 * showed at 100 %, and every area below at 150 %) leaves a student nothing to read the formula against. The two-layer
 * built-in scenarios (Mazur, XOR, the default 2-3-2, dead ReLU) in the forward and the reverse view, at the start and at
 * every phase end, in English and Chinese, at 100 % and 150 %, with and without the exercise strip, presenting at both
 * sizes and at the 1280×720 desk: every weight the export labels is labelled, and the step's labels stay whole and clear
 * (StepLabelsTest's checks). At the 1024×768 desk (704 × 342 px, 620 × 336 at 150 %) Mazur's forward view as a lecturer
 * opens it: every step of the forward pass at 100 %, its start and end at 150 %. Not covered, and left out with the note
 * where they find no room: the both view at the desk, the softmax 2-3-3 and the four-layer vanishing network, and at
 * the 1024×768 desk the reverse view at 150 % and the update's two-line labels.
 */
class SmallNetworkWeightLabelsTest {
    /** Network areas (px) the window measured (WindowGallery), English then Chinese, at 100 % and at 150 %. */
    record Area(String name, double width, double height, double zhHeight, double scale) {}

    static final List<Area> AREAS = List.of(
            new Area("desk 1024×768", 704, 342, 303, 1),
            new Area("desk 1024×768", 620, 336, 302, 1.5),
            new Area("desk 1024×768 exercise", 704, 302, 302, 1),
            new Area("desk 1024×768 exercise", 620, 302, 302, 1.5),
            new Area("present 1024×768", 1004, 562, 554, 1),
            new Area("present 1024×768", 1004, 534, 524, 1.5),
            new Area("present 1024×768 exercise", 1004, 403, 388, 1),
            new Area("present 1024×768 exercise", 1004, 375, 363, 1.5),
            new Area("desk 1280×720", 960, 304, 282, 1),
            new Area("desk 1280×720", 810, 298, 282, 1.5),
            new Area("desk 1280×720 exercise", 960, 282, 282, 1),
            new Area("desk 1280×720 exercise", 810, 282, 282, 1.5),
            new Area("present 1280×720", 1260, 522, 514, 1),
            new Area("present 1280×720", 1260, 495, 485, 1.5),
            new Area("present 1280×720 exercise", 1260, 363, 351, 1),
            new Area("present 1280×720 exercise", 1260, 345, 335, 1.5));

    /**
     * The weights whose labels the roomy export layout draws (forward w_ij^l, and in the reverse network w_ij^l for l ≥ 2)
     * and this screen diagram does not: a weight counts as drawn if either network labels it.
     */
    static List<String> missingWeights(Diagram roomy, Diagram screen) {
        Set<String> drawn = TextLayout.texts(screen).stream().map(SmallNetworkWeightLabelsTest::weightOf).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Primitive.Text t : TextLayout.texts(roomy)) {
            String weight = weightOf(t);
            if (!weight.isEmpty() && !drawn.contains(weight) && !missing.contains(t.id())) missing.add(t.id());
        }
        return missing;
    }

    /** "2-1-2" for the label of w_12^2 in either network, else "". */
    private static String weightOf(Primitive.Text t) {
        return DiagramId.parse(t.id()).filter(DiagramId.Label.class::isInstance).map(DiagramId.Label.class::cast)
                .filter(k -> k.value() == DiagramId.Value.WEIGHT || k.value() == DiagramId.Value.REVERSE_WEIGHT)
                .map(k -> k.l() + "-" + k.i() + "-" + k.j()).orElse("");
    }

    static final List<String> SMALL = List.of("mazur", "xor", "default", "dead-relu");

    @Test
    void everyWeightOfASmallNetworkIsLabelledAt1024x768And1280x720() {
        List<String> problems = new ArrayList<>();
        for (String name : SMALL) {
            Timeline t = Timeline.of(Scenarios.builtIn(name));
            List<Integer> moments = new ArrayList<>(StepLabelsTest.moments(t));
            moments.add(0, 0);
            for (Area area : AREAS) {
                if (area.name().startsWith("desk 1024×768")) continue;
                for (View view : List.of(View.FORWARD, View.REVERSE)) check(t, name, moments, area, view, problems);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(80, problems.size()))));
    }

    @Test
    void mazurOpenedOnA1024x768DeskShowsEveryWeightThroughTheForwardPass() {
        Timeline t = Timeline.of(Scenarios.builtIn("mazur"));
        int forwardEnd = t.phaseEnd(deltaflow.model.Phase.FORWARD, 0);
        List<Integer> everyStep = new ArrayList<>();
        for (int p = 0; p <= forwardEnd; p++) everyStep.add(p);
        List<String> problems = new ArrayList<>();
        for (Area area : AREAS) {
            // At 150% the start and the end of the pass (in between, a bias the step reads can take the last weight's room).
            List<Integer> moments = area.scale() == 1 ? everyStep : List.of(0, forwardEnd);
            if (area.name().startsWith("desk 1024×768")) check(t, "mazur", moments, area, View.FORWARD, problems);
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(80, problems.size()))));
    }

    private static void check(Timeline t, String name, List<Integer> moments, Area area, View view, List<String> problems) {
        for (int p : moments) {
            for (DiagramTexts texts : List.of(DiagramTexts.ENGLISH, StepLabelsTest.CHINESE)) {
                double height = texts == StepLabelsTest.CHINESE ? area.zhHeight() : area.height();
                DiagramOptions o = DiagramOptions.defaults().withView(view).withTexts(texts).withTextScale(area.scale())
                        .withViewport(area.width(), height).withSignificantDigits(4);
                Diagram d = DiagramBuilder.build(t, p, o);
                List<String> found = new ArrayList<>();
                List<String> missing = missingWeights(DiagramBuilder.build(t, p, o.withViewport(0, 0)), d);
                if (!missing.isEmpty()) found.add("no label for " + String.join(", ", missing));
                if (p > 0) found.addAll(StepLabelsTest.problems(t, p, o));
                for (String problem : found) {
                    problems.add(String.format("%s at %d %s %s %s %.0f%%: %s", name, p, view.id(), area.name(),
                            texts == StepLabelsTest.CHINESE ? "zh" : "en", area.scale() * 100, problem));
                }
            }
        }
    }
}
