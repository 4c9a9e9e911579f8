package deltaflow.diagram;

import deltaflow.model.Network;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a screen layout of a small network left a weight's number off the board. A layer of at most
 * {@link #FEW_EDGES} edges is labelled edge by edge in every export, and on screen the formula beside it names those
 * weights (Mazur's 2-2-2 has eight): the type scale gives way to them as it does to the step's own labels. A larger
 * layer's weights are its marked edges, and may be left out with the note.
 */
final class WeightLabels {
    /** The most edges a layer may have and still be labelled edge by edge (Grid#edgeLabels). */
    static final int FEW_EDGES = 16;

    private WeightLabels() {}

    /** Whether layer l's weights are labelled one by one. */
    static boolean few(Network network, int l) {
        return (long) network.size(l) * network.size(l - 1) <= FEW_EDGES;
    }

    /**
     * How many weights of the few-edged layers the view draws have no label among {@code labels}: in the both view a
     * weight labelled on either network counts, and the reverse network alone has no W¹ (no amplifiers in layer 0).
     */
    static int missing(Network network, DiagramOptions options, List<Primitive> labels) {
        if (!options.shows(Shown.WEIGHT)) return 0;
        Set<String> drawn = new HashSet<>();
        for (Primitive p : labels) {
            if (!(p instanceof Primitive.Text)) continue;
            DiagramId.parse(p.id()).filter(DiagramId.Label.class::isInstance).map(DiagramId.Label.class::cast)
                    .filter(k -> k.value() == DiagramId.Value.WEIGHT || k.value() == DiagramId.Value.REVERSE_WEIGHT)
                    .ifPresent(k -> drawn.add(k.l() + "-" + k.i() + "-" + k.j()));
        }
        int missing = 0;
        for (int l = options.view() == View.REVERSE ? 2 : 1; l <= network.depth(); l++) {
            if (!few(network, l)) continue;
            for (int i = 0; i < network.size(l); i++) {
                for (int j = 0; j < network.size(l - 1); j++) if (!drawn.contains(l + "-" + i + "-" + j)) missing++;
            }
        }
        return missing;
    }
}
