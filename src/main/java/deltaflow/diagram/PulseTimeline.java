package deltaflow.diagram;

import deltaflow.model.Notation;
import deltaflow.model.Numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The backward pass as moving pulses, as a function of time alone: one definition for the window's animation and
 * the exported GIF and PNG frames. Signals w·δ leave δ^{l+1} along the W^T edges (radius ∝ |w δ|, positive a
 * circle, negative a diamond), meet at the amplifier's base as their sum, and leave its tip multiplied by the
 * gain σ'(z) as the new δ; one stage per layer, from the output back. The δ a stage computes is not shown until
 * its pulse reaches the tip ({@link #LAND}): {@link Frame#concealed()} names the labels still waiting.
 * Time t runs from 0 to 1 over all stages.
 */
public final class PulseTimeline {
    /** More pulses than this cost frames and show nothing more: the largest |w δ| are kept. */
    public static final int MAX_PULSES = 400;
    /** Arrivals up to this many per stage get their arithmetic written beside them. */
    private static final int MAX_CAPTIONS = 4;
    /** Within a stage: the pulses travel along W^T until TRAVEL, their sum waits at the base until MERGE. */
    private static final double TRAVEL = 0.5;
    private static final double MERGE = 0.58;
    /** The sum reaches the tip, times the gain, and the δ lands: its labels appear, with a ring popping out. */
    public static final double LAND = 0.82;

    /** A signal drawn as a pulse, in its stage, with its radius. */
    public record Pulse(int stage, BackwardFlow.Signal signal, double size) {}

    /** An arrival's running sum: at the base, then through the amplifier. */
    public record Sum(int stage, BackwardFlow.Arrival arrival, double max, double unit) {}

    /**
     * "Σ 0.1907 × σ' 0.1868 = δ 0.03563" beside an amplifier, written as the sum goes; x is where the text starts,
     * y the middle of its line.
     */
    public record Caption(int stage, String sum, String gain, String result, double x, double y, double fontSize) {
        /** The plate behind the text, sized for the whole line so it does not jump as the text grows: what it covers. */
        public ClearSpot.Box plate() { return plate(result, x, y, fontSize); }

        static ClearSpot.Box plate(String result, double x, double y, double f) {
            return ClearSpot.Box.of(x - f * 0.3, y - f * 0.65, TextMetrics.width(Notation.plain(result), f) + f * 0.6, f * 1.3);
        }
    }

    /** A ring round a δ label that pops out and fades as the δ lands. */
    public record Ring(int stage, ReverseWiring.Label label) {}

    /** A pulse or a sum where it is at a moment: centre, radius, sign; hidden when not {@code visible}. */
    public record Mark(boolean visible, double x, double y, double size, boolean negative) {
        static final Mark HIDDEN = new Mark(false, 0, 0, 0, false);
    }

    /** A caption at a moment: hidden, or showing {@code text}. */
    public record Line(boolean visible, String text) {}

    /** A ring at a moment: its box round the label and its opacity (1 → 0 as it pops). */
    public record Halo(boolean visible, double x, double y, double width, double height, double opacity) {}

    /**
     * Everything at one moment, index by index with {@link #pulses()}, {@link #sums()}, {@link #captions()} and
     * {@link #rings()}, and the ids of the primitives to conceal (labels of δ not landed yet).
     */
    public record Frame(List<Mark> pulses, List<Mark> sums, List<Line> captions, List<Halo> rings, Set<String> concealed) {}

    private record Stage(List<BackwardFlow.Arrival> arrivals, Set<String> concealed) {}

    private final List<Stage> stages = new ArrayList<>();
    private final List<Pulse> pulses = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final List<Ring> rings = new ArrayList<>();

    public PulseTimeline(BackwardFlow flow) {
        Map<Integer, List<BackwardFlow.Arrival>> byLayer = new TreeMap<>(Comparator.reverseOrder());
        for (BackwardFlow.Arrival a : flow.arrivals()) byLayer.computeIfAbsent(a.delta().layer(), k -> new ArrayList<>()).add(a);
        int total = flow.arrivals().stream().mapToInt(a -> a.signals().size()).sum();
        double keep = threshold(flow, total);
        for (List<BackwardFlow.Arrival> arrivals : byLayer.values()) stage(arrivals, keep, flow.minimumPulse(), flow.height(), flow.room());
    }

    /** The number of stages: layers of δ, from the output back. */
    public int stages() { return stages.size(); }

    public List<Pulse> pulses() { return List.copyOf(pulses); }

    public List<Sum> sums() { return List.copyOf(sums); }

    public List<Caption> captions() { return List.copyOf(captions); }

    public List<Ring> rings() { return List.copyOf(rings); }

    /** The time (0..1) at which stage k's δ land. */
    public double landing(int stage) { return (stage + LAND) / Math.max(1, stages.size()); }

    /** The ids concealed once {@code landed} stages have landed: those of the later stages. */
    public Set<String> concealedAfter(int landed) {
        Set<String> waiting = new HashSet<>();
        for (int k = landed; k < stages.size(); k++) waiting.addAll(stages.get(k).concealed());
        return waiting;
    }

    /** How many stages have landed at time t. */
    public int landedAt(double t) {
        if (stages.isEmpty() || t >= 1) return stages.size();
        int current = current(t);
        return current + (local(t, current) >= LAND ? 1 : 0);
    }

    /** Everything at time t in [0, 1]; at 1 nothing moves and nothing is concealed. */
    public Frame at(double t) {
        int current = t >= 1 || stages.isEmpty() ? -1 : current(t);
        double u = current < 0 ? -1 : local(t, current);
        List<Mark> pulseMarks = new ArrayList<>(pulses.size());
        for (Pulse p : pulses) pulseMarks.add(p.stage() == current ? pulse(p, u) : Mark.HIDDEN);
        List<Mark> sumMarks = new ArrayList<>(sums.size());
        for (Sum s : sums) sumMarks.add(s.stage() == current ? sum(s, u) : Mark.HIDDEN);
        List<Line> lines = new ArrayList<>(captions.size());
        for (Caption c : captions) {
            boolean on = c.stage() == current && u >= TRAVEL;
            lines.add(new Line(on, u < MERGE ? c.sum() : u < LAND ? c.gain() : c.result()));
        }
        List<Halo> halos = new ArrayList<>(rings.size());
        double pop = u < LAND ? -1 : (u - LAND) / (1 - LAND); // out from the label and fading, over the rest of the stage
        for (Ring r : rings) halos.add(r.stage() == current && pop >= 0 ? halo(r.label(), pop) : new Halo(false, 0, 0, 0, 0, 0));
        return new Frame(pulseMarks, sumMarks, lines, halos, concealedAfter(landedAt(t)));
    }

    /**
     * The moment as primitives to draw over the diagram, for the exports' sinks: pulses and sums (a circle for +,
     * a diamond for −, in the sign's colour, rimmed in the background's), captions on their plates, rings.
     */
    public List<Primitive> primitives(Frame frame) {
        List<Primitive> out = new ArrayList<>();
        for (int k = 0; k < pulses.size(); k++) mark(out, "pulse-" + (k + 1), frame.pulses().get(k));
        for (int k = 0; k < sums.size(); k++) mark(out, "pulse-sum-" + (k + 1), frame.sums().get(k));
        for (int k = 0; k < rings.size(); k++) {
            Halo h = frame.rings().get(k);
            if (!h.visible() || h.opacity() <= 0) continue;
            double height = rings.get(k).label().height();
            // A sink's stroke has no opacity: the ring thins as it fades.
            out.add(new Primitive.Rect("pulse-ring-" + (k + 1), "pulse-ring", h.x(), h.y(), h.width(), h.height(), height * 0.3,
                    null, ColorRole.DELTA, height * 0.12 * h.opacity(), 1, null));
        }
        for (int k = 0; k < captions.size(); k++) {
            Line line = frame.captions().get(k);
            if (!line.visible()) continue;
            Caption c = captions.get(k);
            deltaflow.model.MathText text = Notation.plain(line.text());
            double f = c.fontSize();
            ClearSpot.Box plate = c.plate();
            out.add(new Primitive.Rect("pulse-caption-" + (k + 1) + "-plate", "pulse-caption-plate", plate.x0(), plate.y0(),
                    plate.width(), plate.height(), f * 0.25, ColorRole.BACKGROUND, ColorRole.DELTA, f * 0.08, 1, null));
            out.add(new Primitive.Text("pulse-caption-" + (k + 1), "pulse-caption", c.x(), c.y(), text, f, Primitive.Anchor.START,
                    ColorRole.DELTA, false, null));
        }
        return out;
    }

    /**
     * The diagram the pulses run on, at time t: the labels not landed yet hidden, the pulses drawn over everything.
     * What an export draws for each frame.
     */
    public Diagram over(Diagram diagram, double t) {
        Frame moment = at(t);
        Set<String> concealed = moment.concealed();
        List<Primitive> shown = new ArrayList<>(diagram.primitives().size() + 16);
        for (Primitive p : diagram.primitives()) if (!concealed.contains(p.id())) shown.add(p);
        shown.addAll(primitives(moment));
        return diagram.withPrimitives(shown);
    }

    private static void mark(List<Primitive> out, String id, Mark m) {
        if (!m.visible()) return;
        ColorRole role = m.negative() ? ColorRole.NEGATIVE : ColorRole.POSITIVE;
        String classes = m.negative() ? "pulse negative" : "pulse positive";
        double rim = m.size() * 0.15;
        if (m.negative()) {
            // The window's diamond: a square of side 2 × size turned by 45°, so its corners are √2 × size out.
            double d = m.size() * Math.sqrt(2);
            out.add(new Primitive.Polygon(id, classes, new double[] {m.x(), m.y() - d, m.x() + d, m.y(), m.x(), m.y() + d, m.x() - d, m.y()},
                    role, ColorRole.BACKGROUND, rim, false, null));
        } else {
            out.add(new Primitive.Circle(id, classes, m.x(), m.y(), m.size(), role, ColorRole.BACKGROUND, rim, false, null));
        }
    }

    private int current(double t) { return Math.min(stages.size() - 1, (int) (Math.max(0, t) * stages.size())); }

    private double local(double t, int current) { return Math.max(0, t) * stages.size() - current; }

    private static Mark pulse(Pulse p, double u) {
        if (u >= TRAVEL) return Mark.HIDDEN;
        double f = ease(Math.min(1, u / TRAVEL));
        BackwardFlow.Signal s = p.signal();
        return new Mark(true, s.x1() + f * (s.x2() - s.x1()), s.y1() + f * (s.y2() - s.y1()), p.size(), s.value() < 0);
    }

    private static Mark sum(Sum s, double u) {
        BackwardFlow.Arrival a = s.arrival();
        if (u < TRAVEL || u >= LAND) return Mark.HIDDEN; // not there yet, or landed: the δ label has it now
        if (u < MERGE) return new Mark(true, a.baseX(), a.baseY(), size(a.sum(), s.max(), s.unit()), a.sum() < 0);
        // Through the amplifier: base to tip, the size multiplied by the gain on the way.
        double g = ease((u - MERGE) / (LAND - MERGE));
        double value = a.sum() * (1 + g * (a.gain() - 1));
        return new Mark(true, a.baseX() + g * (a.tipX() - a.baseX()), a.baseY() + g * (a.tipY() - a.baseY()), size(value, s.max(), s.unit()), a.sum() < 0);
    }

    /** The ring at {@code pop} in [0, 1]: from just round the plate out by half its height, fading away. */
    private static Halo halo(ReverseWiring.Label label, double pop) {
        double pad = label.height() * (0.15 + 0.5 * ease(pop));
        return new Halo(true, label.x() - pad, label.y() - pad, label.width() + 2 * pad, label.height() + 2 * pad, 1 - pop);
    }

    /** |w δ| below which a signal is not drawn, so at most {@link #MAX_PULSES} are. */
    private static double threshold(BackwardFlow flow, int total) {
        if (total <= MAX_PULSES) return 0;
        double[] all = flow.arrivals().stream().flatMap(a -> a.signals().stream()).mapToDouble(s -> Math.abs(s.value())).sorted().toArray();
        return all[all.length - MAX_PULSES];
    }

    private void stage(List<BackwardFlow.Arrival> arrivals, double keep, double minimumPulse, double height, ClearSpot room) {
        int index = stages.size();
        double max = 0, unit = Double.MAX_VALUE;
        for (BackwardFlow.Arrival a : arrivals) {
            max = Math.max(max, Math.max(Math.abs(a.sum()), Math.abs(a.result())));
            for (BackwardFlow.Signal s : a.signals()) max = Math.max(max, Math.abs(s.value()));
            unit = Math.min(unit, Math.abs(a.tipX() - a.baseX()) / 2);
        }
        if (!(unit > 0) || unit == Double.MAX_VALUE) unit = 10;
        unit = Math.max(unit, minimumPulse);
        Set<String> concealed = new HashSet<>();
        List<ClearSpot.Box> placed = new ArrayList<>(); // this stage's captions, shown together
        for (BackwardFlow.Arrival a : arrivals) {
            for (BackwardFlow.Signal s : a.signals()) {
                if (Math.abs(s.value()) < keep || pulses.size() >= MAX_PULSES) continue;
                pulses.add(new Pulse(index, s, size(s.value(), max, unit)));
            }
            sums.add(new Sum(index, a, max, unit));
            if (arrivals.size() <= MAX_CAPTIONS && a.fontSize() > 0) caption(index, a, height, room, placed).ifPresent(c -> {
                captions.add(c);
                placed.add(c.plate());
            });
            for (ReverseWiring.Label label : a.labels()) {
                if (arrivals.size() <= MAX_CAPTIONS && label.width() > 0) rings.add(new Ring(index, label));
            }
            concealed.addAll(a.concealedIds());
        }
        stages.add(new Stage(List.copyOf(arrivals), Set.copyOf(concealed)));
    }

    /**
     * Under the δ label, starting at the amplifier's tip (never left of the diagram's edge nor below its bottom) when
     * that covers nothing; else the nearest place that covers no label and no neuron, else the nearest that covers
     * nothing the formulas use (the labels of σ'(z), w and δ a layer step reads fill a crowded row); else none: the δ
     * still lands with its ring, and the formula beside the diagram says the same.
     */
    private static Optional<Caption> caption(int stage, BackwardFlow.Arrival a, double height, ClearSpot room, List<ClearSpot.Box> placed) {
        String sum = "Σ " + Numbers.format(a.sum(), 4);
        String gain = a.gain() == 1 ? sum : sum + " × σ' " + Numbers.format(a.gain(), 4);
        String result = gain + " = δ " + Numbers.format(a.result(), 4);
        double f = a.fontSize();
        double half = Math.abs(a.tipX() - a.baseX()) / 2;
        double x = Math.max(f * 0.3, Math.min(a.tipX(), a.baseX()));
        double y = Math.min(a.baseY() + half + f * 2.6, height - f * 0.75);
        ClearSpot.Box preferred = Caption.plate(result, x, y, f);
        return room.first(room.around(preferred, f * 0.5), placed).map(box ->
                new Caption(stage, sum, gain, result, x + box.x0() - preferred.x0(), y + box.y0() - preferred.y0(), f));
    }

    /** Area rather than radius ∝ |value| would hide small signals; the radius goes from 0.15 to 0.7 of the amplifier. */
    private static double size(double value, double max, double unit) {
        return max == 0 ? unit * 0.15 : unit * (0.15 + 0.55 * Math.abs(value) / max);
    }

    private static double ease(double x) { return x * x * (3 - 2 * x); }
}
