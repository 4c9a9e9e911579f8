package deltaflow.ui;

/** Which network the centre shows: the forward one, the backward pass as a network run in reverse, or both. */
public enum NetworkSide {
    FORWARD("forward"), REVERSE("reverse"), BOTH("both");

    private final String label;

    NetworkSide(String label) { this.label = label; }

    public String label() { return label; }
}
