package deltaflow.ui.network;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.Theme;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small diagram as one node per primitive. A new diagram keeps the node of every primitive that did not
 * change, gives a changed value to the node that showed the old one, and makes nodes only for primitives
 * that are new or changed their style classes: a step changes a dozen of a hundred, and a new node costs a
 * CSS pass and a layout, which is what made a step slower than a frame.
 */
final class NodeLayer extends Group {
    private record Shown(Primitive primitive, Node node) {}

    private Map<String, Shown> shown = Map.of();
    private Theme theme;

    /** Shows {@code diagram}, with the primitives whose ids are in {@code concealed} hidden. */
    void show(Diagram diagram, Set<String> concealed) {
        boolean sameColours = diagram.palette().theme() == theme;
        theme = diagram.palette().theme();
        Map<String, Shown> next = new HashMap<>(diagram.primitives().size() * 2);
        List<Node> wanted = new ArrayList<>(diagram.primitives().size());
        for (Primitive p : diagram.primitives()) {
            Shown was = sameColours ? shown.get(p.id()) : null;
            Shown now;
            if (was != null && was.primitive().equals(p)) now = was;
            else if (was != null && FxPrimitives.reconfigure(was.node(), was.primitive(), p, diagram.palette())) now = new Shown(p, was.node());
            else now = new Shown(p, FxPrimitives.node(p, diagram.palette()));
            now.node().setVisible(!concealed.contains(p.id()));
            next.put(p.id(), now);
            wanted.add(now.node());
        }
        shown = next;
        update(getChildren(), wanted);
    }

    /** Hides and shows nodes by id without a new diagram. */
    void conceal(Set<String> concealed) {
        for (Shown s : shown.values()) s.node().setVisible(!concealed.contains(s.primitive().id()));
    }

    /**
     * Makes {@code children} equal to {@code wanted} by removing the nodes no longer wanted and inserting the
     * new ones where they go; kept nodes are never taken out of the scene (that would restyle them).
     */
    private static void update(ObservableList<Node> children, List<Node> wanted) {
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        if (children.isEmpty()) {
            children.setAll(wanted);
            return;
        }
        Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(children);
        for (int k = 0; k < wanted.size(); k++) {
            Node node = wanted.get(k);
            if (k < children.size() && children.get(k) == node) continue;
            if (present.contains(node)) { // kept nodes changed order: rare (a new layout), so start over
                children.setAll(wanted);
                return;
            }
            children.add(k, node);
        }
    }
}
