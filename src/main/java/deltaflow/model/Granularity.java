package deltaflow.model;

/** How far one press of "next" goes. */
public enum Granularity {
    /** One neuron, one weight: z_i^l, then a_i^l, ... */
    NEURON("neuron"),
    /** A whole layer at once: z^l = W^l a^{l−1} + b^l. */
    LAYER("layer"),
    /** A whole phase of one example: its forward pass, its cost, its backward pass, its gradients. */
    PASS("pass");

    private final String id;

    Granularity(String id) { this.id = id; }

    public String id() { return id; }
}
