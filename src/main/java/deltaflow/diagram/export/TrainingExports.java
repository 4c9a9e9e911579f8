package deltaflow.diagram.export;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.raster.BackwardAnimation;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingFilm;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.diagram.train.TrainingSnapshot;
import deltaflow.model.train.EpochRecord;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The training picture's exports, one place for the command line ({@code train --picture --history --gif})
 * and the window's export menu: the picture as SVG, PNG or TikZ, the loss history as CSV, and a GIF of
 * training (the picture at every k-th epoch). Files are written beside their targets and moved into place
 * ({@link AtomicFiles}); images beyond the limits are refused before drawing ({@link TooLargeException}).
 * Each export is a {@link AtomicFiles.Content} too, to be written with others as one batch.
 */
public final class TrainingExports {
    /** The CSV's header: epoch 0 is before training; accuracy empty for regression, test columns empty without a test set. */
    public static final String CSV_HEADER = "epoch,updates,train_loss,test_loss,train_accuracy,test_accuracy";
    /** A GIF's frames per second, and how long its last frame (training's end) is held. */
    public static final double GIF_FPS = 10, GIF_HOLD_SECONDS = 2;

    /** TikZ: as wide as makes the picture's labels (16 units) 10 pt, like a document's text, as the diagram's exports do. */
    static final double TIKZ_WIDTH_CM = TrainingPicture.WIDTH * 10 / 16 / 72.27 * 2.54;

    private TrainingExports() {}

    /** The formats the still picture can be written in. */
    public static boolean isPictureFormat(Exports.Format format) {
        return format == Exports.Format.SVG || format == Exports.Format.PNG || format == Exports.Format.TIKZ;
    }

    /**
     * The picture in {@code format} (SVG, PNG or TikZ); a PNG has {@code pixelsPerUnit} pixels a unit of the
     * picture's {@link TrainingPicture#WIDTH} × {@link TrainingPicture#HEIGHT} (1.2: 1920 × 1080). Checked
     * against the limits now, drawn when written.
     */
    public static AtomicFiles.Content picture(Exports.Format format, Diagram picture, double pixelsPerUnit, boolean transparent)
            throws TooLargeException {
        return switch (format) {
            case SVG -> out -> Exports.streamText(out, w -> new SvgWriter(transparent).write(picture, w));
            case TIKZ -> out -> Exports.streamText(out, w -> new TikzWriter(false, transparent, TIKZ_WIDTH_CM).write(picture, w));
            case PNG -> {
                checkPixels(picture, pixelsPerUnit, "a PNG", 1);
                yield out -> Exports.writePng(Java2DRenderer.render(picture, pixelsPerUnit, transparent), out);
            }
            default -> throw new IllegalArgumentException("the training picture is written as SVG, PNG or TikZ, not " + format.id());
        };
    }

    public static void writePicture(Path target, Exports.Format format, Diagram picture, double pixelsPerUnit, boolean transparent)
            throws IOException {
        AtomicFiles.destination(target);
        AtomicFiles.write(target, picture(format, picture, pixelsPerUnit, transparent));
    }

    /** The history as CSV: {@link #CSV_HEADER}, then a line per epoch with full double precision. */
    public static AtomicFiles.Content csv(List<EpochRecord> history) {
        List<EpochRecord> records = List.copyOf(history);
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(CSV_HEADER + "\n");
            for (EpochRecord r : records) {
                w.write(r.epoch() + "," + r.updates() + "," + cell(r.trainLoss()) + "," + cell(r.testLoss()) + ","
                        + cell(r.trainAccuracy()) + "," + cell(r.testAccuracy()) + "\n");
            }
            w.flush();
        };
    }

    public static void writeCsv(Path target, List<EpochRecord> history) throws IOException {
        AtomicFiles.write(target, csv(history));
    }

    private static String cell(double v) { return Double.isNaN(v) ? "" : Double.toString(v); }

    /**
     * A GIF of the film: the training picture at each of its epochs, {@link #GIF_FPS} a second, the last held
     * {@link #GIF_HOLD_SECONDS}, looping; every frame on the same axes (to the film's last epoch and largest
     * loss), so the curves grow. Frames are drawn and encoded one at a time.
     */
    public static AtomicFiles.Content gif(TrainingFilm film, PictureOptions options, double pixelsPerUnit, Exports.FrameProgress progress)
            throws TooLargeException {
        checkPixels(TrainingPicture.WIDTH, TrainingPicture.HEIGHT, pixelsPerUnit, "a GIF frame", 3);
        PictureOptions axes = options.withAxes(film.lastEpoch(), 0).withEditable(false);
        double loss = film.largestLoss();
        PictureOptions fixed = loss > 0 ? axes.withAxes(film.lastEpoch(), loss) : axes;
        return out -> BackwardAnimation.writeGif(frames(film, fixed, pixelsPerUnit, progress), GIF_FPS, out);
    }

    public static void writeGif(Path target, TrainingFilm film, PictureOptions options, double pixelsPerUnit, Exports.FrameProgress progress)
            throws IOException {
        AtomicFiles.destination(target);
        AtomicFiles.write(target, gif(film, options, pixelsPerUnit, progress));
    }

    private static Iterator<BackwardAnimation.Frame> frames(TrainingFilm film, PictureOptions options, double pixelsPerUnit, Exports.FrameProgress progress) {
        return new Iterator<>() {
            private int next;

            @Override public boolean hasNext() { return next < film.size(); }

            @Override public BackwardAnimation.Frame next() {
                if (!hasNext()) throw new NoSuchElementException();
                progress.framesWritten(next, film.size());
                TrainingSnapshot snapshot = film.snapshot(next, TrainingSnapshot.Detail.DEFAULT);
                BufferedImage image = Java2DRenderer.render(TrainingPicture.build(snapshot, options), pixelsPerUnit, false);
                int ticks = next == film.size() - 1 ? (int) Math.round(GIF_FPS * GIF_HOLD_SECONDS) : 1;
                next++;
                return new BackwardAnimation.Frame(image, ticks);
            }
        };
    }

    private static void checkPixels(Diagram picture, double pixelsPerUnit, String what, int copies) throws TooLargeException {
        checkPixels(picture.width(), picture.height(), pixelsPerUnit, what, copies);
    }

    private static void checkPixels(double width, double height, double pixelsPerUnit, String what, int copies) throws TooLargeException {
        Exports.checkPixels(Java2DRenderer.pixels(width, pixelsPerUnit), Java2DRenderer.pixels(height, pixelsPerUnit), what, copies);
    }

    /** "a GIF of 1,200 frames ..." refusal text, for callers that count frames before training. */
    public static String tooManyFrames(int frames) {
        return String.format(Locale.ROOT, "a GIF of %,d frames is beyond the limit of %,d; take a frame every more epochs (--every)", frames, TrainingFilm.MAX_FRAMES);
    }
}
