package deltaflow.bench;

import deltaflow.model.Network;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;

/** The benchmarks' networks: Mazur's 2-2-2 here, the MNIST-sized 784-128-64-10 in {@link deltaflow.model.RandomNetworks}. */
public final class BenchNetworks {
    private BenchNetworks() {}

    public static Scenario mazur() { return Scenarios.builtIn("mazur"); }

    /** Multiply-adds of one example's forward, δ and gradient computation (see README, Benchmarks). */
    public static long multiplyAdds(Network network) {
        long forward = 0, backward = 0;
        for (int l = 1; l <= network.depth(); l++) {
            long product = (long) network.size(l) * network.size(l - 1);
            forward += product;
            if (l >= 2) backward += product;
        }
        return forward + backward + forward; // forward, δ, ∂C/∂w (the gradient has one per weight, like forward)
    }
}
