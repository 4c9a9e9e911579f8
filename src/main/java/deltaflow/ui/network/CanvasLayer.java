package deltaflow.ui.network;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import javafx.geometry.Rectangle2D;
import deltaflow.diagram.raster.HazeRaster;
import deltaflow.diagram.raster.LinePicture;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A large diagram on stacked canvases, one for each tier of its drawing order: highlights, edges, and
 * everything else (shapes and labels). A new diagram in the same view repaints, in each tier, only the
 * rectangles where that tier's ink changed. Edges are almost all of a 784-128-64-10 diagram (110,000 lines,
 * seconds of work for the software pipeline) and keep their ink from step to step; a step moves its halos and
 * changes a few labels, so it repaints a few small rectangles.
 */
final class CanvasLayer {
    /** Past this many changed rectangles in a tier, or this share of the canvas, one full repaint is cheaper. */
    private static final int MAX_REGIONS = 48;
    private static final double MAX_SHARE = 0.5;
    /** Screen pixels around a changed primitive: antialiasing and rounding. */
    private static final double PAD = 2;
    /** Below this many haze lines the rasterizer is quick enough, and a picture of the whole canvas is not worth it. */
    private static final int MIN_HAZE = 2_000;

    /**
     * Drawn bottom to top, in the diagram's own order: the builder emits halos, then edges, then shapes and labels.
     * Data points (class {@code point}, the training picture's) lie on a tier of their own above: they stay while
     * the heatmap under them changes every frame, and hundreds of them are most of what a repaint would draw.
     */
    enum Tier { HALOS, EDGES, REST, POINTS }

    private final Canvas[] canvases = {new Canvas(), new Canvas(), new Canvas(), new Canvas()};
    @SuppressWarnings("unchecked")
    private final List<Primitive>[] shown = new List[] {List.of(), List.of(), List.of(), List.of()};
    private Set<String> concealedShown = Set.of();
    /** The diagram the tiers in {@link #shown} came from: a repaint for concealment alone reuses them. */
    private Diagram painted;
    private double[] viewKey = new double[0];

    /** The canvases, bottom first. */
    List<Canvas> canvases() { return List.of(canvases); }

    boolean isVisible() { return canvases[0].isVisible(); }

    void setVisible(boolean visible) {
        for (Canvas c : canvases) c.setVisible(visible);
        if (!visible) forget();
    }

    /** Drops what was painted, so the next paint is a full one (and a hidden diagram is not kept alive). */
    void forget() {
        hazes.clear();
        Arrays.fill(shown, List.of());
        painted = null;
        viewKey = new double[0];
    }

    /**
     * Straight lines go below every shape and label of the top tier, whatever their place in the diagram; polylines
     * and rasters are shapes, so a line meant to lie over a raster (an axis over a decision boundary) is drawn as a
     * polyline to keep its order.
     */
    static Tier tier(Primitive p) {
        if (p instanceof Primitive.Line l && l.opacity() < 1) return Tier.EDGES; // a dense layer's: no halo is translucent
        if (p.hasClass("halo")) return Tier.HALOS;
        if (p.hasClass("point")) return Tier.POINTS;
        return p instanceof Primitive.Line ? Tier.EDGES : Tier.REST;
    }

    /** Paints {@code diagram} into a {@code width} × {@code height} view under {@code transform}. */
    void paint(Diagram diagram, Set<String> concealed, Affine transform, double width, double height) {
        double[] key = {width, height, transform.getMxx(), transform.getTx(), transform.getTy(), diagram.palette().theme().ordinal()};
        boolean sameView = Arrays.equals(key, viewKey);
        List<Primitive>[] tiers = diagram == painted ? shown.clone() : tiers(diagram);
        for (Tier tier : Tier.values()) {
            int t = tier.ordinal();
            boolean background = tier == Tier.HALOS; // the bottom canvas carries the background colour
            CanvasPainter painter = new CanvasPainter(canvases[t].getGraphicsContext2D(), diagram.palette(), transform);
            List<Primitive> drawn = concealed.isEmpty() ? tiers[t] : tiers[t].stream().filter(p -> !concealed.contains(p.id())).toList();
            List<Rectangle2D> regions = sameView ? changed(shown[t], tiers[t], concealed, transform) : null;
            // Many lines are painted as one picture, whole: repainting regions would stroke them one by one.
            if (regions != null && !regions.isEmpty() && tier == Tier.EDGES && LinePicture.edges(drawn).size() >= LinePicture.MIN_LINES) regions = null;
            if (regions == null) {
                canvases[t].setWidth(width);
                canvases[t].setHeight(height);
                painter.clear(0, 0, width, height, background);
                if (tier == Tier.EDGES) paintEdges(drawn, diagram, transform, width, height);
                else painter.paint(drawn);
            } else {
                repaint(painter, drawn, regions, transform, background);
            }
            shown[t] = tiers[t];
        }
        concealedShown = Set.copyOf(concealed);
        viewKey = key;
        painted = diagram;
    }

    /**
     * A full repaint of the edges: the dense layers' translucent haze drawn into one picture by {@link HazeRaster}
     * and painted at once, then the other lines over it. Handing the software pipeline's rasterizer 110,000 lines
     * one by one cost 6–19 s of render-thread CPU on opening 784-128-64-10 or switching its view; steps repaint
     * a few small regions line by line, as before.
     */
    private void paintEdges(List<Primitive> drawn, Diagram diagram, Affine transform, double width, double height) {
        List<Primitive.Line> haze = new ArrayList<>();
        List<Primitive> rest = new ArrayList<>();
        for (Primitive p : drawn) {
            if (p instanceof Primitive.Line l && HazeRaster.isHaze(l)) haze.add(l);
            else rest.add(p);
        }
        GraphicsContext gc = canvases[Tier.EDGES.ordinal()].getGraphicsContext2D();
        if (haze.size() >= MIN_HAZE) {
            int w = Math.max(1, (int) Math.ceil(width)), h = Math.max(1, (int) Math.ceil(height));
            HazeKey key = new HazeKey(List.of(w, h, transform.getMxx(), transform.getTx(), transform.getTy()), diagram.palette().theme(), haze);
            WritableImage image = hazes.get(key);
            if (image == null) {
                int[] pixels = HazeRaster.argb(haze, diagram.palette(), transform.getMxx(), transform.getTx(), transform.getTy(), w, h);
                image = new WritableImage(w, h);
                image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
                hazes.put(key, image);
            }
            gc.setTransform(new Affine());
            gc.setGlobalAlpha(1);
            gc.drawImage(image, 0, 0);
        } else {
            rest = pictureLines(drawn, diagram, transform, gc);
        }
        new CanvasPainter(gc, diagram.palette(), transform).paint(rest);
    }

    /**
     * Past {@link LinePicture#MIN_LINES} edges (a training picture's network: 344 edges on 2-[8×6]-1, all new every
     * epoch, the negative ones dashed), the lines as one picture of their bounding box, capped and dashed as the
     * canvas strokes them, pasted at whole pixels: the software pipeline's rasterizer took 30–100 ms a frame over
     * them, most of each frame. The picture made ahead with the diagram ({@link #setLinePicture}, on the training
     * thread) when it is for this diagram at this scale, else made here. Returns what is still to paint: the other
     * lines (axes, ticks), or all of them when the edges are few.
     */
    private List<Primitive> pictureLines(List<Primitive> drawn, Diagram diagram, Affine transform, GraphicsContext gc) {
        List<Primitive.Line> lines = LinePicture.edges(drawn);
        if (lines.size() < LinePicture.MIN_LINES) return drawn;
        List<Primitive> rest = new ArrayList<>();
        for (Primitive p : drawn) if (!(p instanceof Primitive.Line l && l.hasClass("edge"))) rest.add(p); // axes, ticks: over the edges
        double scale = transform.getMxx();
        LinePicture picture = ahead;
        if (picture == null || picture.source() != diagram || picture.scale() != scale || picture.lines() != lines.size()) {
            picture = LinePicture.of(diagram, lines, scale);
        }
        if (picture == null) return drawn;
        WritableImage image = new WritableImage(new javafx.scene.image.PixelBuffer<>(picture.width(), picture.height(),
                java.nio.IntBuffer.wrap(picture.argb()), PixelFormat.getIntArgbPreInstance())); // its pixels, not a converted copy
        gc.setTransform(new Affine());
        gc.setGlobalAlpha(1);
        gc.drawImage(image, Math.round(transform.getTx()) + picture.left(), Math.round(transform.getTy()) + picture.top());
        return rest;
    }

    /** The lines of the next diagram drawn ahead (null: none); used when it matches the diagram and the scale. */
    void setLinePicture(LinePicture picture) { ahead = picture; }

    private LinePicture ahead;


    /** A haze picture is the same while the lines, the palette and where they land on screen are. */
    private record HazeKey(List<Number> view, deltaflow.diagram.Theme theme, List<Primitive.Line> lines) {}

    /** The last few haze pictures: switching back to a view (forward → both → forward) repaints without drawing again. */
    private final Map<HazeKey, WritableImage> hazes = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<HazeKey, WritableImage> eldest) { return size() > 3; }
    };

    /** The diagram's primitives by tier, each in drawing order. */
    @SuppressWarnings("unchecked")
    private static List<Primitive>[] tiers(Diagram diagram) {
        List<Primitive>[] tiers = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};
        for (Primitive p : diagram.primitives()) tiers[tier(p).ordinal()].add(p);
        return tiers;
    }

    /** Each region cleared and redrawn from the primitives that reach into it, each primitive's bounds computed once. */
    private static void repaint(CanvasPainter painter, List<Primitive> drawn, List<Rectangle2D> regions, Affine transform, boolean background) {
        if (regions.isEmpty()) return;
        List<Rectangle2D> inDiagram = regions.stream().map(r -> toDiagram(r, transform)).toList();
        List<List<Primitive>> redraw = new ArrayList<>();
        for (int k = 0; k < regions.size(); k++) redraw.add(new ArrayList<>());
        for (Primitive p : drawn) {
            Rectangle2D bounds = PrimitiveBounds.of(p, 1 / transform.getMxx());
            for (int k = 0; k < regions.size(); k++) if (bounds.intersects(inDiagram.get(k))) redraw.get(k).add(p);
        }
        for (int k = 0; k < regions.size(); k++) {
            Rectangle2D r = regions.get(k);
            painter.repaint(redraw.get(k), r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), background);
        }
    }

    /**
     * The screen rectangles where a tier's new primitives paint differently from those painted, merged; null
     * when a full repaint is cheaper. Steps keep a tier's ids in the same order, so the lists are compared
     * position by position; otherwise by id.
     */
    private List<Rectangle2D> changed(List<Primitive> before, List<Primitive> after, Set<String> concealed, Affine transform) {
        List<Rectangle2D> dirty = new ArrayList<>();
        double minLine = 1 / transform.getMxx();
        if (before.size() == after.size() && sameIds(before, after)) {
            for (int k = 0; k < after.size(); k++) {
                if (!differs(before.get(k), after.get(k), concealed)) continue;
                dirty.add(toScreen(PrimitiveBounds.of(before.get(k), minLine), transform));
                dirty.add(toScreen(PrimitiveBounds.of(after.get(k), minLine), transform));
                if (dirty.size() > 4 * MAX_REGIONS) return null;
            }
        } else {
            Map<String, Primitive> was = new HashMap<>();
            for (Primitive p : before) was.put(p.id(), p);
            for (Primitive p : after) {
                Primitive old = was.remove(p.id());
                if (old != null && !differs(old, p, concealed)) continue;
                dirty.add(toScreen(PrimitiveBounds.of(p, minLine), transform));
                if (old != null) dirty.add(toScreen(PrimitiveBounds.of(old, minLine), transform));
                if (dirty.size() > 4 * MAX_REGIONS) return null;
            }
            for (Primitive gone : was.values()) dirty.add(toScreen(PrimitiveBounds.of(gone, minLine), transform));
        }
        double width = canvases[0].getWidth(), height = canvases[0].getHeight();
        List<Rectangle2D> merged = merge(dirty, width, height);
        if (merged.size() > MAX_REGIONS) return null;
        double area = 0;
        for (Rectangle2D r : merged) area += r.getWidth() * r.getHeight();
        return area > MAX_SHARE * width * height ? null : merged;
    }

    private static boolean sameIds(List<Primitive> a, List<Primitive> b) {
        for (int k = 0; k < a.size(); k++) if (!a.get(k).id().equals(b.get(k).id())) return false;
        return true;
    }

    /** Whether {@code now} paints other pixels than {@code was} did (a line's classes and target paint nothing). */
    private boolean differs(Primitive was, Primitive now, Set<String> concealed) {
        if ((!concealed.isEmpty() || !concealedShown.isEmpty()) && concealed.contains(now.id()) != concealedShown.contains(now.id())) return true;
        if (was == now) return false; // a kept dense edge: most of a large diagram
        if (was instanceof Primitive.Line p && now instanceof Primitive.Line q) {
            return p.x1() != q.x1() || p.y1() != q.y1() || p.x2() != q.x2() || p.y2() != q.y2() || p.width() != q.width()
                    || p.role() != q.role() || p.dashed() != q.dashed() || p.opacity() != q.opacity();
        }
        return !was.equals(now);
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
