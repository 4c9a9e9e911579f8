package deltaflow.model;

/** The phases of one gradient-descent step, in the order the lecture takes them. */
public enum Phase {
    /** z^l then a^l, for l = 1..L. */
    FORWARD("forward"),
    /** C^r and ∇C^r(y^r). */
    COST("cost"),
    /** δ^L, then δ^l for l = L−1..1. */
    BACKWARD("backward"),
    /** ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l and ∂C^r/∂b_i^l = δ_i^l. */
    GRADIENTS("gradients"),
    /** C = 1/R Σ_r C^r and the mean gradients, once all examples are done. */
    AVERAGE("average"),
    /** θ ← θ − η ∂C/∂θ. */
    UPDATE("update");

    private final String id;

    Phase(String id) { this.id = id; }

    public String id() { return id; }
}
