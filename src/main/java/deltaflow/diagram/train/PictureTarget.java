package deltaflow.diagram.train;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a place in the training picture stands for, for the window to act on a click: a neuron, a data point,
 * a button that adds or removes a hidden neuron or layer. Each has a stable id, the id of the primitive that
 * draws it ({@code neuron-2-3}, {@code add-neuron-1}, {@code point-train-17}), and is read back from it by
 * {@link #parse}. Layers count as the lecture counts them (0 the inputs), neurons and points from 0 here and
 * from 1 in ids, like the network diagram's.
 */
public sealed interface PictureTarget {
    /** The id of the primitive that stands for it. */
    String id();

    /** Neuron i of layer l (from 0). */
    record Neuron(int layer, int index) implements PictureTarget {
        public Neuron {
            if (layer < 0 || index < 0) throw new IllegalArgumentException("layer and index count from 0");
        }

        @Override public String id() { return "neuron-" + layer + "-" + (index + 1); }
    }

    /** The + of hidden layer l: one more neuron in it. */
    record AddNeuron(int layer) implements PictureTarget {
        @Override public String id() { return "add-neuron-" + layer; }
    }

    /** The − of hidden layer l: one neuron fewer in it. */
    record RemoveNeuron(int layer) implements PictureTarget {
        @Override public String id() { return "remove-neuron-" + layer; }
    }

    /** One more hidden layer (before the output). */
    record AddLayer() implements PictureTarget {
        @Override public String id() { return "add-layer"; }
    }

    /** One hidden layer fewer (the last). */
    record RemoveLayer() implements PictureTarget {
        @Override public String id() { return "remove-layer"; }
    }

    /** Point k (from 0) of the training set, or of the test set. */
    record DataPoint(boolean test, int index) implements PictureTarget {
        @Override public String id() { return (test ? "point-test-" : "point-train-") + (index + 1); }
    }

    /** Sample image k (from 0) of the digits' strip. */
    record Sample(int index) implements PictureTarget {
        @Override public String id() { return "sample-" + (index + 1); }
    }

    Pattern NEURON = Pattern.compile("neuron-(\\d+)-(\\d+)");
    Pattern BUTTON = Pattern.compile("(add|remove)-neuron-(\\d+)");
    Pattern POINT = Pattern.compile("point-(train|test)-(\\d+)");
    Pattern SAMPLE = Pattern.compile("sample-(\\d+)");

    /** The target a primitive's id stands for; empty for decoration (edges, axes, labels). */
    static Optional<PictureTarget> parse(String id) {
        if (id.equals("add-layer")) return Optional.of(new AddLayer());
        if (id.equals("remove-layer")) return Optional.of(new RemoveLayer());
        try {
            Matcher m = NEURON.matcher(id);
            if (m.matches()) return Optional.of(new Neuron(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) - 1));
            m = BUTTON.matcher(id);
            if (m.matches()) {
                int layer = Integer.parseInt(m.group(2));
                return Optional.of(m.group(1).equals("add") ? new AddNeuron(layer) : new RemoveNeuron(layer));
            }
            m = POINT.matcher(id);
            if (m.matches()) return Optional.of(new DataPoint(m.group(1).equals("test"), Integer.parseInt(m.group(2)) - 1));
            m = SAMPLE.matcher(id);
            if (m.matches()) return Optional.of(new Sample(Integer.parseInt(m.group(1)) - 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // digits beyond an int, or index 0: not an id this picture writes
        }
        return Optional.empty();
    }
}
