package deltaflow.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A place over a drawn diagram for something drawn on top of it — the backward pass's caption "Σ … × σ' … = δ …",
 * the chain rule's tag "a · forward pass" — that hides nothing the step on screen is about. Every text, label plate,
 * neuron, amplifier, terminal and summary box of the diagram is in the way; the texts the caller keeps (the step's
 * value, its operands, what the formula names) and the shapes may never be covered, the other texts only when no
 * place is clear of everything. Boxes of texts are the layout's own estimate, a plate's height high, as the layout
 * and its tests measure them.
 */
public final class ClearSpot {
    /** Overlaps smaller than this (diagram units) are touching, not covering. */
    private static final double SLACK = 0.5;
    /** How far a placed box keeps from what it must not cover, beyond {@link #SLACK}. */
    private static final double GAP = 1;

    /** An axis-aligned box, x0 ≤ x1 and y0 ≤ y1, in diagram units. */
    public record Box(double x0, double y0, double x1, double y1) {
        public static Box of(double x, double y, double width, double height) { return new Box(x, y, x + width, y + height); }

        public double width() { return x1 - x0; }

        public double height() { return y1 - y0; }

        public Box moved(double dx, double dy) { return new Box(x0 + dx, y0 + dy, x1 + dx, y1 + dy); }

        public Box grown(double by) { return new Box(x0 - by, y0 - by, x1 + by, y1 + by); }

        /** True when the two share more than a hairline. */
        public boolean overlaps(Box o) {
            return Math.min(x1, o.x1) - Math.max(x0, o.x0) > SLACK && Math.min(y1, o.y1) - Math.max(y0, o.y0) > SLACK;
        }

        public boolean inside(Box o) {
            return x0 >= o.x0 - SLACK && y0 >= o.y0 - SLACK && x1 <= o.x1 + SLACK && y1 <= o.y1 + SLACK;
        }
    }

    /** Something drawn: its box, its id, and whether it must stay uncovered. */
    public record Obstacle(String id, Box box, boolean kept) {}

    private final Box drawing;
    private final List<Obstacle> obstacles;
    /** Cells of a grid over the drawing, each listing the obstacles reaching into it: 784-128-64-10 has 2,600. */
    private static final int CELLS = 32;
    private final List<List<Obstacle>> cells = new ArrayList<>(CELLS * CELLS);

    private ClearSpot(Box drawing, List<Obstacle> obstacles) {
        this.drawing = drawing;
        this.obstacles = List.copyOf(obstacles);
        for (int k = 0; k < CELLS * CELLS; k++) cells.add(new ArrayList<>());
        for (Obstacle o : this.obstacles) {
            int[] r = cellRange(o.box());
            for (int i = r[0]; i <= r[2]; i++) for (int j = r[1]; j <= r[3]; j++) cells.get(j * CELLS + i).add(o);
        }
    }

    /** The cells a box reaches into: first column, first row, last column, last row (clamped to the grid). */
    private int[] cellRange(Box b) {
        double cw = Math.max(1e-9, drawing.width() / CELLS), ch = Math.max(1e-9, drawing.height() / CELLS);
        return new int[] {clamp((int) Math.floor(b.x0() / cw)), clamp((int) Math.floor(b.y0() / ch)),
                clamp((int) Math.floor(b.x1() / cw)), clamp((int) Math.floor(b.y1() / ch))};
    }

    private static int clamp(int cell) { return Math.max(0, Math.min(CELLS - 1, cell)); }

    /** The diagram's texts (kept when {@code keep} says so, with their plates) and shapes (always kept). */
    public static ClearSpot over(Diagram diagram, Predicate<Primitive.Text> keep) {
        Map<String, Primitive.Text> texts = new HashMap<>();
        for (Primitive p : diagram.primitives()) if (p instanceof Primitive.Text t) texts.put(t.id(), t);
        List<Obstacle> found = new ArrayList<>();
        for (Primitive p : diagram.primitives()) {
            if (p instanceof Primitive.Text t) {
                found.add(new Obstacle(t.id(), box(t), keep.test(t)));
            } else if (p instanceof Primitive.Rect r && r.id().endsWith("-plate")) {
                Primitive.Text owner = texts.get(r.id().substring(0, r.id().length() - "-plate".length()));
                found.add(new Obstacle(r.id(), Box.of(r.x(), r.y(), r.width(), r.height()), owner != null && keep.test(owner)));
            } else if (isShape(p)) {
                found.add(new Obstacle(p.id(), shapeBox(p), true));
            }
        }
        return new ClearSpot(new Box(0, 0, diagram.width(), diagram.height()), found);
    }

    /**
     * Neurons, amplifiers and the inputs' terminals; not halos, bands or edges, and not a summary box, whose lines of
     * text are in the way themselves while the neurons drawn inside it are shapes of their own.
     */
    private static boolean isShape(Primitive p) {
        if (p instanceof Primitive.Line || p instanceof Primitive.Text) return false;
        String id = p.id();
        return id.endsWith("-circle") || id.endsWith("-shape");
    }

    /** What a text covers: its estimated width, a plate's height (as the layout places labels). */
    public static Box box(Primitive.Text t) {
        double w = t.estimatedWidth();
        double left = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - w / 2; case END -> t.x() - w; };
        double h = t.fontSize() * Grid.PLATE;
        return new Box(left, t.y() - h / 2, left + w, t.y() + h / 2);
    }

    private static Box shapeBox(Primitive p) {
        if (p instanceof Primitive.Circle c) return new Box(c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r());
        if (p instanceof Primitive.Rect r) return Box.of(r.x(), r.y(), r.width(), r.height());
        Primitive.Polygon g = (Primitive.Polygon) p;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int k = 0; k < g.size(); k++) {
            x0 = Math.min(x0, g.x(k)); y0 = Math.min(y0, g.y(k));
            x1 = Math.max(x1, g.x(k)); y1 = Math.max(y1, g.y(k));
        }
        return new Box(x0, y0, x1, y1);
    }

    /** What is in the way, for tests and callers that draw more than one box. */
    public List<Obstacle> obstacles() { return obstacles; }

    /** The drawing's bounds: nothing placed may leave them (an exported frame ends there). */
    public Box drawing() { return drawing; }

    /**
     * The first of {@code candidates} (in order of preference) inside the drawing that covers nothing, else the
     * first that covers nothing kept; empty when every one would hide something kept. {@code placed} are boxes
     * put down before (another caption, the other tag): kept too.
     */
    public Optional<Box> first(List<Box> candidates, List<Box> placed) {
        Box fallback = null;
        for (Box candidate : candidates) {
            if (!candidate.inside(drawing)) continue;
            Box c = candidate.grown(GAP); // clear by a hair, not touching by rounding
            if (placed.stream().anyMatch(c::overlaps)) continue;
            boolean coversKept = false, coversAny = false;
            int[] r = cellRange(c);
            search:
            for (int i = r[0]; i <= r[2]; i++) {
                for (int j = r[1]; j <= r[3]; j++) {
                    for (Obstacle o : cells.get(j * CELLS + i)) {
                        if (!c.overlaps(o.box())) continue;
                        coversAny = true;
                        if (o.kept()) { coversKept = true; break search; }
                    }
                }
            }
            if (!coversAny) return Optional.of(candidate);
            if (!coversKept && fallback == null) fallback = candidate;
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * {@code preferred} first, then the same box moved in steps of {@code fineStep} (coarser over a large drawing) anywhere over the drawing, nearest
     * first (a move sideways counts half a move up or down: a caption slid along its row still reads as its own).
     */
    public List<Box> around(Box preferred, double fineStep) {
        // At most about 20,000 places over a large drawing: a step of the window must stay within a frame.
        double step = Math.max(fineStep, Math.sqrt(drawing.width() * drawing.height() / 5000));
        List<double[]> moves = new ArrayList<>();
        int across = (int) Math.ceil(drawing.width() / step), down = (int) Math.ceil(drawing.height() / step);
        for (int i = -across; i <= across; i++) {
            for (int j = -down; j <= down; j++) {
                Box moved = preferred.moved(i * step, j * step);
                if (moved.inside(drawing)) moves.add(new double[] {i * step, j * step, Math.abs(i * step) * 0.5 + Math.abs(j * step)});
            }
        }
        moves.sort(Comparator.comparingDouble(m -> m[2]));
        List<Box> boxes = new ArrayList<>(moves.size() + 1);
        boxes.add(preferred);
        for (double[] m : moves) boxes.add(preferred.moved(m[0], m[1]));
        return boxes;
    }
}
