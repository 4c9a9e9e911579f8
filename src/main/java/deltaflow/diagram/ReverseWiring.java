package deltaflow.diagram;

import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the reverse network's signals run, recorded by the layout as it draws them, in diagram units: for each
 * column l its rows y_i^l, the x where its edges of W^l leave (the amplifiers' tips) and where the edges of
 * W^{l+1} arrive (their bases), each amplifier's base and tip, the inputs ∂C/∂y_n, and the labels that show each
 * δ. The backward pass's pulses ({@link BackwardFlow}) follow these lines, so they start and end where the
 * edges are drawn without anyone reading coordinates back out of the primitives. Empty when the reverse
 * network is not drawn. Filled only while its diagram is built, by this package.
 */
public final class ReverseWiring {
    /** How column l draws its δ: one amplifier per neuron, one summary box, or softmax's Jacobian box. */
    public enum Kind { AMPLIFIERS, SUMMARY, JACOBIAN }

    /** Where a δ's signals meet (base) and where it leaves (tip). */
    public record Amplifier(double baseX, double baseY, double tipX, double tipY) {}

    /** A label that shows a δ: its id and its plate's box ({@code width} 0: a line with no plate, such as a summary's). */
    public record Label(String id, double x, double y, double width, double height, double fontSize) {
        /** The primitives to hide while the δ is on its way: the text and, if it has one, its plate. */
        public List<String> ids() { return width > 0 ? List.of(id, DiagramId.plateOf(id)) : List.of(id); }
    }

    private record Column(Kind kind, double tipX, double baseX, double[] rows) {
        /** By the rows' values, not the array's identity. */
        @Override public boolean equals(Object o) {
            return o instanceof Column c && kind == c.kind && Double.compare(tipX, c.tipX) == 0 && Double.compare(baseX, c.baseX) == 0
                    && java.util.Arrays.equals(rows, c.rows);
        }

        @Override public int hashCode() { return kind.hashCode() * 31 + java.util.Arrays.hashCode(rows); }
    }

    private final Map<Integer, Column> columns = new HashMap<>();
    private final Map<Long, Amplifier> amplifiers = new HashMap<>();
    private final Map<ValueRef, List<Label>> labels = new HashMap<>();
    private final Map<Integer, List<String>> summaryLines = new HashMap<>();
    private final Map<String, Integer> summaryLayers = new HashMap<>();
    private double terminalX = Double.NaN;

    ReverseWiring() {}

    /** A diagram with no reverse network. */
    public static ReverseWiring none() { return new ReverseWiring(); }

    // ---- recorded by the layout

    void column(int l, Kind kind, double tipX, double baseX, double[] rows) {
        columns.put(l, new Column(kind, tipX, baseX, rows.clone()));
    }

    void amplifier(int l, int i, double baseX, double baseY, double tipX, double tipY) {
        amplifiers.put(key(l, i), new Amplifier(baseX, baseY, tipX, tipY));
    }

    /** The x where the input ∂C/∂y_n leaves its terminal, on row n of the output column. */
    void terminals(double x) { terminalX = x; }

    /** A label of δ, with its plate's box. */
    void deltaLabel(ValueRef delta, String id, double x, double y, double width, double height, double fontSize) {
        labels.computeIfAbsent(delta, k -> new ArrayList<>()).add(new Label(id, x, y, width, height, fontSize));
    }

    /** The summary box {@code id} stands for δ^l. */
    void summary(int l, String id) { summaryLayers.put(id, l); }

    /** A line of summary box {@code summaryId} that shows δ^l's statistics, complete only once every δ^l is known. */
    void summaryLine(String summaryId, String lineId) {
        Integer l = summaryLayers.get(summaryId);
        if (l != null) summaryLines.computeIfAbsent(l, k -> new ArrayList<>()).add(lineId);
    }

    // ---- read by the flow

    public boolean isEmpty() { return columns.isEmpty(); }

    public boolean has(int l) { return columns.containsKey(l); }

    public Kind kind(int l) { return columns.get(l).kind(); }

    /** The y of row i of column l. */
    public double row(int l, int i) { return columns.get(l).rows()[i]; }

    /** The x where the edges of W^l leave column l, carrying δ^l back to layer l − 1. */
    public double tipX(int l) { return columns.get(l).tipX(); }

    /** The x where the edges of W^{l+1} (or the inputs, for the output column) arrive at column l. */
    public double baseX(int l) { return columns.get(l).baseX(); }

    /** The x where the inputs ∂C/∂y_n start. */
    public double terminalX() { return terminalX; }

    /**
     * Where δ_i^l's signals meet and where it leaves: its amplifier; inside a summary box, the box's side and a
     * little way in; for softmax, across the Jacobian box on row i.
     */
    public Amplifier amplifier(int l, int i) {
        Column c = columns.get(l);
        if (c.kind() == Kind.AMPLIFIERS) {
            Amplifier a = amplifiers.get(key(l, i));
            if (a != null) return a;
        }
        double y = c.rows()[i];
        if (c.kind() == Kind.SUMMARY) return new Amplifier(c.baseX(), y, c.baseX() - 0.12 * (c.baseX() - c.tipX()), y);
        return new Amplifier(c.baseX(), y, c.tipX(), y);
    }

    /** The labels of δ_i^l this diagram draws (none when the layout had no room for them). */
    public List<Label> labels(ValueRef delta) { return labels.getOrDefault(delta, List.of()); }

    /** The ids of δ^l's summary statistics, shown once every δ^l is known. */
    public List<String> summaryLines(int l) { return summaryLines.getOrDefault(l, List.of()); }

    /** By what was recorded, so two builds of the same diagram are equal, as their primitives are. */
    @Override public boolean equals(Object o) {
        return o instanceof ReverseWiring w && columns.equals(w.columns) && amplifiers.equals(w.amplifiers) && labels.equals(w.labels)
                && summaryLines.equals(w.summaryLines) && Double.compare(terminalX, w.terminalX) == 0;
    }

    @Override public int hashCode() { return columns.hashCode() * 31 + labels.hashCode(); }

    private static long key(int l, int i) { return ((long) l << 32) | i; }
}
