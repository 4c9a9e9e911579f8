package deltaflow.ui.reverse;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramId;
import deltaflow.diagram.Primitive;
import deltaflow.ui.StepperViewModel;
import deltaflow.ui.network.DiagramView;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A layer collapsed to a summary: click a layer's header (forward "layer l", reverse "δ^l") and its column
 * becomes one box giving its size and the max, mean and min of its values (a^l forward, δ^l reverse); click the
 * header or the box again to open it. The diagram draws the boxes (so exports have them too), and draws wide layers
 * as boxes of their own accord, since 128 dots say less than the summary; a click opens those as well.
 */
public final class LayerSummaries {
    private final StepperViewModel stepper;
    private final DiagramView view;

    public LayerSummaries(StepperViewModel stepper, DiagramView view) {
        this.stepper = stepper;
        this.view = view;
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    /** Collapses or opens a layer by its header's id ({@code header-forward-2}, {@code header-reverse-1}). */
    public void toggle(String headerId) { stepper.toggleSummary(headerId); }

    private void clicked(MouseEvent e) {
        Diagram d = view.getDiagram();
        if (d == null || e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1) return;
        Point2D p = view.toDiagram(e.getX(), e.getY());
        String column = columnAt(d, p.getX(), p.getY());
        if (column != null) {
            toggle(column);
            e.consume();
        }
    }

    /** The header id of the column whose header or summary box is at (x, y), or null. */
    static String columnAt(Diagram d, double x, double y) {
        for (Primitive q : d.primitives()) {
            DiagramId id = DiagramId.parse(q.id()).orElse(null);
            if (q instanceof Primitive.Text t && id instanceof DiagramId.Header h) {
                if (h.l() == DiagramId.Header.INPUT) continue;
                double w = t.estimatedWidth();
                if (Math.abs(x - t.x()) <= w / 2 && Math.abs(y - t.y()) <= t.fontSize() * 0.7) return h.text();
            } else if (q instanceof Primitive.Rect r && id instanceof DiagramId.Summary s) {
                // Not on a neuron drawn in the box: a click there selects it.
                if (x >= r.x() && x <= r.x() + r.width() && y >= r.y() && y <= r.y() + r.height() && d.hitTest(x, y).isEmpty()) {
                    return s.header().text();
                }
            }
        }
        return null;
    }
}
