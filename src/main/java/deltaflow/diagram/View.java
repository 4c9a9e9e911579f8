package deltaflow.diagram;

/** Which network a diagram draws: the forward pass, the backward pass run as a reverse network, or both side by side. */
public enum View {
    FORWARD("forward"), REVERSE("reverse"), BOTH("both");

    private final String id;

    View(String id) { this.id = id; }

    /** The name used on the command line. */
    public String id() { return id; }
}
