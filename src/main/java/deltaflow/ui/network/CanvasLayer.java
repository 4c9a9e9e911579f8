package deltaflow.ui.network;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Affine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A large diagram on two stacked canvases. Below, the dense layers' translucent edges: the same from step to
 * step, repainted only when they or the view change (a hundred thousand lines cost the software pipeline
 * seconds). Above, everything else: a new diagram in the same view repaints only the rectangles where
 * primitives changed, so a step of 784-128-64-10 redraws a few labels and rings, not nine thousand shapes.
 */
final class CanvasLayer {
    /** Past this many changed rectangles, or this share of the canvas, one full repaint is cheaper. */
    private static final int MAX_REGIONS = 48;
    private static final double MAX_SHARE = 0.5;
    /** Screen pixels around a changed primitive: antialiasing and rounding. */
    private static final double PAD = 2;

    private final Canvas dense = new Canvas();
    private final Canvas top = new Canvas();
    private List<Primitive> denseShown = List.of();
    private double[] denseKey = new double[0];
    private Diagram shown;
    private Map<String, Primitive> shownById = Map.of();
    private Set<String> concealedShown = Set.of();
    private double[] topKey = new double[0];

    Canvas dense() { return dense; }

    Canvas top() { return top; }

    void setVisible(boolean visible) {
        dense.setVisible(visible);
        top.setVisible(visible);
        if (!visible) forget();
    }

    /** Drops what was painted, so the next paint is a full one (and a hidden diagram is not kept alive). */
    void forget() {
        shown = null;
        shownById = Map.of();
        denseShown = List.of();
        denseKey = new double[0];
    }

    /**
     * A dense layer's edge that nothing marks: these stay the same from step to step. A marked one (an operand
     * of the step, the selected weight) is drawn above, with the shapes, so marking it repaints only its region.
     */
    static boolean isDense(Primitive p) {
        return p instanceof Primitive.Line l && l.opacity() < 1 && !l.hasClass("current") && !l.hasClass("operand") && !l.hasClass("selected");
    }

    /** Paints {@code diagram} into a {@code width} × {@code height} view under {@code transform}. */
    void paint(Diagram diagram, Set<String> concealed, Affine transform, double width, double height) {
        double[] key = {width, height, transform.getMxx(), transform.getTx(), transform.getTy(), diagram.palette().theme().ordinal()};
        paintDense(diagram, transform, key);
        Map<String, Primitive> byId = new HashMap<>();
        for (Primitive p : diagram.primitives()) if (!isDense(p)) byId.put(p.id(), p);
        CanvasPainter painter = new CanvasPainter(top.getGraphicsContext2D(), diagram.palette(), transform);
        var drawn = (java.util.function.Predicate<Primitive>) p -> !isDense(p) && !concealed.contains(p.id());
        List<Rectangle2D> regions = shown != null && Arrays.equals(key, topKey) ? changed(byId, concealed, transform) : null;
        if (regions == null) {
            top.setWidth(width);
            top.setHeight(height);
            painter.clear(0, 0, width, height, false);
            painter.paint(diagram, drawn);
        } else if (!regions.isEmpty()) {
            // Each primitive's bounds once, against every region: which primitives each region must redraw.
            List<Rectangle2D> inDiagram = regions.stream().map(r -> toDiagram(r, transform)).toList();
            List<List<Primitive>> redraw = new ArrayList<>();
            for (int k = 0; k < regions.size(); k++) redraw.add(new ArrayList<>());
            for (Primitive p : diagram.primitives()) {
                if (!drawn.test(p)) continue;
                Rectangle2D bounds = PrimitiveBounds.of(p, 1 / transform.getMxx());
                for (int k = 0; k < regions.size(); k++) if (bounds.intersects(inDiagram.get(k))) redraw.get(k).add(p);
            }
            for (int k = 0; k < regions.size(); k++) {
                Rectangle2D r = regions.get(k);
                painter.repaint(redraw.get(k), r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), false);
            }
        }
        shown = diagram;
        shownById = byId;
        concealedShown = Set.copyOf(concealed);
        topKey = key;
    }

    private void paintDense(Diagram diagram, Affine transform, double[] key) {
        List<Primitive> lines = diagram.primitives().stream().filter(CanvasLayer::isDense).toList();
        if (Arrays.equals(key, denseKey) && lines.equals(denseShown)) return;
        dense.setWidth(key[0]);
        dense.setHeight(key[1]);
        CanvasPainter painter = new CanvasPainter(dense.getGraphicsContext2D(), diagram.palette(), transform);
        painter.clear(0, 0, key[0], key[1], true);
        painter.paint(diagram, CanvasLayer::isDense);
        denseShown = lines;
        denseKey = key;
    }

    /** The screen rectangles where the new primitives differ from those painted, merged; null when a full repaint is cheaper. */
    private List<Rectangle2D> changed(Map<String, Primitive> byId, Set<String> concealed, Affine transform) {
        List<Rectangle2D> dirty = new ArrayList<>();
        double minLine = 1 / transform.getMxx();
        Set<String> gone = new HashSet<>(shownById.keySet());
        for (Map.Entry<String, Primitive> e : byId.entrySet()) {
            Primitive was = shownById.get(e.getKey());
            gone.remove(e.getKey());
            boolean hiddenChanged = concealed.contains(e.getKey()) != concealedShown.contains(e.getKey());
            if (was != null && was.equals(e.getValue()) && !hiddenChanged) continue;
            dirty.add(toScreen(PrimitiveBounds.of(e.getValue(), minLine), transform));
            if (was != null) dirty.add(toScreen(PrimitiveBounds.of(was, minLine), transform));
            if (dirty.size() > 4 * MAX_REGIONS) return null;
        }
        for (String id : gone) dirty.add(toScreen(PrimitiveBounds.of(shownById.get(id), minLine), transform));
        List<Rectangle2D> merged = merge(dirty, top.getWidth(), top.getHeight());
        if (merged.size() > MAX_REGIONS) return null;
        double area = 0;
        for (Rectangle2D r : merged) area += r.getWidth() * r.getHeight();
        return area > MAX_SHARE * top.getWidth() * top.getHeight() ? null : merged;
    }

    /** Whole pixels, padded, within the canvas; overlapping rectangles joined until none overlap. */
    private static List<Rectangle2D> merge(List<Rectangle2D> rects, double width, double height) {
        List<Rectangle2D> out = new ArrayList<>();
        for (Rectangle2D r : rects) {
            double x0 = Math.max(0, Math.floor(r.getMinX() - PAD)), y0 = Math.max(0, Math.floor(r.getMinY() - PAD));
            double x1 = Math.min(width, Math.ceil(r.getMaxX() + PAD)), y1 = Math.min(height, Math.ceil(r.getMaxY() + PAD));
            if (x1 > x0 && y1 > y0) out.add(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
        }
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int a = 0; a < out.size() && !joined; a++) {
                for (int b = a + 1; b < out.size(); b++) {
                    Rectangle2D ra = out.get(a), rb = out.get(b);
                    if (!ra.intersects(rb)) continue;
                    double x0 = Math.min(ra.getMinX(), rb.getMinX()), y0 = Math.min(ra.getMinY(), rb.getMinY());
                    out.set(a, new Rectangle2D(x0, y0, Math.max(ra.getMaxX(), rb.getMaxX()) - x0, Math.max(ra.getMaxY(), rb.getMaxY()) - y0));
                    out.remove(b);
                    joined = true;
                    break;
                }
            }
        }
        return out;
    }

    private static Rectangle2D toScreen(Rectangle2D r, Affine t) {
        return new Rectangle2D(r.getMinX() * t.getMxx() + t.getTx(), r.getMinY() * t.getMyy() + t.getTy(),
                r.getWidth() * t.getMxx(), r.getHeight() * t.getMyy());
    }

    private static Rectangle2D toDiagram(Rectangle2D r, Affine t) {
        return new Rectangle2D((r.getMinX() - t.getTx()) / t.getMxx(), (r.getMinY() - t.getTy()) / t.getMyy(),
                r.getWidth() / t.getMxx(), r.getHeight() / t.getMyy());
    }
}
