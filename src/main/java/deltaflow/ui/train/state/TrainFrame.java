package deltaflow.ui.train.state;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.train.TrainingSnapshot;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.train.EpochRecord;
import deltaflow.model.train.Grid;

import java.util.List;

/**
 * One picture of training, handed from the training thread to the window whole: the state after some update,
 * never half of one. Nothing in it changes after it is published (its arrays are new for every frame and
 * written only before), so the window reads it without locks and can never see a torn network or heatmap.
 *
 * @param sequence        increases with every frame published, so a reader can tell a new one
 * @param grid            where {@code outputs} were computed; null for data that is not 2-D
 * @param outputs         a_i^l at every grid point, [l][i][p] for l = 0..L; null for data that is not 2-D
 * @param epochsPerSecond completed epochs per second of wall time while playing (0 when not)
 * @param snapshot        what the training picture draws, copied from the training
 * @param picture         the training picture, laid out on the training thread for the window's options
 * @param lines           the picture's lines drawn ahead at the window's scale (null: too few, or no scale yet)
 */
public record TrainFrame(long sequence, DataSet data, Network network, int epoch, int batchInEpoch,
                         int batchesPerEpoch, long updates, double lastBatchCost, List<EpochRecord> history, Grid grid,
                         double[][][] outputs, double epochsPerSecond, TrainingSnapshot snapshot, Diagram picture,
                         deltaflow.diagram.raster.LinePicture lines) {
    /** The records of the epochs from where training started (0, or a trained scenario's) to {@link #epoch}: the curves. */
    public EpochRecord last() { return history.get(history.size() - 1); }

    /** Training examples per second while playing. */
    public double examplesPerSecond() { return epochsPerSecond * data.train().size(); }
}
