package deltaflow.model.data;

/** A point of a 2-D data set: its coordinates (x₁, x₂) and its label, ±1 for a class or a number to regress. */
public record Point(double x1, double x2, double label) {}
