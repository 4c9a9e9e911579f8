package deltaflow.diagram;

/** A set of colours for every sink; see {@link Palette}. */
public enum Theme {
    /** Dark text on white: slides and print. */
    LIGHT("light"),
    /** Light text on near-black: a dim lecture hall. */
    DARK("dark"),
    /** Black on white with saturated, thick-contrast colours: a washed-out projector. */
    HIGH_CONTRAST("high-contrast"),
    /** The Okabe–Ito palette throughout, safe for every common colour-vision deficiency. */
    COLORBLIND("colorblind");

    private final String id;

    Theme(String id) { this.id = id; }

    /** The name used on the command line. */
    public String id() { return id; }
}
