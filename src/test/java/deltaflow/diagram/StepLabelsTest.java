package deltaflow.diagram;

import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Step;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The board and the formula agree wherever the window is: the step's value and every operand it reads (whatever
 * {@link Timeline#operands} lists) are drawn, with every digit, at least the legible size, over no neuron and no other
 * label, in every view, in English and Traditional Chinese, at 100–300 %, in the network areas the window measured at
 * 1024×768, 1280×720 and 1920×1080 with the exercise strip open (at the desk and presenting). A label left out for want
 * of room is announced by a note. Laid out in pure Java, as the window lays it out: no pixels needed for any of this.
 */
class StepLabelsTest {
    /**
     * Network areas of the window (px) with the exercise strip open, as WindowGallery measured them (English, then
     * Chinese, whose taller text leaves less height), each with the type scales tried there: presenting and at the
     * desk, at 1024×768, 1280×720 and 1920×1080, from 100 % to 300 %. At the desk the network keeps 42 % of the
     * window's height whatever the type scale (MainWindow), so its area hardly moves; presenting, a larger formula
     * leaves it less.
     */
    record Area(String name, double width, double height, double zhHeight, double[] scales) {}

    static final List<Area> AREAS = List.of(
            new Area("present 1024×768", 1004, 403, 388, new double[] {1}),
            new Area("present 1024×768 at 200–300%", 1004, 368, 350, new double[] {2, 3}),
            new Area("present 1280×720", 1260, 363, 351, new double[] {1}),
            new Area("present 1280×720 at 200%", 1260, 335, 322, new double[] {2}),
            new Area("present 1280×720 at 250–300%", 1260, 329, 300, new double[] {2.5, 3}),
            new Area("present 1920×1080", 1900, 662, 647, new double[] {1}),
            new Area("present 1920×1080 at 200%", 1900, 596, 575, new double[] {2}),
            new Area("present 1920×1080 at 300%", 1900, 531, 509, new double[] {3}),
            new Area("desk 1024×768", 704, 302, 302, new double[] {1}),
            new Area("desk 1024×768 at 200–300%", 620, 302, 302, new double[] {2, 3}),
            new Area("desk 1280×720", 960, 282, 282, new double[] {1}),
            new Area("desk 1280×720 without the strip at 150%", 810, 298, 282, new double[] {1.5}),
            new Area("desk 1280×720 at 200–300%", 780, 282, 282, new double[] {2, 3}),
            new Area("desk 1920×1080", 1458, 482, 462, new double[] {1}),
            new Area("desk 1920×1080 at 200%", 1275, 433, 433, new double[] {2}),
            new Area("desk 1920×1080 at 300%", 1180, 433, 433, new double[] {3}));

    static final DiagramTexts CHINESE = DiagramTexts.of(Map.of("input", "輸入 x", "layer", "第 {0} 層", "output", "（輸出 y）",
            "saturated", "飽和", "dead", "失效", "neurons", "{0} 個神經元", "inputs", "{0} 個輸入",
            "hidden", "部分標籤已隱藏 — 請放大或切換檢視（按 L 全部顯示）"));

    /** The first step of the forward pass, the backward pass and the update, and the end of every phase of the first example and of the batch, and the end of the update. */
    static List<Integer> moments(Timeline t) {
        Set<Integer> m = new LinkedHashSet<>();
        for (Phase phase : Phase.values()) {
            if (phase == Phase.FORWARD || phase == Phase.BACKWARD || phase == Phase.UPDATE) m.add(t.phaseStart(phase, 0) + 1);
            m.add(t.phaseEnd(phase, 0));
        }
        m.add(t.size());
        m.removeIf(p -> p < 1 || p > t.size());
        return new ArrayList<>(m);
    }

    private static final Map<String, Diagram> ROOMY = new java.util.HashMap<>();

    /** Everything wrong with the step's labels in this diagram, as messages. */
    static List<String> problems(Timeline t, int position, DiagramOptions o) {
        Diagram screen = DiagramBuilder.build(t, position, o);
        // What the roomy export layout labels, the screen must label too, for the step's value and each of its operands.
        Diagram roomy = ROOMY.computeIfAbsent(t.hashCode() + "/" + position + "/" + o.view(), k -> DiagramBuilder.build(t, position, o.withViewport(0, 0)));
        Step step = t.current(position);
        List<String> problems = new ArrayList<>();
        Set<ValueRef> refs = new LinkedHashSet<>();
        refs.add(step.result());
        refs.addAll(t.operands(step));
        // δ_i^l = σ'(z_i^l) …: the formula writes the gain's number, though the operands name z_i^l (never drawn in the reverse view).
        if (step.kind() == deltaflow.model.StepKind.DELTA && t.formula(step, 4).symbols().plain().contains("σ'")) {
            refs.add(ValueRef.gain(step.example(), step.layer(), step.neuron()));
        }
        for (ValueRef ref : refs) {
            List<Primitive.Text> wanted = TextLayout.texts(roomy).stream().filter(x -> ref.equals(x.target())).toList();
            if (wanted.isEmpty()) continue;
            List<Primitive.Text> drawn = TextLayout.texts(screen).stream().filter(x -> ref.equals(x.target())).toList();
            if (drawn.isEmpty()) { problems.add("no label for " + ref); continue; }
            String full = number(wanted.get(0).text().plain());
            if (drawn.stream().noneMatch(x -> x.text().plain().contains(full))) problems.add(ref + " drawn as " + drawn.get(0).text().plain() + ", not " + full);
        }
        double floor = DiagramOptions.MIN_FONT_PX - 1e-9;
        double px = TextLayout.smallestPx(screen, o.viewWidth(), o.viewHeight());
        if (px < floor) problems.add("smallest text " + px + " px");
        TextLayout.overprinted(screen).forEach(p -> problems.add("overprinted " + p));
        TextLayout.overNeurons(screen).forEach(p -> problems.add("text " + p));
        TextLayout.outside(screen).forEach(p -> problems.add("outside the drawing: " + p));
        return problems;
    }

    /** The number(s) of a label: what follows its first "=", or all of it. */
    static String number(String plain) {
        int eq = plain.indexOf(" = ");
        return eq < 0 ? plain : plain.substring(eq + 3);
    }

    @Test
    void theStepsValueAndEveryOperandAreDrawnInFullInEveryWindowViewLanguageAndTypeScale() {
        List<String> problems = new ArrayList<>();
        for (String name : List.of(System.getProperty("steplabels.scenarios", String.join(",", Scenarios.BUILT_IN)).split(","))) {
            Timeline t = Timeline.of(Scenarios.builtIn(name));
            for (int p : moments(t)) {
                for (Area area : AREAS) {
                    for (View view : View.values()) {
                        for (DiagramTexts texts : List.of(DiagramTexts.ENGLISH, CHINESE)) {
                            double height = texts == CHINESE ? area.zhHeight() : area.height();
                            for (double scale : area.scales()) {
                                DiagramOptions o = DiagramOptions.defaults().withView(view).withTexts(texts).withTextScale(scale)
                                        .withViewport(area.width(), height).withSignificantDigits(4);
                                for (String problem : problems(t, p, o)) {
                                    problems.add(String.format("%s at %d (%s) %s %s %s %.0f%%: %s", name, p, t.current(p).result(), view.id(),
                                            area.name(), texts == CHINESE ? "zh" : "en", scale * 100, problem));
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(Integer.getInteger("steplabels.show", 60), problems.size()))));
    }
}
