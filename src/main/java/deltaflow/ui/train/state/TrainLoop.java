package deltaflow.ui.train.state;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.train.BatchCosts;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.diagram.train.TrainingSnapshot;
import deltaflow.model.data.DataSet;
import deltaflow.model.train.Grid;
import deltaflow.model.train.GridOutputs;
import deltaflow.model.train.Training;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Training on one background thread, handing the window whole frames. The {@link Training} is touched by
 * that thread only: every command is a job in its queue, run in order. The window asks for the next epoch
 * once per screen frame ({@link #pulse}) and only while none is under way, so a slow frame skips epochs
 * rather than queueing them, and pausing stops after the job under way, within one frame. Each job ends by
 * publishing an immutable {@link TrainFrame}; the window takes the newest one and never an older one.
 */
public final class TrainLoop implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deltaflow-training");
        t.setDaemon(true); // training never keeps the program from exiting
        return t;
    });
    private final AtomicReference<TrainFrame> latest = new AtomicReference<>();
    private final AtomicBoolean epochUnderWay = new AtomicBoolean();
    private volatile boolean playing;
    private volatile int epochsPerFrame = 1;
    /** How the picture is drawn and what it shows large: set by the window, read by the training thread. */
    private volatile PictureOptions options = PictureOptions.defaults().withEditable(true);
    private volatile TrainingSnapshot.Detail detail = TrainingSnapshot.Detail.DEFAULT;
    /** The window's pixels per picture unit (0: not known): each frame's lines are drawn ahead at it, here. */
    private volatile double pixelScale;
    private long taken = -1;

    // ----- owned by the worker thread --------------------------------------------------------------------
    private Training training;
    private GridOutputs gridOutputs;
    private final BatchCosts.Log costs = new BatchCosts.Log();
    private long sequence;
    /** (nanoTime, epoch) of the last second's play jobs, for epochs per second. */
    private final ArrayDeque<long[]> recent = new ArrayDeque<>();

    /** Starts training {@code setup} afresh on {@code data}: at its initial weights, epoch 0 or the one a trained network reached. */
    public void start(TrainSetup setup, DataSet data) {
        run(() -> {
            training = new Training(data, setup.initialNetwork(data), setup.settings(), setup.startEpoch(data));
            gridOutputs = data.isPlanar() ? new GridOutputs(Grid.DEFAULT, data.features(), training.network()) : null;
            recent.clear();
            costs.clear();
        });
    }

    /** A command on the training (one batch, one epoch, reset, new settings), then a frame of its result. */
    public void command(Consumer<Training> action) {
        run(() -> action.accept(training));
    }

    /** One update over the next mini-batch. */
    public void step() { run(this::logStep); }

    /** The rest of the epoch under way (a whole one at its start). */
    public void epoch() { run(this::logEpoch); }

    /** Back to the initial weights, at the epoch training started at. */
    public void reset() {
        run(() -> {
            training.reset();
            costs.clear();
        });
    }

    /** The window's pixels per picture unit, for the lines of the frames from now on. */
    public void setPixelScale(double scale) { pixelScale = scale; }

    /** Draws the picture with these options and detail from now on, and draws the current state again at once. */
    public void setPicture(PictureOptions o, TrainingSnapshot.Detail d) {
        options = o;
        detail = d;
        run(() -> {});
    }

    private void logStep() {
        training.step();
        costs.recordLastUpdate(training);
    }

    private void logEpoch() {
        do logStep(); while (training.batchInEpoch() != 0);
    }

    /** The film of training so far, every {@code every}-th epoch, for a GIF (made on the training thread). */
    public deltaflow.diagram.train.TrainingFilm film(int every) {
        return call(t -> deltaflow.diagram.train.TrainingFilm.of(t, every, costs.snapshot()));
    }

    /** Runs {@code query} on the training thread after the commands before it, and waits for its answer. */
    public <T> T call(Function<Training, T> query) {
        Future<T> answer = worker.submit(() -> query.apply(training));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for training", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until every job submitted so far has run. */
    public void awaitIdle() { call(t -> null); }

    public void setPlaying(boolean on) {
        playing = on;
        if (!on) run(recent::clear);
    }

    public boolean isPlaying() { return playing; }

    /** Epochs a play job runs before it publishes (1: TensorFlow Playground's one epoch a frame). */
    public void setEpochsPerFrame(int n) { epochsPerFrame = Math.max(1, n); }

    /**
     * One beat of the screen: while playing and no epoch is under way, asks for the next one. Returns the newest
     * frame published since the last call, or null when there is none.
     */
    public TrainFrame pulse() {
        if (playing && !worker.isShutdown() && epochUnderWay.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    for (int k = 0; k < epochsPerFrame && playing; k++) logEpoch();
                    publish(true);
                } finally {
                    epochUnderWay.set(false);
                }
            });
        }
        TrainFrame f = latest.get();
        if (f == null || f.sequence() == taken) return null;
        taken = f.sequence();
        return f;
    }

    /** The newest frame published (the window's copy may be older until its next pulse). */
    public TrainFrame latest() { return latest.get(); }

    private void run(Runnable job) {
        // Closed (its window gone, or a closed model that still hears the language change): nothing is trained or drawn.
        if (worker.isShutdown()) return;
        worker.execute(() -> {
            job.run();
            publish(false);
        });
    }

    private void publish(boolean played) {
        if (training == null) return;
        double rate = 0;
        if (played) {
            long now = System.nanoTime();
            recent.addLast(new long[] {now, training.epoch()});
            while (recent.size() > 2 && now - recent.peekFirst()[0] > 1_000_000_000L) recent.removeFirst();
            long[] first = recent.peekFirst();
            if (recent.size() > 1 && now > first[0]) rate = (training.epoch() - first[1]) * 1e9 / (now - first[0]);
        }
        deltaflow.model.Network network = training.network(); // a copy: the frame's own
        double[][][] outputs = null;
        if (gridOutputs != null) {
            outputs = GridOutputs.newOutputs(network, gridOutputs.grid());
            gridOutputs.compute(network, outputs);
        }
        List<deltaflow.model.train.EpochRecord> history = List.copyOf(training.history().records());
        Grid grid = gridOutputs == null ? null : gridOutputs.grid();
        TrainingSnapshot snapshot = TrainingSnapshot.of(network, training.data(), history, costs.snapshot(), grid, outputs, detail);
        Diagram picture = TrainingPicture.build(snapshot, options);
        // The lines are most of what the window's software renderer would draw: drawn here, off the FX thread.
        deltaflow.diagram.raster.LinePicture lines = deltaflow.diagram.raster.LinePicture.of(picture, deltaflow.diagram.raster.LinePicture.lines(picture), pixelScale);
        latest.set(new TrainFrame(++sequence, training.data(), network, training.epoch(), training.batchInEpoch(),
                training.batchesPerEpoch(), training.updates(), training.lastBatchCost(), history, grid, outputs, rate, snapshot, picture, lines));
    }

    /** Stops the training thread: the job under way is interrupted, those waiting are dropped, and no more are taken. */
    @Override public void close() { worker.shutdownNow(); }

    /** Whether the training thread has ended after {@link #close}, waiting up to {@code millis} for it. */
    public boolean awaitStopped(long millis) throws InterruptedException {
        return worker.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
