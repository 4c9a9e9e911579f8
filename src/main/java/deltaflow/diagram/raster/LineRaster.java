package deltaflow.diagram.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Thin translucent lines drawn straight into an image's pixels: the edges of a dense layer, 100,000 of them,
 * which Java2D takes seconds to antialias one by one. A line is drawn as Java2D draws a butt-capped stroke under
 * {@code STROKE_NORMALIZE}: its ends moved to pixel centres, a band {@code lineWidth} pixels wide between them.
 * Each pixel is covered by the area of the band inside it (exact across the band, the two ends approximated),
 * and blended source-over with the same 8-bit arithmetic as Java2D's mask fill, so a haze of hundreds of
 * overlapping lines settles to the same shade as Java2D's. Lines are queued and drawn at {@link #flush}, each
 * pixel getting its lines in the order they were added; pixels outside the image are skipped.
 */
final class LineRaster {
    /** Rows drawn at a time: a band small enough to stay in the cache while every line crosses it. */
    private static final int BAND_BYTES = 256 * 1024;

    private final int[] pixels;
    private final int width, height;
    /** TYPE_INT_ARGB (not premultiplied) rather than TYPE_INT_RGB. */
    private final boolean transparent;
    /** TYPE_INT_ARGB_PRE: source-over is then one multiply per channel, with no division (the window's haze). */
    private final boolean premultiplied;
    private final List<Line> lines = new ArrayList<>();
    /**
     * Profiles are immutable and depend on the width and direction alone: shared by every raster, so a picture drawn
     * again each frame (the training view's network, the same directions, widths in sixteenths of a pixel) computes
     * them once. Emptied past {@link #MAX_WIDTHS} widths, so arbitrary widths cannot grow it without bound.
     */
    private static final Map<Double, Profile[]> profiles = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_WIDTHS = 512;
    private final Map<Long, int[]> colours = new HashMap<>();

    LineRaster(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB && type != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("image type " + type);
        }
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.transparent = type == BufferedImage.TYPE_INT_ARGB;
        this.premultiplied = type == BufferedImage.TYPE_INT_ARGB_PRE;
    }

    /**
     * A line from (x1, y1) to (x2, y2) in pixels, {@code lineWidth} pixels wide, in colour {@code rgb} (0xRRGGBB)
     * at {@code opacity} 0..255: drawn at the next {@link #flush}, over those added before it.
     */
    void add(double x1, double y1, double x2, double y2, double lineWidth, int rgb, int opacity) {
        x1 = snap(x1);
        y1 = snap(y1);
        x2 = snap(x2);
        y2 = snap(y2);
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length == 0 || opacity <= 0) return; // Java2D draws nothing for a butt-capped line of no length
        double ux = (x2 - x1) / length, uy = (y2 - y1) / length, half = lineWidth / 2;
        if (profiles.size() > MAX_WIDTHS) profiles.clear();
        // Racing threads may both compute a profile and one wins: a Profile has final fields only, so either is whole.
        Profile[] byAngle = profiles.computeIfAbsent(half, h -> new Profile[Profile.ANGLES + 1]);
        int angle = Profile.angle(ux, uy);
        if (byAngle[angle] == null) byAngle[angle] = new Profile(half, angle);
        int[] colour = colours.computeIfAbsent((long) rgb << 8 | Math.min(opacity, 255), key -> colour(rgb, (int) (key & 0xff)));
        lines.add(new Line(x1, y1, x2, y2, length, ux, uy, half, byAngle[angle], colour));
    }

    /**
     * Draws the lines added since the last flush, band by band down the image, both cores at once (each band
     * its own pixels): a steep line visits a new row at every pixel, and 100,000 of them walking a 30 MB image
     * one after another spend their time waiting for memory.
     */
    void flush() {
        if (lines.isEmpty()) return;
        int band = Math.max(4, BAND_BYTES / (4 * width));
        IntStream.range(0, (height + band - 1) / band).parallel().forEach(k -> {
            int top = k * band, bottom = Math.min(height, top + band);
            for (Line line : lines) if (line.lastRow >= top && line.firstRow < bottom) line.draw(top, bottom);
        });
        lines.clear();
    }

    /** Where Java2D moves a coordinate under STROKE_NORMALIZE when antialiasing: just short of the pixel's centre. */
    static double snap(double v) {
        double position = 0.5 - 1.0 / 256;
        return Math.floor(v + (0.5 - position)) + position;
    }

    /**
     * A colour at each coverage 0..255 as Java2D's SrcOver mask fill computes it: alpha and premultiplied
     * components, each an 8-bit product rounded, packed as ARGB.
     */
    private static int[] colour(int rgb, int opacity) {
        int r = mul8(opacity, rgb >> 16 & 0xff), g = mul8(opacity, rgb >> 8 & 0xff), b = mul8(opacity, rgb & 0xff);
        if (opacity == 255) {
            r = rgb >> 16 & 0xff;
            g = rgb >> 8 & 0xff;
            b = rgb & 0xff;
        }
        int[] byCoverage = new int[256];
        for (int c = 1; c < 255; c++) byCoverage[c] = mul8(c, opacity) << 24 | mul8(c, r) << 16 | mul8(c, g) << 8 | mul8(c, b);
        byCoverage[255] = opacity << 24 | r << 16 | g << 8 | b;
        return byCoverage;
    }

    /** One line, ready to draw: its direction, coverage profile, colour and the rows it may touch. */
    private final class Line {
        /** Fixed-point fraction bits of a position in the profile. */
        private static final int FRACTION = 16;
        final double x1, y1, length, ux, uy, slope, reach;
        final boolean steep;
        final int from, to, firstRow, lastRow;
        final Profile profile;
        final int[] colour;

        Line(double x1, double y1, double x2, double y2, double length, double ux, double uy, double half, Profile profile, int[] colour) {
            this.x1 = x1;
            this.y1 = y1;
            this.length = length;
            this.ux = ux;
            this.uy = uy;
            this.profile = profile;
            this.colour = colour;
            steep = Math.abs(uy) > Math.abs(ux);
            // Along the longer axis step by pixel; across it, the pixels whose centres are near enough the band to touch it.
            slope = steep ? ux / uy : uy / ux;
            reach = profile.reach / (steep ? Math.abs(uy) : Math.abs(ux));
            double major1 = steep ? y1 : x1, major2 = steep ? y2 : x2;
            from = Math.max(0, (int) Math.floor(Math.min(major1, major2) - half - 1));
            to = Math.min((steep ? height : width) - 1, (int) Math.floor(Math.max(major1, major2) + half + 1));
            firstRow = (int) Math.floor(Math.min(y1, y2) - half - 2);
            lastRow = (int) Math.ceil(Math.max(y1, y2) + half + 2);
        }

        /** The part of the line in rows top (inclusive) to bottom (exclusive). */
        void draw(int top, int bottom) {
            int first = from, last = to;
            if (steep) {
                first = Math.max(first, top);
                last = Math.min(last, bottom - 1);
            } else if (slope != 0) {
                // The columns whose centre line lies within reach of the band's rows.
                double a = x1 - 0.5 + (top + 0.5 - reach - y1) / slope, b = x1 - 0.5 + (bottom - 0.5 + reach - y1) / slope;
                first = Math.max(first, (int) Math.floor(Math.min(a, b)) - 1);
                last = Math.min(last, (int) Math.ceil(Math.max(a, b)) + 1);
            }
            int minorLow = steep ? 0 : top, minorHigh = steep ? width - 1 : bottom - 1;
            double minor1 = steep ? x1 : y1, major1 = steep ? y1 : x1, majorUnit = steep ? uy : ux;
            // The offset from the band's middle in profile steps, fixed point, and its change from pixel to pixel.
            double scale = Profile.STEPS * (double) (1 << FRACTION);
            double origin = (profile.centre + 0.5) * (1 << FRACTION);
            int step = (int) Math.round((steep ? -uy : ux) * scale);
            int[] alphas = profile.alphas;
            for (int m = first; m <= last; m++) {
                double centre = minor1 + (m + 0.5 - major1) * slope;
                int low = Math.max(minorLow, (int) Math.ceil(centre - reach - 0.5)), high = Math.min(minorHigh, (int) Math.floor(centre + reach - 0.5));
                if (low > high) continue;
                double along = (m + 0.5 - major1) / majorUnit; // of the centre line in this row (column); its pixels lie within 2
                boolean end = along < 3 || along > length - 3;
                double px0 = steep ? low + 0.5 - x1 : m + 0.5 - x1, py0 = steep ? m + 0.5 - y1 : low + 0.5 - y1;
                int at = (int) ((ux * py0 - uy * px0) * scale + origin);
                int index = steep ? m * width + low : low * width + m, stride = steep ? 1 : width;
                for (int k = low; k <= high; k++, at += step, index += stride) {
                    int alpha = alphas[at >> FRACTION];
                    if (end) alpha = ends(alpha, steep ? k : m, steep ? m : k);
                    if (alpha != 0) blend(index, colour[alpha]);
                }
            }
        }

        /** Coverage at the butt ends: the share of the pixel between the two ends, along the line. */
        private int ends(int alpha, int px, int py) {
            double along = ux * (px + 0.5 - x1) + uy * (py + 0.5 - y1);
            if (along >= 1 && along <= length - 1) return alpha;
            return (int) (alpha * (profile.share(length - along) - profile.share(-along)) + 0.5);
        }
    }

    /**
     * Source-over of a colour at some coverage (from {@link #colour}) onto a pixel as Java2D's SrcOver mask fill:
     * result = source + destination × (255 − alpha) / 255, each product rounded to 8 bits; red and blue are
     * multiplied together in one int, rounded by the exact (t + t / 256) / 256 form of x / 255.
     */
    private void blend(int index, int source) {
        int alpha = source >>> 24;
        if (alpha == 0) return; // the colour is premultiplied, no more than its alpha: nothing changes
        int dst = pixels[index], f = 255 - alpha;
        if (transparent) {
            pixels[index] = blendTransparent(source, alpha, dst, f);
            return;
        }
        if (premultiplied) { // all four channels as the opaque case does red, green and blue
            int rb = (dst & 0xff00ff) * f + 0x800080;
            rb = (rb + (rb >>> 8 & 0xff00ff)) >>> 8 & 0xff00ff;
            int ag = (dst >>> 8 & 0xff00ff) * f + 0x800080;
            ag = (ag + (ag >>> 8 & 0xff00ff)) >>> 8 & 0xff00ff;
            pixels[index] = source + (rb | ag << 8);
            return;
        }
        int rb = (dst & 0xff00ff) * f + 0x800080;
        rb = (rb + (rb >>> 8 & 0xff00ff)) >>> 8 & 0xff00ff;
        int g = (dst >> 8 & 0xff) * f + 0x80;
        g = (g + (g >> 8)) >> 8;
        pixels[index] = (source & 0xffffff) + (rb | g << 8); // as Java2D stores an RGB pixel: no alpha byte
    }

    /** Onto a pixel with its own alpha, not premultiplied: the destination weighed by its alpha, the sum divided by the result's. */
    private static int blendTransparent(int source, int alpha, int dst, int f) {
        int r = source >> 16 & 0xff, g = source >> 8 & 0xff, b = source & 0xff;
        int dstF = mul8(f, dst >>> 24);
        int resA = alpha + dstF;
        if (dstF != 0) {
            r += dstF == 255 ? dst >> 16 & 0xff : mul8(dstF, dst >> 16 & 0xff);
            g += dstF == 255 ? dst >> 8 & 0xff : mul8(dstF, dst >> 8 & 0xff);
            b += dstF == 255 ? dst & 0xff : mul8(dstF, dst & 0xff);
        }
        if (resA < 255) {
            r = div8(resA, r);
            g = div8(resA, g);
            b = div8(resA, b);
        }
        return resA << 24 | r << 16 | g << 8 | b;
    }

    /** a × b / 255 rounded, exactly as Java2D's mul8table (AlphaMath.c) has it. */
    static int mul8(int a, int b) { return (a * b * 0x10101 + (1 << 23)) >>> 24; }

    /** 255 / a in 8.24 fixed point, as AlphaMath.c steps through its div8table. */
    private static final long[] DIVIDE = new long[256];
    static {
        for (int a = 1; a < 256; a++) DIVIDE[a] = ((255L << 24) + a / 2) / a;
    }

    /** b / a × 255 rounded, as Java2D's div8table: 255 once b reaches a. */
    static int div8(int a, int b) { return b >= a ? 255 : (int) ((b * DIVIDE[a] + (1 << 23)) >>> 24); }

    /**
     * How much of a pixel a band covers, by how far the pixel's centre lies from the band's middle, as 8-bit alphas
     * every 1/{@link #STEPS} pixel: exact areas, tabulated once per width and direction (to within 1/{@link #ANGLES}
     * of the range) since a pixel costs far less looked up than computed. A unit square projected on any direction
     * (ux, uy) spreads like the sum of two uniform variables of widths |ux| and |uy|: its share between the band's
     * two sides is the area of the pixel inside the band; between the line's two ends, the butt ends.
     */
    private static final class Profile {
        static final int STEPS = 128, ANGLES = 256;
        static final double MAX_A = Math.sqrt(0.5);
        final double a, b, reach;
        final int centre;
        final int[] alphas;

        /** The profile for the smaller of a direction's components, rounded. */
        static int angle(double ux, double uy) {
            return (int) Math.round(Math.min(MAX_A, Math.min(Math.abs(ux), Math.abs(uy))) / MAX_A * ANGLES);
        }

        Profile(double half, int angle) {
            this.a = (double) angle / ANGLES * MAX_A;
            this.b = Math.sqrt(1 - a * a);
            this.reach = half + (a + b) / 2; // beyond this the pixel and the band do not meet
            this.centre = (int) Math.ceil(reach * STEPS) + 2;
            this.alphas = new int[2 * centre + 1];
            for (int k = 0; k < alphas.length; k++) {
                double n = (double) (k - centre) / STEPS;
                alphas[k] = (int) ((share(half - n) - share(-half - n)) * 255 + 0.5);
            }
        }

        /** The share of the pixel's projection below offset v from its centre: a trapezoid's integral. */
        double share(double v) {
            double u = v + (a + b) / 2;
            if (u <= 0) return 0;
            if (u >= a + b) return 1;
            if (u < a) return u * u / (2 * a * b);
            if (u <= b) return (u - a / 2) / b;
            double rest = a + b - u;
            return 1 - rest * rest / (2 * a * b);
        }
    }
}
