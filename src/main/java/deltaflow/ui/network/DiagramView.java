package deltaflow.ui.network;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.model.ValueRef;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The network on screen: draws a {@link Diagram} scaled to fit. Small diagrams become JavaFX nodes that keep
 * the diagram's ids ({@code #neuron-2-1} is the Text inside that neuron) and classes; large ones (more
 * than {@link #NODE_LIMIT} primitives, such as a 784-wide layer) are painted on canvases. Either way a step
 * redraws only what it changed. Either way a click is hit-tested against the diagram, so selection works
 * the same. Ctrl+scroll zooms about the pointer, dragging pans, a double click fits again.
 *
 * <p>Colours come from the diagram's palette, the same one the SVG, TikZ and PNG exports use, so the screen
 * and an export of it cannot drift apart; the theme is chosen when the diagram is built.
 */
public final class DiagramView extends Region {
    /** Above this many primitives, nodes cost more than they give: paint on a Canvas instead. */
    public static final int NODE_LIMIT = 2000;
    private static final double CLICK_SLOP = 4;

    private final Rectangle clip = new Rectangle();
    private final NodeLayer nodes = new NodeLayer();
    private final CanvasLayer canvas = new CanvasLayer();
    private final Affine transform = new Affine();
    /** Drawn on top of the diagram in its coordinates (animations, highlights); never hit-tested. */
    private final Group overlay = new Group();
    private Diagram diagram;
    private Set<String> concealed = Set.of();
    private Consumer<ValueRef> onSelect = ref -> {};
    private double zoom = 1;
    private double panX;
    private double panY;
    private double pressX;
    private double pressY;
    private double pressPanX;
    private double pressPanY;

    public DiagramView() {
        getStyleClass().add("diagram-view");
        setClip(clip);
        nodes.getTransforms().add(transform);
        overlay.getTransforms().add(transform);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false); // moving pulses must not re-lay out the view (and repaint its canvas)
        getChildren().addAll(canvas.canvases());
        getChildren().addAll(nodes, overlay);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
    }

    public Diagram getDiagram() { return diagram; }

    private boolean canvasOnly;

    /**
     * Paint every diagram on the canvases, however few its primitives: for a picture that changes most of itself
     * every frame (the training picture's heatmaps), where nodes would be rebuilt and their images scaled each time.
     */
    public void setCanvasOnly(boolean on) {
        canvasOnly = on;
        if (diagram != null) setDiagram(diagram);
    }

    /** A layer above the diagram in diagram units (it follows zoom and pan); the view never clears it. */
    public Group overlay() { return overlay; }

    /**
     * Shows a new diagram, keeping the zoom and pan (stepping should not jump the view). Only what changed is
     * redrawn: unchanged primitives keep their nodes, and on a canvas only the changed regions are repainted.
     */
    public void setDiagram(Diagram diagram) {
        this.diagram = diagram;
        boolean small = diagram != null && diagram.primitives().size() <= NODE_LIMIT && !canvasOnly;
        if (small) nodes.show(diagram, concealed);
        else nodes.getChildren().clear();
        nodes.setVisible(small);
        canvas.setVisible(diagram != null && !small);
        setStyle(diagram == null ? "" : "-fx-background-color: " + diagram.palette().color(ColorRole.BACKGROUND) + ";");
        requestLayout();
    }

    /**
     * Primitives (by id) drawn as not there yet, such as a δ whose pulse is still on its way; the diagram
     * keeps them, so hit testing and exports are unaffected.
     */
    public void setConcealed(Set<String> ids) {
        concealed = Set.copyOf(ids);
        if (diagram == null) return;
        if (nodes.isVisible()) nodes.conceal(concealed);
        else requestLayout();
    }

    public Set<String> getConcealed() { return concealed; }

    /** Called with the value under a click: a neuron's a (δ in the reverse network), an edge's weight, a label's value. */
    public void setOnSelect(Consumer<ValueRef> onSelect) { this.onSelect = onSelect == null ? ref -> {} : onSelect; }

    /** Back to the whole diagram, fitted. */
    public void resetView() {
        zoom = 1;
        panX = 0;
        panY = 0;
        requestLayout();
    }

    /** The diagram point under a point of this region. */
    public Point2D toDiagram(double x, double y) {
        try {
            return transform.inverseTransform(x, y);
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            return new Point2D(Double.NaN, Double.NaN);
        }
    }

    /** The fit scale times the user's zoom. */
    public double getViewScale() { return transform.getMxx(); }

    @Override protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        if (diagram == null || w <= 0 || h <= 0) return;
        double fit = Math.min(w / diagram.width(), h / diagram.height()) * zoom;
        double tx = (w - diagram.width() * fit) / 2 + panX;
        double ty = (h - diagram.height() * fit) / 2 + panY;
        if (canvas.isVisible()) {
            // Whole pixels: pictures drawn ahead (the lines of a training frame) are pasted without resampling.
            tx = Math.round(tx);
            ty = Math.round(ty);
        }
        transform.setToTransform(fit, 0, tx, 0, fit, ty);
        if (canvas.isVisible()) canvas.paint(diagram, concealed, transform, w, h);
        viewScale.set(fit);
    }

    private final javafx.beans.property.ReadOnlyDoubleWrapper viewScale = new javafx.beans.property.ReadOnlyDoubleWrapper(this, "viewScale");

    /** Pixels per diagram unit as last laid out: what a picture drawn ahead for this view is drawn at. */
    public javafx.beans.property.ReadOnlyDoubleProperty viewScaleProperty() { return viewScale.getReadOnlyProperty(); }

    /**
     * Shows a new diagram with its lines drawn ahead (off the FX thread) for the canvases: pasted instead of stroked
     * when drawn at this view's scale (see {@link #viewScaleProperty}).
     */
    public void setDiagram(Diagram diagram, deltaflow.diagram.raster.LinePicture lines) {
        canvas.setLinePicture(lines);
        setDiagram(diagram);
    }

    @Override protected double computePrefWidth(double height) { return diagram == null ? 400 : Math.min(diagram.width(), 1200); }

    @Override protected double computePrefHeight(double width) { return diagram == null ? 300 : Math.min(diagram.height(), 800); }

    private void onScroll(ScrollEvent e) {
        if (diagram == null || !e.isShortcutDown() || e.getDeltaY() == 0) return;
        double factor = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
        double next = Math.max(0.5, Math.min(20, zoom * factor));
        // Zoom about the pointer: the diagram point under it stays under it.
        double fit0 = transform.getMxx();
        double fit1 = fit0 / zoom * next;
        double tx1 = e.getX() - (e.getX() - transform.getTx()) * (fit1 / fit0);
        double ty1 = e.getY() - (e.getY() - transform.getTy()) * (fit1 / fit0);
        panX = tx1 - (getWidth() - diagram.width() * fit1) / 2;
        panY = ty1 - (getHeight() - diagram.height() * fit1) / 2;
        zoom = next;
        requestLayout();
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressPanX = panX;
        pressPanY = panY;
    }

    private void onDragged(MouseEvent e) {
        panX = pressPanX + e.getX() - pressX;
        panY = pressPanY + e.getY() - pressY;
        requestLayout();
    }

    private void onClicked(MouseEvent e) {
        if (diagram == null) return;
        if (e.getClickCount() == 2) {
            resetView();
            return;
        }
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) return; // a drag, not a click
        Point2D p = toDiagram(e.getX(), e.getY());
        Optional<ValueRef> hit = diagram.hitTest(p.getX(), p.getY());
        hit.ifPresent(onSelect);
    }
}
