package deltaflow.ui.train;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;

/** What a point of the training picture stands for, found from the ids of the primitives drawn there. */
final class TrainPictures {
    /** How far (diagram units) a click may miss a small target: a data point is a few units across. */
    static final double SLOP = 6;

    private TrainPictures() {}

    /**
     * The id of the button, neuron or point at (x, y): a button or neuron that contains it, else the training point
     * whose centre is nearest, within its radius and {@link #SLOP}; null over anything else.
     */
    static String targetAt(Diagram d, double x, double y) {
        String nearest = null;
        double best = Double.MAX_VALUE;
        for (int k = d.primitives().size() - 1; k >= 0; k--) {
            Primitive p = d.primitives().get(k);
            String id = p.id();
            if (id == null || !isTarget(id)) continue;
            if (id.startsWith("point-")) {
                // The point whose centre is nearest, of those within reach: overlapping points are told apart.
                if (p instanceof Primitive.Circle c) {
                    double distance = Math.hypot(c.cx() - x, c.cy() - y);
                    if (distance <= c.r() + SLOP && distance < best) {
                        best = distance;
                        nearest = id;
                    }
                }
                continue;
            }
            if (p instanceof Primitive.Circle c && Math.hypot(c.cx() - x, c.cy() - y) <= c.r() + 2) return id;
            if (p instanceof Primitive.Rect r && x >= r.x() - 2 && x <= r.x() + r.width() + 2 && y >= r.y() - 2 && y <= r.y() + r.height() + 2) return id;
        }
        return nearest;
    }

    private static boolean isTarget(String id) {
        return id.startsWith("point-train-") || id.startsWith("neuron-") || id.equals("add-layer") || id.equals("remove-layer")
                || id.startsWith("add-neuron-") || id.startsWith("remove-neuron-");
    }
}
