package deltaflow.model;

/**
 * A scenario that cannot be read, with where the problem is ({@code network.layers[1].weights}) and what
 * it is, so the user can fix the file without a stack trace.
 */
public final class ScenarioException extends Exception {
    private final String location;
    private final String problem;

    public ScenarioException(String location, String problem) {
        super(location.isEmpty() ? problem : location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    /** The JSON path of the offending value, or a line and column for malformed JSON; empty for the whole file. */
    public String location() { return location; }

    public String problem() { return problem; }
}
