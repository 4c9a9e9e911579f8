package deltaflow.ui.reverse;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Palette;
import deltaflow.model.Numbers;
import javafx.animation.Animation;
import javafx.animation.Transition;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The backward pass as moving pulses: signals w·δ leave δ^{l+1} along the W^T edges (size ∝ |w δ|, positive
 * a circle in the positive colour, negative a diamond in the negative colour), meet at the amplifier's base
 * as their sum, and leave its tip multiplied by the gain σ'(z) as the new δ. One stage per layer, from the
 * output back. The δ a stage computes is not on screen until its pulse reaches the amplifier's tip: the
 * animation tells its owner which δ labels to conceal, a function of the time alone (so a jump back in time
 * conceals again), and conceals nothing once it finishes or is stopped. The pulses vanish with it, so
 * stepping back leaves nothing half-way.
 */
public final class BackwardPulses extends Transition {
    /** More pulses than this cost frames and show nothing more: the largest |w δ| are kept. */
    public static final int MAX_PULSES = 400;
    /** Arrivals up to this many per stage get their arithmetic written beside them. */
    private static final int MAX_CAPTIONS = 4;
    /** Within a stage: the pulses travel along W^T until TRAVEL, their sum waits at the base until MERGE. */
    private static final double TRAVEL = 0.5;
    private static final double MERGE = 0.58;
    /** The sum reaches the tip, times the gain, and the δ lands: its labels appear, with a ring popping out. */
    public static final double LAND = 0.82;

    private final Group layer;
    private final Group own = new Group();
    private final List<Stage> stages = new ArrayList<>();
    private final Consumer<Set<String>> conceal;
    /** How many stages have landed, as last told to {@link #conceal}; −1 before the first time. */
    private int landed = -1;

    private record Pulse(BackwardFlow.Signal signal, Shape shape, double size) {}

    private record Caption(Group group, Text text, String sum, String gain, String result) {}

    private record Ring(Rectangle shape, BackwardFlow.Label label) {}

    private record Stage(List<BackwardFlow.Arrival> arrivals, List<Pulse> pulses, List<Shape> sums, List<Caption> captions,
                         List<Ring> rings, Set<String> labelIds, double unit) {}

    private BackwardPulses(BackwardFlow flow, Palette palette, Group layer, Duration perStage, Consumer<Set<String>> conceal) {
        this.layer = layer;
        this.conceal = conceal;
        own.setMouseTransparent(true);
        Map<Integer, List<BackwardFlow.Arrival>> byLayer = new TreeMap<>(Comparator.reverseOrder());
        for (BackwardFlow.Arrival a : flow.arrivals()) byLayer.computeIfAbsent(a.delta().layer(), k -> new ArrayList<>()).add(a);
        int total = flow.arrivals().stream().mapToInt(a -> a.signals().size()).sum();
        double keep = threshold(flow, total);
        for (List<BackwardFlow.Arrival> arrivals : byLayer.values()) stages.add(stage(arrivals, palette, keep, flow.minimumPulse()));
        for (Stage s : stages) {
            for (Pulse p : s.pulses()) own.getChildren().add(p.shape());
            own.getChildren().addAll(s.sums());
            for (Ring r : s.rings()) own.getChildren().add(r.shape());
            for (Caption c : s.captions()) own.getChildren().add(c.group());
        }
        setCycleDuration(perStage.multiply(Math.max(1, stages.size())));
        setOnFinished(e -> clear());
        statusProperty().addListener((o, was, is) -> {
            if (is == Status.RUNNING && landed < 0) land(0); // concealed from the first frame on
            if (is == Status.STOPPED) clear();
        });
    }

    /**
     * An un-played animation of {@code flow} drawn into {@code layer} (in diagram units), {@code perStage}
     * per layer of δ. Duration zero jumps straight to the end. While it plays, {@code conceal} is told the
     * ids of the δ labels whose pulses have not landed yet, each time that set changes; it ends told none.
     */
    public static Animation create(BackwardFlow flow, Palette palette, Group layer, Duration perStage, Consumer<Set<String>> conceal) {
        return new BackwardPulses(flow, palette, layer, perStage, conceal);
    }

    /** The nodes of the pulses while playing; empty before and after. */
    public Group nodes() { return own; }

    /** The number of stages: layers of δ, from the output back. */
    public int stages() { return stages.size(); }

    /** |w δ| below which a signal is not drawn, so at most {@link #MAX_PULSES} are. */
    private static double threshold(BackwardFlow flow, int total) {
        if (total <= MAX_PULSES) return 0;
        double[] all = flow.arrivals().stream().flatMap(a -> a.signals().stream()).mapToDouble(s -> Math.abs(s.value())).sorted().toArray();
        return all[all.length - MAX_PULSES];
    }

    private Stage stage(List<BackwardFlow.Arrival> arrivals, Palette palette, double keep, double minimumPulse) {
        double max = 0, unit = Double.MAX_VALUE;
        for (BackwardFlow.Arrival a : arrivals) {
            max = Math.max(max, Math.abs(a.sum()));
            for (BackwardFlow.Signal s : a.signals()) max = Math.max(max, Math.abs(s.value()));
            unit = Math.min(unit, Math.abs(a.tipX() - a.baseX()) / 2);
        }
        if (!(unit > 0) || unit == Double.MAX_VALUE) unit = 10;
        unit = Math.max(unit, minimumPulse);
        List<Pulse> pulses = new ArrayList<>();
        List<Shape> sums = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        List<Ring> rings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (BackwardFlow.Arrival a : arrivals) {
            for (BackwardFlow.Signal s : a.signals()) {
                if (Math.abs(s.value()) < keep || pulses.size() >= MAX_PULSES) continue;
                pulses.add(new Pulse(s, shape(s.value(), palette), size(s.value(), max, unit)));
            }
            sums.add(shape(a.sum(), palette));
            if (arrivals.size() <= MAX_CAPTIONS && a.fontSize() > 0) captions.add(caption(a, palette));
            for (BackwardFlow.Label label : a.labels()) {
                ids.addAll(label.ids());
                if (arrivals.size() <= MAX_CAPTIONS && label.width() > 0) rings.add(ring(label, palette)); // a summary's lines: no ring
            }
        }
        return new Stage(arrivals, pulses, sums, captions, rings, Set.copyOf(ids), unit);
    }

    /** Area rather than radius ∝ |value| would hide small signals; the radius goes from 0.15 to 0.7 of the amplifier. */
    private static double size(double value, double max, double unit) {
        return max == 0 ? unit * 0.15 : unit * (0.15 + 0.55 * Math.abs(value) / max);
    }

    /** Sign by colour and by shape, so it survives a greyscale projector: a circle for +, a diamond for −. */
    private static Shape shape(double value, Palette palette) {
        boolean negative = value < 0;
        Color colour = Color.web(palette.color(negative ? ColorRole.NEGATIVE : ColorRole.POSITIVE));
        Shape shape = negative ? new Rectangle(-1, -1, 2, 2) : new Circle(1);
        if (negative) shape.setRotate(45);
        shape.setFill(colour.deriveColor(0, 1, 1, 0.85));
        shape.setStroke(Color.web(palette.color(ColorRole.BACKGROUND)));
        shape.setStrokeWidth(0.15);
        shape.setVisible(false);
        return shape;
    }

    /** A ring round a δ label that pops out and fades as the δ lands, so the eye finds where it went. */
    private static Ring ring(BackwardFlow.Label label, Palette palette) {
        Rectangle ring = new Rectangle();
        ring.setArcWidth(label.height() * 0.6);
        ring.setArcHeight(label.height() * 0.6);
        ring.setFill(null);
        ring.setStroke(Color.web(palette.color(ColorRole.DELTA)));
        ring.setStrokeWidth(label.height() * 0.12);
        ring.setVisible(false);
        return new Ring(ring, label);
    }

    /** The ring at {@code pop} in [0, 1]: from just round the plate out by half its height, fading away. */
    private static void pop(Ring ring, double pop) {
        BackwardFlow.Label label = ring.label();
        double pad = label.height() * (0.15 + 0.5 * ease(pop));
        Rectangle r = ring.shape();
        r.setX(label.x() - pad);
        r.setY(label.y() - pad);
        r.setWidth(label.width() + 2 * pad);
        r.setHeight(label.height() + 2 * pad);
        r.setOpacity(1 - pop);
    }

    /**
     * "Σ 0.1907 × σ' 0.1868 = δ 0.03563" beside the amplifier, written as the sum goes: Σ when the pulses meet,
     * × σ' while it passes the amplifier, = δ when it lands.
     */
    private static Caption caption(BackwardFlow.Arrival a, Palette palette) {
        String sum = "Σ " + Numbers.format(a.sum(), 4);
        String gain = a.gain() == 1 ? sum : sum + " × σ' " + Numbers.format(a.gain(), 4);
        String result = gain + " = δ " + Numbers.format(a.result(), 4);
        Text text = new Text(result);
        text.setFont(Font.font("DejaVu Sans", a.fontSize()));
        text.setFill(Color.web(palette.color(ColorRole.DELTA)));
        text.setTextOrigin(VPos.CENTER);
        // Under the δ label, starting at the amplifier's tip (never left of the diagram's edge).
        double half = Math.abs(a.tipX() - a.baseX()) / 2;
        text.setX(Math.max(a.fontSize() * 0.3, Math.min(a.tipX(), a.baseX())));
        text.setY(a.baseY() + half + a.fontSize() * 2.6);
        // On a plate of the background, with the δ colour as its border, so edges under it do not hurt it;
        // sized for the whole line, so the plate does not jump as the line grows.
        var b = text.getLayoutBounds();
        Rectangle plate = new Rectangle(b.getMinX() - a.fontSize() * 0.3, b.getMinY() - a.fontSize() * 0.1,
                b.getWidth() + a.fontSize() * 0.6, b.getHeight() + a.fontSize() * 0.2);
        plate.setArcWidth(a.fontSize() * 0.5);
        plate.setArcHeight(a.fontSize() * 0.5);
        plate.setFill(Color.web(palette.color(ColorRole.BACKGROUND)));
        plate.setStroke(Color.web(palette.color(ColorRole.DELTA)));
        plate.setStrokeWidth(a.fontSize() * 0.08);
        Group group = new Group(plate, text);
        group.setVisible(false);
        return new Caption(group, text, sum, gain, result);
    }

    @Override protected void interpolate(double t) {
        if (stages.isEmpty()) return;
        if (t >= 1) {
            clear();
            return;
        }
        if (own.getParent() == null) layer.getChildren().add(own);
        int current = Math.min(stages.size() - 1, (int) (t * stages.size()));
        double u = t * stages.size() - current;
        for (int k = 0; k < stages.size(); k++) show(stages.get(k), k == current ? u : -1);
        land(current + (u >= LAND ? 1 : 0));
    }

    /** One stage at local time u in [0, 1), or hidden (u < 0). */
    private static void show(Stage stage, double u) {
        boolean travelling = u >= 0 && u < TRAVEL;
        double f = ease(Math.min(1, u / TRAVEL));
        for (Pulse p : stage.pulses()) {
            BackwardFlow.Signal s = p.signal();
            place(p.shape(), s.x1() + f * (s.x2() - s.x1()), s.y1() + f * (s.y2() - s.y1()), p.size(), travelling);
        }
        double max = 0;
        for (BackwardFlow.Arrival a : stage.arrivals()) max = Math.max(max, Math.max(Math.abs(a.sum()), Math.abs(a.result())));
        for (int k = 0; k < stage.arrivals().size(); k++) {
            BackwardFlow.Arrival a = stage.arrivals().get(k);
            Shape sum = stage.sums().get(k);
            if (u < TRAVEL || u >= LAND) {
                sum.setVisible(false); // not there yet, or landed: the δ label has it now
            } else if (u < MERGE) {
                place(sum, a.baseX(), a.baseY(), size(a.sum(), max, stage.unit()), true);
            } else {
                // Through the amplifier: base to tip, the size multiplied by the gain on the way.
                double g = ease((u - MERGE) / (LAND - MERGE));
                double value = a.sum() * (1 + g * (a.gain() - 1));
                place(sum, a.baseX() + g * (a.tipX() - a.baseX()), a.baseY() + g * (a.tipY() - a.baseY()), size(value, max, stage.unit()), true);
            }
        }
        for (Caption c : stage.captions()) {
            c.group().setVisible(u >= TRAVEL);
            c.text().setText(u < MERGE ? c.sum() : u < LAND ? c.gain() : c.result());
        }
        // The pop: out from the label and fading, over the rest of the stage.
        double pop = u < LAND ? -1 : (u - LAND) / (1 - LAND);
        for (Ring ring : stage.rings()) {
            ring.shape().setVisible(pop >= 0);
            if (pop >= 0) pop(ring, pop);
        }
    }

    private static void place(Shape shape, double x, double y, double size, boolean visible) {
        shape.setVisible(visible);
        shape.setTranslateX(x);
        shape.setTranslateY(y);
        shape.setScaleX(size);
        shape.setScaleY(size);
    }

    private static double ease(double x) { return x * x * (3 - 2 * x); }

    /** Tells the owner to conceal the labels of the stages from {@code count} on, if that changed. */
    private void land(int count) {
        if (count == landed) return;
        landed = count;
        Set<String> waiting = new HashSet<>();
        for (int k = count; k < stages.size(); k++) waiting.addAll(stages.get(k).labelIds());
        conceal.accept(waiting);
    }

    private void clear() {
        layer.getChildren().remove(own);
        land(stages.size());
    }

    /** For tests: whether any pulse node is on screen. */
    public boolean isShowing() { return own.getParent() != null; }
}
