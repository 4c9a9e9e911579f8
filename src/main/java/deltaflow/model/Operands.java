package deltaflow.model;

/** Where the operands of a step go: one by one, and those read for every example r of the mini-batch (a mean's). */
interface Operands {
    void add(ValueRef ref);

    /** {@code ref} (given with example 0) for every example r. */
    void ofEveryExample(ValueRef ref);
}
