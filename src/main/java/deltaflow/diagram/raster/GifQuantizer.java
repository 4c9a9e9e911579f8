package deltaflow.diagram.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Reduces a frame to the 256 colours of a GIF so that smooth heatmaps stay smooth and flat fills and text stay
 * crisp. The palette is the frame's own: its flat colours (any colour covering many pixels: background, fills,
 * text) exactly, then median cut over the rest, split where the colour error is largest. Pixels in smooth
 * areas (no neighbour differing by more than {@link #SMOOTH} in a channel: a heatmap, a gradient) are dithered
 * by Floyd–Steinberg, error passing only between smooth pixels; every other pixel (flat fills, text and its
 * anti-aliased edges, lines) takes its exact colour or the nearest, with no dither noise. A frame of at most 256
 * colours is kept exactly. One instance per GIF reuses its buffers from frame to frame; not thread-safe.
 */
final class GifQuantizer {
    static final int COLOURS = 256;
    /** At most this many palette entries go to flat colours, so gradients keep the rest. */
    static final int MAX_FLAT = 64;
    /** A colour is flat when it covers at least this many pixels and at least 1/{@link #FLAT_SHARE} of the frame. */
    static final int MIN_FLAT_PIXELS = 32, FLAT_SHARE = 4096;
    /** Largest difference in a channel between a pixel and each of its four neighbours in a smooth area. */
    static final int SMOOTH = 12;

    private static final int BITS = 6, SIDE = 1 << BITS, BINS = SIDE * SIDE * SIDE;
    private final int[] binCount = new int[BINS];
    private final long[] binRed = new long[BINS], binGreen = new long[BINS], binBlue = new long[BINS];
    private final int[] nearest = new int[BINS];

    /** The frame as an 8-bit indexed image with its own palette (alpha ignored: GIF frames here are opaque). */
    BufferedImage quantize(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] rgb = rgb(image);
        ColourCounts counts = new ColourCounts();
        for (int c : rgb) counts.add(c);
        int[] palette;
        ColourCounts exact;   // colour → palette index, for pixels that take their own colour
        boolean dither;
        if (counts.size() <= COLOURS) {
            palette = counts.colours();
            exact = ColourCounts.indexOf(palette);
            dither = false;
        } else {
            int[] flat = counts.flat(Math.max(MIN_FLAT_PIXELS, rgb.length / FLAT_SHARE), MAX_FLAT);
            exact = ColourCounts.indexOf(flat);
            int[] cut = medianCut(rgb, exact, COLOURS - flat.length);
            palette = Arrays.copyOf(flat, flat.length + cut.length);
            System.arraycopy(cut, 0, palette, flat.length, cut.length);
            dither = true;
        }
        BufferedImage indexed = indexed(w, h, palette);
        byte[] indices = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        if (dither) {
            Arrays.fill(nearest, -1);
            dither(rgb, w, h, palette, exact, indices);
        } else {
            for (int k = 0; k < rgb.length; k++) indices[k] = (byte) exact.get(rgb[k]);
        }
        return indexed;
    }

    private static int[] rgb(BufferedImage image) {
        int[] rgb;
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt data && data.getNumBanks() == 1
                && data.getData().length == image.getWidth() * image.getHeight()) {
            rgb = data.getData().clone();
        } else {
            rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
        for (int k = 0; k < rgb.length; k++) rgb[k] &= 0xffffff;
        return rgb;
    }

    private static BufferedImage indexed(int w, int h, int[] palette) {
        int size = Math.max(2, palette.length);
        byte[] r = new byte[size], g = new byte[size], b = new byte[size];
        for (int k = 0; k < palette.length; k++) {
            r[k] = (byte) (palette[k] >> 16);
            g[k] = (byte) (palette[k] >> 8);
            b[k] = (byte) palette[k];
        }
        return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, size, r, g, b));
    }

    private static int bin(int r, int g, int b) { return (r >> (8 - BITS)) << (2 * BITS) | (g >> (8 - BITS)) << BITS | b >> (8 - BITS); }

    /** A box of occupied bins, {@code [from, to)} in the bins array, and its squared colour error about its mean. */
    private record Box(int from, int to, double error) {}

    /** At most {@code colours} colours for the pixels not in {@code exact}: the means of median-cut boxes of their histogram. */
    private int[] medianCut(int[] rgb, ColourCounts exact, int colours) {
        Arrays.fill(binCount, 0);
        Arrays.fill(binRed, 0);
        Arrays.fill(binGreen, 0);
        Arrays.fill(binBlue, 0);
        for (int c : rgb) {
            if (exact.get(c) >= 0) continue;
            int r = c >> 16 & 0xff, g = c >> 8 & 0xff, b = c & 0xff, bin = bin(r, g, b);
            binCount[bin]++;
            binRed[bin] += r;
            binGreen[bin] += g;
            binBlue[bin] += b;
        }
        int occupied = 0;
        for (int k = 0; k < BINS; k++) if (binCount[k] > 0) occupied++;
        int[] bins = new int[occupied];
        for (int k = 0, n = 0; k < BINS; k++) if (binCount[k] > 0) bins[n++] = k;
        if (occupied == 0) return new int[0];
        PriorityQueue<Box> queue = new PriorityQueue<>((a, b) -> Double.compare(b.error(), a.error()));
        List<Box> done = new ArrayList<>();
        queue.add(box(bins, 0, occupied));
        while (!queue.isEmpty() && queue.size() + done.size() < colours) {
            Box box = queue.poll();
            if (box.to() - box.from() < 2 || box.error() <= 0) {
                done.add(box);
                continue;
            }
            int split = split(bins, box);
            queue.add(box(bins, box.from(), split));
            queue.add(box(bins, split, box.to()));
        }
        done.addAll(queue);
        int[] palette = new int[done.size()];
        for (int k = 0; k < palette.length; k++) palette[k] = mean(bins, done.get(k));
        return palette;
    }

    private Box box(int[] bins, int from, int to) {
        double n = 0, sr = 0, sg = 0, sb = 0, sq = 0;
        for (int k = from; k < to; k++) {
            int bin = bins[k], c = binCount[bin];
            double r = (double) binRed[bin] / c, g = (double) binGreen[bin] / c, b = (double) binBlue[bin] / c;
            n += c;
            sr += c * r;
            sg += c * g;
            sb += c * b;
            sq += c * (r * r + g * g + b * b);
        }
        return new Box(from, to, sq - (sr * sr + sg * sg + sb * sb) / n);
    }

    /** Sorts the box's bins along its widest channel and returns where half its pixels lie on either side. */
    private int split(int[] bins, Box box) {
        int[] lo = {SIDE, SIDE, SIDE}, hi = {-1, -1, -1};
        for (int k = box.from(); k < box.to(); k++) {
            for (int ch = 0; ch < 3; ch++) {
                int v = bins[k] >> (2 - ch) * BITS & (SIDE - 1);
                lo[ch] = Math.min(lo[ch], v);
                hi[ch] = Math.max(hi[ch], v);
            }
        }
        int channel = 0;
        for (int ch = 1; ch < 3; ch++) if (hi[ch] - lo[ch] > hi[channel] - lo[channel]) channel = ch;
        int shift = (2 - channel) * BITS;
        // Sort by the channel's value: put it above the bin's 18 bits, sort, take it off again.
        for (int k = box.from(); k < box.to(); k++) bins[k] |= (bins[k] >> shift & (SIDE - 1)) << (3 * BITS);
        Arrays.sort(bins, box.from(), box.to());
        for (int k = box.from(); k < box.to(); k++) bins[k] &= BINS - 1;
        long total = 0;
        for (int k = box.from(); k < box.to(); k++) total += binCount[bins[k]];
        long seen = 0;
        for (int k = box.from(); k < box.to() - 1; k++) {
            seen += binCount[bins[k]];
            if (2 * seen >= total) return k + 1;
        }
        return box.to() - 1;
    }

    private int mean(int[] bins, Box box) {
        long n = 0, r = 0, g = 0, b = 0;
        for (int k = box.from(); k < box.to(); k++) {
            int bin = bins[k];
            n += binCount[bin];
            r += binRed[bin];
            g += binGreen[bin];
            b += binBlue[bin];
        }
        return (int) Math.round((double) r / n) << 16 | (int) Math.round((double) g / n) << 8 | (int) Math.round((double) b / n);
    }

    /** Floyd–Steinberg, serpentine, over smooth pixels only; the others take their exact or nearest colour. */
    private void dither(int[] rgb, int w, int h, int[] palette, ColourCounts exact, byte[] indices) {
        // Errors in sixteenths, per channel, for this row and the next, with a pixel's margin either side.
        int[][] error = new int[2][3 * (w + 2)];
        for (int y = 0; y < h; y++) {
            int[] here = error[y & 1], below = error[(y + 1) & 1];
            Arrays.fill(below, 0);
            boolean right = (y & 1) == 0;
            int step = right ? 1 : -1;
            for (int i = 0; i < w; i++) {
                int x = right ? i : w - 1 - i, k = y * w + x, c = rgb[k];
                int own = exact.get(c);
                if (own >= 0) {
                    indices[k] = (byte) own;
                    continue;
                }
                int r = c >> 16 & 0xff, g = c >> 8 & 0xff, b = c & 0xff;
                if (!smooth(rgb, w, h, x, y, c)) {
                    indices[k] = (byte) nearest(r, g, b, palette);
                    continue;
                }
                int e = 3 * (x + 1);
                r = clamp(r + round16(here[e])); g = clamp(g + round16(here[e + 1])); b = clamp(b + round16(here[e + 2]));
                int index = nearest(r, g, b, palette), p = palette[index];
                indices[k] = (byte) index;
                int[] err = {r - (p >> 16 & 0xff), g - (p >> 8 & 0xff), b - (p & 0xff)};
                for (int ch = 0; ch < 3; ch++) {
                    here[e + 3 * step + ch] += 7 * err[ch];
                    below[e - 3 * step + ch] += 3 * err[ch];
                    below[e + ch] += 5 * err[ch];
                    below[e + 3 * step + ch] += err[ch];
                }
            }
        }
    }

    private static int round16(int sixteenths) { return Math.floorDiv(sixteenths + 8, 16); }

    private static int clamp(int v) { return v < 0 ? 0 : Math.min(255, v); }

    /** No neighbour (of four) differs from {@code c} by more than {@link #SMOOTH} in any channel. */
    private static boolean smooth(int[] rgb, int w, int h, int x, int y, int c) {
        return (x == 0 || close(c, rgb[y * w + x - 1])) && (x == w - 1 || close(c, rgb[y * w + x + 1]))
                && (y == 0 || close(c, rgb[(y - 1) * w + x])) && (y == h - 1 || close(c, rgb[(y + 1) * w + x]));
    }

    private static boolean close(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) <= SMOOTH && Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) <= SMOOTH
                && Math.abs((a & 0xff) - (b & 0xff)) <= SMOOTH;
    }

    /** The palette entry nearest the colour's bin (squared RGB distance), found once per bin a frame. */
    private int nearest(int r, int g, int b, int[] palette) {
        int bin = bin(r, g, b);
        int found = nearest[bin];
        if (found >= 0) return found;
        int half = 1 << (8 - BITS - 1);
        int cr = (r >> (8 - BITS) << (8 - BITS)) + half, cg = (g >> (8 - BITS) << (8 - BITS)) + half, cb = (b >> (8 - BITS) << (8 - BITS)) + half;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int k = 0; k < palette.length; k++) {
            int p = palette[k];
            long dr = (p >> 16 & 0xff) - cr, dg = (p >> 8 & 0xff) - cg, db = (p & 0xff) - cb;
            long d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        nearest[bin] = best;
        return best;
    }

    /**
     * An open-addressing map from 24-bit colours to counts (or palette indices). It counts at most
     * {@link #MAX_DISTINCT} colours (8 MB): past that, new colours go uncounted, as rare ones (a flat colour
     * covers many pixels, so it is met early), and the frame is quantised as one of many colours.
     */
    static final class ColourCounts {
        static final int MAX_DISTINCT = 1 << 19;
        private int[] keys = new int[1 << 12], values = new int[1 << 12];
        private int size;

        ColourCounts() { Arrays.fill(keys, -1); }

        static ColourCounts indexOf(int[] colours) {
            ColourCounts map = new ColourCounts();
            for (int k = 0; k < colours.length; k++) map.put(colours[k], k);
            return map;
        }

        /** The colours counted: more than 256 means too many to keep exactly, whether or not all were counted. */
        int size() { return size; }

        private int slot(int colour) {
            int mask = keys.length - 1, s = (colour * 0x9E3779B1 >>> 7) & mask;
            while (keys[s] != -1 && keys[s] != colour) s = (s + 1) & mask;
            return s;
        }

        void add(int colour) {
            int s = slot(colour);
            if (keys[s] == -1) {
                if (size >= MAX_DISTINCT) return;
                keys[s] = colour;
                values[s] = 1;
                if (++size * 2 > keys.length) grow();
            } else {
                values[s]++;
            }
        }

        void put(int colour, int value) {
            int s = slot(colour);
            if (keys[s] == -1) {
                keys[s] = colour;
                if (++size * 2 > keys.length) {
                    values[s] = value;
                    grow();
                    return;
                }
            }
            values[s] = value;
        }

        /** The value of {@code colour}, or −1. */
        int get(int colour) {
            int s = slot(colour);
            return keys[s] == -1 ? -1 : values[s];
        }

        private void grow() {
            int[] oldKeys = keys, oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != -1) {
                    int s = slot(oldKeys[k]);
                    keys[s] = oldKeys[k];
                    values[s] = oldValues[k];
                }
            }
        }

        /** Every colour, most pixels first. */
        int[] colours() { return flat(1, Integer.MAX_VALUE); }

        /** Up to {@code most} colours covering at least {@code minimum} pixels each, most pixels first. */
        int[] flat(int minimum, int most) {
            List<long[]> found = new ArrayList<>();
            for (int k = 0; k < keys.length; k++) if (keys[k] != -1 && values[k] >= minimum) found.add(new long[] {values[k], keys[k]});
            found.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
            return found.stream().limit(most).mapToInt(e -> (int) e[1]).toArray();
        }
    }
}
