package deltaflow.diagram;

/** The numbers a diagram may label. Each appears only once the timeline has computed it. */
public enum Shown {
    /** z_i^l under each neuron. */
    Z("z"),
    /** a_i^l inside each neuron (x_j for the inputs). */
    A("a"),
    /** σ'(z_i^l): under the neuron, and on each amplifier of the reverse network. */
    GAIN("gain"),
    /** δ_i^l. */
    DELTA("delta"),
    /** w_ij^l on each edge. */
    WEIGHT("w"),
    /** ∂C^r/∂w_ij^l on each edge. */
    WEIGHT_GRADIENT("grad"),
    /** b_i^l above each neuron. */
    BIAS("b"),
    /** What is minimised, beside the output layer: the targets ŷ_n, ∂C^r/∂y_n at their steps, C^r and C (before → after at the end). */
    COST("cost");

    private final String id;

    Shown(String id) { this.id = id; }

    /** The name used on the command line ({@code --values z,a,gain,delta,w,grad,b,cost}). */
    public String id() { return id; }
}
