package deltaflow.diagram;

import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout choices made for a lecture hall: stacked networks in a tall area, rows as tall as their labels, translated headers. */
class HallLayoutTest {
    private final Timeline timeline = Timeline.of(Scenarios.builtIn("default"));

    private static Primitive find(Diagram d, String id) {
        return d.primitives().stream().filter(p -> id.equals(idOf(p))).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static String idOf(Primitive p) {
        if (p instanceof Primitive.Text t) return t.id();
        if (p instanceof Primitive.Circle c) return c.id();
        if (p instanceof Primitive.Polygon g) return g.id();
        if (p instanceof Primitive.Rect r) return r.id();
        return ((Primitive.Line) p).id();
    }

    @Test
    void theBothViewStacksInATallAreaAndSitsSideBySideInAWideOne() {
        DiagramOptions both = DiagramOptions.defaults().withView(View.BOTH);
        Diagram wide = DiagramBuilder.build(timeline, 10, both.withAspect(3));
        Diagram tall = DiagramBuilder.build(timeline, 10, both.withAspect(0.8));
        assertTrue(wide.width() > wide.height());
        assertTrue(tall.height() > tall.width() * 0.8, tall.width() + "×" + tall.height());
        double lowestForward = ((Primitive.Circle) find(tall, "neuron-1-3-circle")).cy();
        double reverseHeader = ((Primitive.Text) find(tall, "header-reverse-1")).y();
        assertTrue(reverseHeader > lowestForward, "the reverse network is below the forward one");
        assertFalse(DiagramBuilder.stackFits(0, 960, 960, 400), "unknown area: side by side");
    }

    @Test
    void rowsAreOnlyAsTallAsTheLabelsShown() {
        Diagram all = DiagramBuilder.build(timeline, 0, DiagramOptions.defaults());
        Diagram bare = DiagramBuilder.build(timeline, 0, DiagramOptions.defaults().withValues(EnumSet.of(Shown.A)));
        assertTrue(bare.height() < all.height() * 0.8, bare.height() + " vs " + all.height());
        // With every value shown, the labels under a neuron still fit above the next neuron's bias.
        double delta11 = ((Primitive.Text) find(all, "delta-1-1")).y();
        double bias12 = ((Primitive.Text) find(all, "bias-1-2")).y();
        double font = ((Primitive.Text) find(all, "delta-1-1")).fontSize();
        assertTrue(bias12 - delta11 >= 1.2 * font, "lines " + (bias12 - delta11) + " apart at font " + font);
    }

    @Test
    void headersAreEnglishUnlessTheCallerGivesOtherWords() {
        Diagram english = DiagramBuilder.build(timeline, 0, DiagramOptions.defaults());
        assertEquals("layer 1", ((Primitive.Text) find(english, "header-forward-1")).text().plain());
        assertEquals("input x", ((Primitive.Text) find(english, "header-forward-0")).text().plain());
        DiagramTexts chinese = DiagramTexts.of(Map.of("input", "輸入 x", "layer", "第 {0} 層", "output", "（輸出 y）"));
        Diagram zh = DiagramBuilder.build(timeline, 0, DiagramOptions.defaults().withTexts(chinese));
        assertEquals("第 1 層", ((Primitive.Text) find(zh, "header-forward-1")).text().plain());
        assertEquals("第 2 層 （輸出 y）", ((Primitive.Text) find(zh, "header-forward-2")).text().plain());
    }
}
