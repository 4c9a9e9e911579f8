package deltaflow.ui;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.View;
import deltaflow.model.Quantity;
import deltaflow.model.Scenarios;
import deltaflow.model.Step;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.stepper.state.StepperViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The board never disagrees with the formula beside it, in the window as it is: at 1024×768 and 1280×720, at the desk
 * and presenting, at 100 % and 150 %, in English and 繁體中文, in the forward, reverse and both views, for every step of
 * every built-in small scenario, each number the step's formula writes — its value, every operand the timeline lists
 * and, for δ_i^l = σ'(z_i^l) …, the gain σ'(z_i^l) itself (the formula writes its number, the model lists z_i^l) — is
 * drawn with all its digits wherever the roomy export draws it in that view. The diagrams are the window's own: built
 * with the options the window's view model draws with ({@link StepperViewModel#diagramOptions()}, whose viewport the
 * window measured), and for Mazur the diagram the window holds after each step. The lecturer's case: Mazur's δ_2^2 in the
 * reverse view at the 1280×720 desk at 150 % had no σ'(z_2^2) on the board (StepLabelsTest checked the listed operands,
 * z_2^2 among them, which the reverse view never draws).
 */
class BoardMatchesFormulaWindowTest extends SizedWindowTest {
    private static final List<String> SMALL = List.of("mazur", "xor", "default", "dead-relu", "softmax", "vanishing");
    private StepperViewModel stepper;
    private final Map<String, Diagram> roomy = new HashMap<>();

    /** The window at this size, language, type scale and presenting or not. */
    private void open(FxRobot robot, double width, double height, Locale locale, double scale, boolean presenting) {
        robot.interact(() -> {
            Messages.setLocale(locale);
            stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
            HallViewModel hall = newHall();
            hall.setTypeScale(scale);
            show(stepper, hall, width, height);
            hall.setPresenting(presenting);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The step's numbers as the formula panel writes them: its value, its operands and, for a δ through an amplifier, its gain. */
    static Set<ValueRef> formulaValues(Timeline t, Step step) {
        Set<ValueRef> refs = new LinkedHashSet<>();
        refs.add(step.result());
        refs.addAll(t.operands(step));
        if (step.kind() == deltaflow.model.StepKind.DELTA && t.formula(step, 4).symbols().plain().contains("σ'")) {
            refs.add(ValueRef.gain(step.example(), step.layer(), step.neuron()));
        }
        return refs;
    }

    private static List<Primitive.Text> texts(Diagram d, ValueRef ref) {
        List<Primitive.Text> texts = new ArrayList<>();
        for (Primitive p : d.primitives()) if (p instanceof Primitive.Text t && ref.equals(t.target())) texts.add(t);
        return texts;
    }

    /** The number of a label: what follows its first "=", without a note after it ("0 (dead)", "6.612e−6 (飽和)"). */
    private static String number(String plain) {
        int eq = plain.indexOf(" = ");
        String number = eq < 0 ? plain : plain.substring(eq + 3);
        int note = number.indexOf(" (");
        return note < 0 ? number : number.substring(0, note);
    }

    /** What the window's diagram at {@code position} lacks of the numbers the formula uses. */
    private List<String> missing(String scenario, Timeline t, int position, Diagram window, DiagramOptions options) {
        Step step = t.current(position);
        List<String> problems = new ArrayList<>();
        Diagram export = roomy.computeIfAbsent(scenario + "/" + position + "/" + options.view() + "/" + Messages.locale(),
                k -> DiagramBuilder.build(t, position, options.withViewport(0, 0).withTextScale(1)));
        for (ValueRef ref : formulaValues(t, step)) {
            List<Primitive.Text> wanted = texts(export, ref);
            if (wanted.isEmpty()) continue; // not a number this view draws (z_i^l in the reverse network)
            String full = number(wanted.get(0).text().plain());
            List<Primitive.Text> drawn = texts(window, ref);
            if (drawn.isEmpty()) problems.add("no " + wanted.get(0).text().plain());
            else if (drawn.stream().noneMatch(x -> x.text().plain().contains(full))) problems.add(ref + " drawn as " + drawn.get(0).text().plain() + ", not " + full);
            if (ref.quantity() == Quantity.GAIN && !t.formula(step, 4).numbers().plain().contains(full)) {
                problems.add("the board's " + full + " is not the formula's " + t.formula(step, 4).numbers().plain());
            }
        }
        return problems;
    }

    @Test
    void everyNumberTheStepsFormulaUsesIsOnTheWindowsBoard(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 720}, {1024, 768}}) {
            for (boolean presenting : new boolean[] {false, true}) {
                for (double scale : new double[] {1, 1.5}) {
                    for (Locale locale : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
                        open(robot, size[0], size[1], locale, scale, presenting);
                        String where = String.format("%.0f×%.0f %s %.0f%% %s", size[0], size[1], presenting ? "presenting" : "desk", scale * 100, locale.getLanguage());
                        for (View view : View.values()) {
                            robot.interact(() -> stepper.setView(view));
                            WaitForAsyncUtils.waitForFxEvents();
                            robot.interact(() -> check(where + " " + view.id(), problems));
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /** Every step of every small scenario with the window's options, and Mazur's as the window itself holds them. */
    private void check(String where, List<String> problems) {
        DiagramOptions options = stepper.diagramOptions();
        Timeline mazur = stepper.getTimeline();
        for (int p = 1; p <= mazur.size(); p++) {
            stepper.jumpTo(p);
            for (String problem : missing("mazur", mazur, p, stepper.getDiagram(), options)) {
                problems.add(String.format("mazur %s step %d (%s) in the window: %s", where, p, mazur.current(p).result(), problem));
            }
        }
        for (String name : SMALL) {
            if (name.equals("mazur")) continue;
            Timeline t = Timeline.of(Scenarios.builtIn(name));
            for (int p = 1; p <= t.size(); p++) {
                for (String problem : missing(name, t, p, DiagramBuilder.build(t, p, options), options)) {
                    problems.add(String.format("%s %s step %d (%s): %s", name, where, p, t.current(p).result(), problem));
                }
            }
        }
    }
}
