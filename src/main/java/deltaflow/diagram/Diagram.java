package deltaflow.diagram;

import deltaflow.model.ValueRef;

import java.util.List;
import java.util.Optional;

/**
 * A laid-out network drawing: its size, its palette and its primitives in drawing order (first drawn
 * first, so later ones are on top). Built once by {@link DiagramBuilder}; the screen, SVG, TikZ, PNG and GIF
 * sinks all draw exactly this.
 */
public record Diagram(double width, double height, Palette palette, List<Primitive> primitives, ReverseWiring wiring) {
    /** How far from a thin edge a click still hits it, in diagram units. */
    private static final double EDGE_TOLERANCE = 4;

    public Diagram {
        primitives = List.copyOf(primitives);
    }

    /** A drawing with no reverse network to animate. */
    public Diagram(double width, double height, Palette palette, List<Primitive> primitives) {
        this(width, height, palette, primitives, ReverseWiring.none());
    }

    /** The same drawing with other primitives (some hidden, some added over it), its wiring kept. */
    public Diagram withPrimitives(List<Primitive> replaced) {
        return new Diagram(width, height, palette, replaced, wiring);
    }

    /** The primitive with this id, if any. */
    public Optional<Primitive> find(String id) {
        return primitives.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The value under a point: a neuron gives its a (its δ in the reverse network), an edge (or a polyline) its
     * weight, a label its own value, a raster what it pictures. Shapes and labels win over edges; among edges
     * the nearest wins. A linear scan: a click on 100k edges costs about a millisecond.
     */
    public Optional<ValueRef> hitTest(double x, double y) {
        for (int k = primitives.size() - 1; k >= 0; k--) {
            Primitive p = primitives.get(k);
            if (p.target() == null || p instanceof Primitive.Line || p instanceof Primitive.Polyline) continue;
            if (contains(p, x, y)) return Optional.of(p.target());
        }
        ValueRef nearest = null;
        double best = Double.MAX_VALUE;
        for (Primitive p : primitives) {
            if (p.target() == null) continue;
            double d, width;
            if (p instanceof Primitive.Line line) {
                d = distance(line.x1(), line.y1(), line.x2(), line.y2(), x, y);
                width = line.width();
            } else if (p instanceof Primitive.Polyline q) {
                d = Double.MAX_VALUE;
                for (int k = 1; k < q.size(); k++) d = Math.min(d, distance(q.x(k - 1), q.y(k - 1), q.x(k), q.y(k), x, y));
                width = q.width();
            } else {
                continue;
            }
            if (d <= Math.max(EDGE_TOLERANCE, width / 2) && d < best) {
                best = d;
                nearest = p.target();
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static boolean contains(Primitive p, double x, double y) {
        return p.accept(new Primitive.Visitor<Boolean>() {
            @Override public Boolean line(Primitive.Line l) { return false; } // edges: by distance, after every shape
            @Override public Boolean circle(Primitive.Circle c) { return Math.hypot(x - c.cx(), y - c.cy()) <= c.r() + c.strokeWidth() / 2; }
            @Override public Boolean polygon(Primitive.Polygon g) { return insidePolygon(g, x, y); }
            @Override public Boolean rect(Primitive.Rect r) { return inside(r.x(), r.y(), r.width(), r.height(), x, y); }
            @Override public Boolean text(Primitive.Text t) {
                double w = t.estimatedWidth();
                double left = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - w / 2; case END -> t.x() - w; };
                return x >= left && x <= left + w && Math.abs(y - t.y()) <= t.fontSize() * 0.6;
            }
            @Override public Boolean polyline(Primitive.Polyline q) { return false; } // as an edge
            @Override public Boolean raster(Primitive.Raster r) { return inside(r.x(), r.y(), r.width(), r.height(), x, y); }
        });
    }

    private static boolean inside(double left, double top, double width, double height, double x, double y) {
        return x >= left && x <= left + width && y >= top && y <= top + height;
    }

    private static boolean insidePolygon(Primitive.Polygon g, double x, double y) {
        boolean inside = false;
        for (int a = 0, b = g.size() - 1; a < g.size(); b = a++) {
            if ((g.y(a) > y) != (g.y(b) > y) && x < (g.x(b) - g.x(a)) * (y - g.y(a)) / (g.y(b) - g.y(a)) + g.x(a)) inside = !inside;
        }
        return inside;
    }

    /** From (x, y) to the segment (x1, y1)–(x2, y2). */
    private static double distance(double x1, double y1, double x2, double y2, double x, double y) {
        double dx = x2 - x1, dy = y2 - y1;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }
}
