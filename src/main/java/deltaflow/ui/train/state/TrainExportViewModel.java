package deltaflow.ui.train.state;

import deltaflow.diagram.export.Exports;
import deltaflow.diagram.export.TrainingExports;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingFilm;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.i18n.Messages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Export from the train view, by the name the file dialog is given: {@code .svg}, {@code .png} or {@code .tex}
 * the training picture as on screen (without its +/− buttons), {@code .csv} the losses per epoch, {@code .gif}
 * training as a film (the picture every few epochs). Written by the training picture's own exports, atomically,
 * on a background thread; a failure is told in one line.
 */
public final class TrainExportViewModel {
    /** A GIF has at most about this many frames: every k-th epoch, k chosen to fit. */
    public static final int GIF_FRAMES = 100;
    /** The picture's PNG at 1920 × 1080; the GIF's frames at 1280 × 720. */
    static final double PNG_PIXELS = 1.2, GIF_PIXELS = 0.8;

    private final TrainViewModel train;
    private final FileChooserService chooser;
    private final Executor fx;
    private Consumer<String> onError = message -> {};
    private Path folder;

    /** {@code fx} runs the error report where the window can show it (the FX thread). */
    public TrainExportViewModel(TrainViewModel train, FileChooserService chooser, Executor fx) {
        this.train = train;
        this.chooser = chooser;
        this.fx = fx;
    }

    public void setOnError(Consumer<String> handler) { onError = handler == null ? m -> {} : handler; }

    /** Asks where, then writes; the future completes with the file written, or empty when cancelled. */
    public CompletableFuture<Optional<Path>> export() {
        train.pause();
        Optional<Path> chosen = chooser.chooseSave(folder, "training.png");
        if (chosen.isEmpty()) return CompletableFuture.completedFuture(Optional.empty());
        return export(chosen.get());
    }

    /** Writes to {@code target}, the kind of file by its name. */
    public CompletableFuture<Optional<Path>> export(Path target) {
        folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        TrainFrame frame = train.getFrame();
        PictureOptions look = train.pictureOptions().withEditable(false).withTextScale(1); // exports: the picture's own sizes
        CompletableFuture<Optional<Path>> done = new CompletableFuture<>();
        Runnable write;
        if (name.endsWith(".csv")) {
            write = () -> io(() -> TrainingExports.writeCsv(target, frame.history()));
        } else if (name.endsWith(".gif")) {
            TrainingFilm film = train.film(Math.max(1, (frame.epoch() - frame.history().get(0).epoch() + GIF_FRAMES - 1) / GIF_FRAMES));
            write = () -> io(() -> TrainingExports.writeGif(target, film, look, GIF_PIXELS, Exports.FrameProgress.NONE));
        } else {
            Optional<Exports.Format> format = Exports.Format.byFileName(name).filter(TrainingExports::isPictureFormat);
            if (format.isEmpty()) {
                fail(done, Messages.get("trainView.exportKinds", target.getFileName()));
                return done;
            }
            write = () -> io(() -> TrainingExports.writePicture(target, format.get(), TrainingPicture.build(frame.snapshot(), look), PNG_PIXELS, false));
        }
        CompletableFuture.runAsync(write).whenComplete((ok, failure) -> {
            if (failure == null) done.complete(Optional.of(target));
            else fail(done, Messages.get("trainView.exportFailed", target, rootMessage(failure)));
        });
        return done;
    }

    private void fail(CompletableFuture<Optional<Path>> done, String message) {
        fx.execute(() -> onError.accept(message));
        done.completeExceptionally(new IOException(message));
    }

    private interface Io { void run() throws IOException; }

    private static void io(Io action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) c = c.getCause();
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
