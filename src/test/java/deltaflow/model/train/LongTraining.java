package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;

import java.util.EnumSet;

/**
 * Run by {@link TrainingMemoryTest} in a JVM of 256 MB: 10,000 epochs of TensorFlow Playground's largest 2-D
 * network with all seven features, its whole history kept, then the first and a middle epoch rebuilt.
 * Prints the heap in use after a collection.
 */
public final class LongTraining {
    public static void main(String[] args) {
        DataSet spiral = DataSet.planar(Generator.SPIRAL, 500, 0.1, 0.5, 1, EnumSet.allOf(Feature.class));
        Network largest = Initializer.network(new int[] {7, 8, 8, 8, 8, 8, 8, 1}, Activation.TANH, Activation.TANH, 1);
        Training training = new Training(spiral, largest, TrainingSettings.defaults(1));
        training.runEpochs(10_000);
        if (!training.networkAt(0).equals(largest)) throw new AssertionError("epoch 0 not rebuilt");
        training.networkAt(5_000);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.println("epochs " + training.epoch() + " snapshots " + training.history().snapshotCount()
                + " heap " + (runtime.totalMemory() - runtime.freeMemory()));
    }
}
