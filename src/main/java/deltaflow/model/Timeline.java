package deltaflow.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The step engine: the order in which the lecture computes a gradient-descent step, one value at a time.
 *
 * <p>For each example r: z^l then a^l for l = 1..L (neurons ascending); C^r and ∇C^r(y^r); δ^L, then δ^l
 * for l = L−1..1; ∂C^r/∂w_ij^l and ∂C^r/∂b_i^l. After all examples: C, the mean gradients, the update.
 *
 * <p>A position p counts the steps done: 0 is before the first step, {@link #size()} after the last. The
 * values themselves come from a {@link Trace} computed once; a step is decoded from its index on demand, so
 * stepping back and forth is moving an index and the history never copies the network.
 */
public final class Timeline {
    /** More steps than an int can count are more than anybody can step through. */
    public static final long MAX_STEPS = Integer.MAX_VALUE - 1L;

    private final Trace trace;
    private final Segment[] segments;
    private final int[] segmentStarts;
    private final int[] blockStarts; // PASS granularity: starts of runs of segments with the same phase and example
    private final int perExample;    // steps per example
    private final int[] localStart;  // per-example offset of each segment, by local segment number
    private final int size;

    public Timeline(Trace trace) {
        this.trace = trace;
        Network network = trace.network();
        int depth = network.depth();
        List<Segment> local = new ArrayList<>();
        long offset = 0;
        for (int l = 1; l <= depth; l++) {
            offset = add(local, Segment.Type.Z, l, offset, network.size(l), 1, 1);
            offset = add(local, Segment.Type.A, l, offset, network.size(l), 1, 1);
        }
        offset = add(local, Segment.Type.COST, 0, offset, 1, 1, 1);
        offset = add(local, Segment.Type.COST_GRADIENT, 0, offset, network.outputs(), 1, 1);
        for (int l = depth; l >= 1; l--) offset = add(local, Segment.Type.DELTA, l, offset, network.size(l), 1, 1);
        for (int l = 1; l <= depth; l++) {
            offset = add(local, Segment.Type.GRADIENT, l, offset, network.size(l), network.size(l - 1) + 1, network.size(l - 1));
        }
        long perExampleLong = offset;
        int batch = trace.batchSize();
        List<Segment> all = new ArrayList<>();
        long start = 0;
        for (int r = 0; r < batch; r++) {
            for (Segment s : local) {
                all.add(new Segment(s.type(), r, s.layer(), checked(start + s.start()), s.rows(), s.columns(), s.weightColumns()));
            }
            start += perExampleLong;
        }
        start = add(all, Segment.Type.TOTAL_COST, 0, start, 1, 1, 1);
        // With one example the mean of each gradient is that gradient: the average phase is its one step C = C¹,
        // which also makes the means known, rather than a copy of every gradient.
        if (batch > 1) {
            for (int l = 1; l <= depth; l++) {
                start = add(all, Segment.Type.MEAN_GRADIENT, l, start, network.size(l), network.size(l - 1) + 1, network.size(l - 1));
            }
        }
        int biasColumns = trace.scenario().trainBiases() ? 1 : 0;
        for (int l = 1; l <= depth; l++) {
            start = add(all, Segment.Type.UPDATE, l, start, network.size(l), network.size(l - 1) + biasColumns, network.size(l - 1));
        }
        this.size = checked(start);
        this.perExample = (int) perExampleLong;
        this.segments = all.toArray(Segment[]::new);
        this.segmentStarts = all.stream().mapToInt(Segment::start).toArray();
        this.localStart = local.stream().mapToInt(Segment::start).toArray();
        List<Integer> blocks = new ArrayList<>();
        for (int k = 0; k < segments.length; k++) {
            if (k == 0 || segments[k].phase() != segments[k - 1].phase() || segments[k].example() != segments[k - 1].example()) {
                blocks.add(segments[k].start());
            }
        }
        this.blockStarts = blocks.stream().mapToInt(Integer::intValue).toArray();
    }

    public static Timeline of(Scenario scenario) {
        return new Timeline(Trace.of(scenario));
    }

    /** The number of steps needed to build this timeline for a scenario, without building it. */
    public static long countSteps(Network network, int batchSize, boolean trainBiases) {
        long forward = 0, gradients = 0, deltas = 0, updates = 0;
        for (int l = 1; l <= network.depth(); l++) {
            long n = network.size(l);
            forward += 2 * n;
            deltas += n;
            gradients += n * (network.size(l - 1) + 1);
            updates += n * (network.size(l - 1) + (trainBiases ? 1 : 0));
        }
        long perExample = forward + 1 + network.outputs() + deltas + gradients;
        return perExample * batchSize + 1 + (batchSize > 1 ? gradients : 0) + updates;
    }

    private static long add(List<Segment> list, Segment.Type type, int layer, long start, int rows, int columns, int weightColumns) {
        list.add(new Segment(type, 0, layer, checked(start), rows, columns, weightColumns));
        return start + (long) rows * columns;
    }

    private static int checked(long index) {
        if (index > MAX_STEPS) throw new IllegalArgumentException("more than " + MAX_STEPS + " steps: too large to step through");
        return (int) index;
    }

    public Trace trace() { return trace; }

    public Scenario scenario() { return trace.scenario(); }

    /** The number of steps; positions run from 0 to this. */
    public int size() { return size; }

    /** The step with this index, 0 ≤ index < size(). */
    public Step step(int index) {
        Segment s = segmentAt(index);
        int offset = index - s.start();
        int row = offset / s.columns();
        int column = offset % s.columns();
        StepKind kind = s.kind(offset);
        boolean weight = kind == StepKind.WEIGHT_GRADIENT || kind == StepKind.MEAN_WEIGHT_GRADIENT || kind == StepKind.WEIGHT_UPDATE;
        int source = weight ? column : 0;
        int example = kind.isBatchLevel() ? 0 : s.example();
        double value = value(new ValueRef(kind.result(), example, s.layer(), row, source));
        return new Step(index, kind, example, s.layer(), row, source, value);
    }

    /** The last step done at {@code position}, or null at position 0. */
    public Step current(int position) {
        return position == 0 ? null : step(position - 1);
    }

    private Segment segmentAt(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("step " + index + " of " + size);
        int k = Arrays.binarySearch(segmentStarts, index);
        return segments[k >= 0 ? k : -k - 2];
    }

    // ----- navigation -------------------------------------------------------------------------------

    /** Where "next" goes from {@code position}. */
    public int next(int position, Granularity granularity) {
        if (position >= size) return size;
        return switch (granularity) {
            case NEURON -> position + 1;
            case LAYER -> segmentAt(position).end();
            case PASS -> blockEnd(position);
        };
    }

    /** Where "back" goes from {@code position}. */
    public int previous(int position, Granularity granularity) {
        if (position <= 0) return 0;
        return switch (granularity) {
            case NEURON -> position - 1;
            case LAYER -> segmentAt(position - 1).start();
            case PASS -> blockStart(position - 1);
        };
    }

    private int blockStart(int index) {
        int k = Arrays.binarySearch(blockStarts, index);
        return blockStarts[k >= 0 ? k : -k - 2];
    }

    private int blockEnd(int index) {
        int k = Arrays.binarySearch(blockStarts, index);
        int block = k >= 0 ? k : -k - 2;
        return block + 1 < blockStarts.length ? blockStarts[block + 1] : size;
    }

    /** The index of the first step of a phase; for per-example phases, of example r. */
    public int phaseStart(Phase phase, int example) {
        for (Segment s : segments) {
            if (s.phase() == phase && (phase == Phase.AVERAGE || phase == Phase.UPDATE || s.example() == example)) return s.start();
        }
        throw new IllegalArgumentException("no " + phase.id() + " phase for example " + example);
    }

    /** The index just after the last step of a phase; for per-example phases, of example r. */
    public int phaseEnd(Phase phase, int example) {
        return blockEnd(phaseStart(phase, example));
    }

    /** The first step of each block of the pass granularity, for a timeline bar. */
    public int[] passBoundaries() { return blockStarts.clone(); }

    // ----- values --------------------------------------------------------------------------------

    /** The index of the step that computes {@code ref}, or −1 for a number the scenario gives. */
    public int indexOf(ValueRef ref) {
        Network network = trace.network();
        int r = ref.example();
        int l = ref.layer();
        return switch (ref.quantity()) {
            case X, TARGET, WEIGHT, BIAS -> -1;
            case Z -> exampleStart(r) + localStart[2 * (l - 1)] + ref.neuron();
            case A -> exampleStart(r) + localStart[2 * (l - 1) + 1] + ref.neuron();
            case COST -> exampleStart(r) + localStart[2 * network.depth()];
            case COST_GRADIENT -> exampleStart(r) + localStart[2 * network.depth() + 1] + ref.neuron();
            // σ'(z) is shown once the backward pass reaches the neuron, with its δ.
            case DELTA, GAIN -> exampleStart(r) + localStart[deltaSegment(l)] + ref.neuron();
            case WEIGHT_GRADIENT -> exampleStart(r) + localStart[gradientSegment(l)] + ref.neuron() * (network.size(l - 1) + 1) + ref.source();
            case BIAS_GRADIENT -> exampleStart(r) + localStart[gradientSegment(l)] + ref.neuron() * (network.size(l - 1) + 1) + network.size(l - 1);
            case TOTAL_COST -> batchSegment(0).start();
            case MEAN_WEIGHT_GRADIENT -> !averaged() ? batchSegment(0).start()
                    : batchSegment(l).start() + ref.neuron() * (network.size(l - 1) + 1) + ref.source();
            case MEAN_BIAS_GRADIENT -> !averaged() ? batchSegment(0).start()
                    : batchSegment(l).start() + ref.neuron() * (network.size(l - 1) + 1) + network.size(l - 1);
            case UPDATED_WEIGHT -> updateIndex(l, ref.neuron(), ref.source());
            case UPDATED_BIAS -> trace.scenario().trainBiases() ? updateIndex(l, ref.neuron(), network.size(l - 1)) : -1;
        };
    }

    private int exampleStart(int r) { return r * perExample; }

    private int deltaSegment(int l) { return 2 * trace.network().depth() + 2 + (trace.network().depth() - l); }

    private int gradientSegment(int l) { return 3 * trace.network().depth() + 2 + (l - 1); }

    /** Segment k after the examples: 0 is C, 1..L the mean gradients (when R > 1), then the L updates. */
    private Segment batchSegment(int k) { return segments[trace.batchSize() * localStart.length + k]; }

    /** Whether the average phase has steps of its own for the mean gradients: with one example it has not. */
    private boolean averaged() { return trace.batchSize() > 1; }

    private int updateIndex(int l, int i, int j) {
        Segment s = batchSegment((averaged() ? trace.network().depth() : 0) + l);
        return s.start() + i * s.columns() + j;
    }

    /** True when {@code ref} is known after {@code position} steps: given by the scenario, or computed by then. */
    public boolean isKnown(ValueRef ref, int position) {
        if (ref.quantity() == Quantity.UPDATED_BIAS && !trace.scenario().trainBiases()) return isKnown(new ValueRef(Quantity.BIAS, 0, ref.layer(), ref.neuron(), 0), position);
        int index = indexOf(ref);
        return index < position;
    }

    /** The number {@code ref} names. */
    public double value(ValueRef ref) {
        Network network = trace.network();
        int r = ref.example(), l = ref.layer(), i = ref.neuron(), j = ref.source();
        return switch (ref.quantity()) {
            case X -> trace.scenario().example(r).x(i);
            case TARGET -> trace.scenario().example(r).target(i);
            case WEIGHT -> network.layer(l).weight(i, j);
            case BIAS -> network.layer(l).bias(i);
            case Z -> trace.pass(r).z(l, i);
            case A -> trace.pass(r).a(l, i);
            case GAIN -> trace.pass(r).gain(l, i);
            case COST -> trace.pass(r).cost();
            case COST_GRADIENT -> trace.pass(r).costGradient(i);
            case DELTA -> trace.pass(r).delta(l, i);
            case WEIGHT_GRADIENT -> trace.pass(r).weightGradient(l, i, j);
            case BIAS_GRADIENT -> trace.pass(r).biasGradient(l, i);
            case TOTAL_COST -> trace.totalCost();
            case MEAN_WEIGHT_GRADIENT -> trace.meanWeightGradient(l, i, j);
            case MEAN_BIAS_GRADIENT -> trace.meanBiasGradient(l, i);
            case UPDATED_WEIGHT -> trace.updated().layer(l).weight(i, j);
            case UPDATED_BIAS -> trace.updated().layer(l).bias(i);
        };
    }

    /** The earlier numbers a step used, for highlighting them: all known before the step (a δ step lists z, not the σ'(z) it reveals). */
    public List<ValueRef> operands(Step step) {
        return Equations.operands(this, step);
    }

    /** The step's equation: in symbols, with its operands' numbers, and its result. */
    public StepFormula formula(Step step, int significantDigits) {
        return Equations.formula(this, step, significantDigits);
    }

    /**
     * The vector form of the layer step {@code step} belongs to, as the slides write it with the actual vectors and
     * matrices ({@code z^1 = W^1 x + b^1 = [..][..] + [..] = [..]}); the step's own equation where the slides have none.
     */
    public StepFormula layerFormula(Step step, int significantDigits) {
        return Equations.layerFormulas(this, step, significantDigits).get(0);
    }

    // ----- spans: what a press of "next" covered -------------------------------------------------

    /** The steps a press of "next" at {@code granularity} covered to reach {@code position}; empty at 0. */
    public StepSpan span(int position, Granularity granularity) {
        if (position < 0 || position > size) throw new IndexOutOfBoundsException("position " + position + " of " + size);
        if (position == 0) return new StepSpan(0, 0, granularity);
        int from = granularity == Granularity.NEURON ? position - 1 : previous(position, granularity);
        return new StepSpan(from, position, granularity);
    }

    /** Every value the span's steps compute: what a diagram rings. */
    public ValueSet results(StepSpan span) {
        java.util.Set<ValueRef> exact = new java.util.HashSet<>(Math.max(16, span.size() * 2));
        for (int k = span.from(); k < span.to(); k++) exact.add(step(k).result());
        return new ValueSet(exact, new java.util.HashSet<>());
    }

    /**
     * Every value the span's steps read that it did not compute itself, by the same definition as each step's
     * {@link #operands(Step)}: a layer step z^1 = W^1 x + b^1 reads all of W^1, x and b^1; a forward pass reads x and every
     * W and b; the average pass reads each example's C^r and gradients.
     */
    public ValueSet operands(StepSpan span) {
        java.util.Set<ValueRef> exact = new java.util.HashSet<>(), every = new java.util.HashSet<>();
        Operands sink = new Operands() {
            @Override public void add(ValueRef ref) { exact.add(ref); }
            @Override public void ofEveryExample(ValueRef ref) { every.add(ref); }
        };
        ValueSet results = results(span);
        for (int k = span.from(); k < span.to(); k++) Equations.operands(this, step(k), sink);
        exact.removeIf(results::contains);
        return new ValueSet(exact, every);
    }

    /**
     * The equations of a span: by neuron, the step's own; by layer, the layer's vector form (weights and biases); by
     * pass, the list of the layer equations of the pass, in order (the slides' forward-pass and backward-pass summaries).
     */
    public List<StepFormula> formulas(StepSpan span, int significantDigits) {
        if (span.isEmpty()) return List.of();
        if (span.granularity() == Granularity.NEURON) return List.of(formula(step(span.to() - 1), significantDigits));
        List<StepFormula> all = new ArrayList<>();
        Segment last = null;
        for (int k = span.from(); k < span.to(); k = segmentAt(k).end()) {
            Segment s = segmentAt(k);
            if (s == last) break;
            last = s;
            all.addAll(Equations.layerFormulas(this, step(k), significantDigits));
        }
        return List.copyOf(all);
    }
}
