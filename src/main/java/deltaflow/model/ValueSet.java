package deltaflow.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The numbers a span of steps computes or reads, for marking them. A mean over the mini-batch reads ∂C^r/∂w for
 * every example r: those are held once, as "every example", so the average pass of a 784-128-64-10 network over 32
 * examples holds 109,000 names rather than 3.5 million.
 */
public final class ValueSet {
    private final Set<ValueRef> exact;
    /** Per-example numbers read for every example r, stored with example 0. */
    private final Set<ValueRef> everyExample;

    ValueSet(Set<ValueRef> exact, Set<ValueRef> everyExample) {
        this.exact = Collections.unmodifiableSet(exact);
        this.everyExample = Collections.unmodifiableSet(everyExample);
    }

    static ValueSet empty() { return new ValueSet(new HashSet<>(), new HashSet<>()); }

    public boolean contains(ValueRef ref) {
        return exact.contains(ref) || ref.quantity().isPerExample() && everyExample.contains(atExample(ref, 0));
    }

    public boolean isEmpty() { return exact.isEmpty() && everyExample.isEmpty(); }

    /** The names as they are in example r, the one a diagram draws: those of every example, and the exact ones. */
    public Set<ValueRef> inExample(int r) {
        if (everyExample.isEmpty()) return exact;
        Set<ValueRef> all = new HashSet<>(exact);
        for (ValueRef ref : everyExample) all.add(atExample(ref, r));
        return all;
    }

    static ValueRef atExample(ValueRef ref, int r) {
        return new ValueRef(ref.quantity(), r, ref.layer(), ref.neuron(), ref.source());
    }
}
