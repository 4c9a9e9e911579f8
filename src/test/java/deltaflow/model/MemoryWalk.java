package deltaflow.model;


/**
 * Run by {@link MemoryTest} in a JVM limited to 256 MB of heap: a 784-128-64-10 network with 32 examples,
 * stepped to its end and back. Exits 0 when it got there.
 */
public final class MemoryWalk {
    private MemoryWalk() {}

    public static void main(String[] args) {
        Timeline timeline = Timeline.of(RandomNetworks.mnistSized(32, 7));
        double sum = 0;
        long formulaChars = 0;
        for (int k = 0; k < timeline.size(); k++) sum += touch(timeline, k);
        for (int k = timeline.size() - 1; k >= 0; k--) {
            sum += touch(timeline, k);
            if (k % 1000 == 0) formulaChars += timeline.formula(timeline.step(k), 4).full().latex().length();
        }
        System.out.println(timeline.size() + " steps, checksum " + sum + ", " + formulaChars + " formula characters");
        System.exit(Double.isNaN(sum) || formulaChars == 0 ? 1 : 0);
    }

    private static double touch(Timeline timeline, int k) {
        Step step = timeline.step(k);
        if (k % 1000 == 0) timeline.formula(step, 4).full().plain();
        return step.value();
    }
}
