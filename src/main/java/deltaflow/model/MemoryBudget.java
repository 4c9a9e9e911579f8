package deltaflow.model;

import java.util.Locale;

/**
 * What the big pieces of work need of the Java heap, estimated from sizes alone before they start, so that a
 * scenario inside the documented limits either runs or is refused at once with one line saying what it would
 * need, instead of failing with an OutOfMemoryError minutes later. The estimates are upper bounds of the
 * arrays the work allocates (measured per element, see {@code MemoryBudgetTest}), with a margin for the rest.
 */
public final class MemoryBudget {
    /** Reading a scenario file: Gson's tree holds every number as objects, about this many heap bytes per byte of file. */
    static final double READ_BYTES_PER_FILE_BYTE = 8;
    /** Room for the program itself: classes, the JIT, buffers. */
    static final long BASE = 48L << 20;

    private MemoryBudget() {}

    /** What Java may still allocate: the heap's maximum less what is in use now (garbage included). */
    public static long available() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /**
     * True when {@code needed} bytes fit in what the heap has left. Garbage counts as used until collected (the
     * JSON tree of the file just read, say), so a collection is asked for before saying no.
     */
    public static boolean fits(long needed) {
        if (needed <= available()) return true;
        System.gc();
        return needed <= available();
    }

    /** The heap it takes to read a scenario or session file of this many bytes (the JSON tree, then the numbers). */
    public static long reading(long fileBytes) {
        return (long) (fileBytes * READ_BYTES_PER_FILE_BYTE) + BASE;
    }

    /**
     * The heap one update's trace takes (the step engine reads it): for every example its z, a, σ'(z) and δ of
     * every neuron and its ∂C/∂y; the gradient sum and the updated network beside the network itself.
     */
    public static long trace(Network network, int examples) {
        long neurons = 0, weights = 0;
        for (int l = 1; l <= network.depth(); l++) {
            neurons += network.size(l);
            weights += (long) network.size(l) * network.size(l - 1);
        }
        int[] sizes = new int[network.depth() + 1];
        for (int l = 0; l <= network.depth(); l++) sizes[l] = network.size(l);
        // z, a, σ'(z), δ of every neuron, x, ∂C/∂y and ŷ in the pass; the kernels' scratch beside them.
        long perExample = 8L * (network.inputs() + 4 * neurons + 2 * network.outputs() + BatchKernels.Workspace.numbersPerExample(sizes))
                + 64L * (network.depth() + 1);
        long parameters = 8L * (weights + neurons);
        // Each example's own copy of x and ŷ, the network, its gradient sum and the updated network.
        return examples * (perExample + 8L * (network.inputs() + network.outputs()) + 64) + 3 * parameters + BASE;
    }

    /** Refuses, before it starts, a trace (the step engine's numbers) that would not fit in the heap. */
    public static void checkTrace(Network network, int examples, String location) throws ScenarioException {
        check(trace(network, examples), ScenarioException.phrase("what.traceOf", examples), location);
    }

    /** Refuses, before it is parsed, a file whose JSON tree would not fit in the heap. */
    public static void checkReading(long fileBytes, String location) throws ScenarioException {
        check(reading(fileBytes), ScenarioException.phrase("what.reading", megabytes(fileBytes)), location);
    }

    /** Refuses the work before it starts when {@code needed} bytes will not fit in what the heap has left. */
    private static void check(long needed, Object what, String location) throws ScenarioException {
        if (!fits(needed)) {
            throw ScenarioException.overBudget(location, "needsMemory", what, megabytes(needed), megabytes(Runtime.getRuntime().maxMemory()),
                    suggestedHeap(needed));
        }
    }

    /** A heap that would do, rounded up to whole gigabytes, as the -Xmx to suggest. */
    static String suggestedHeap(long needed) {
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long gigabytes = Math.max(1, (needed + used + (1L << 30) - 1) >> 30);
        return gigabytes + "g";
    }

    /** 4.0 GB, 512 MB: for messages. */
    public static String megabytes(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / (double) (1L << 20))));
    }
}
