package deltaflow.diagram.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A picture as PNG bytes in pure Java (8-bit RGBA, no filter, one zlib stream), for the {@code <image>} of a
 * raster in SVG: the export package runs without java.awt, and these bytes are the same on every machine, so
 * exports stay byte-for-byte reproducible.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {}

    /** {@code argb}: {@code width} × {@code height} non-premultiplied 0xAARRGGBB values, row by row from the top. */
    static byte[] encode(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != (long) width * height) {
            throw new IllegalArgumentException(width + " × " + height + " pixels need as many colours, not " + argb.length);
        }
        byte[] raw = new byte[height * (1 + 4 * width)];
        int at = 0;
        for (int y = 0; y < height; y++) {
            raw[at++] = 0; // filter: none
            for (int x = 0; x < width; x++) {
                int c = argb[y * width + x];
                raw[at++] = (byte) (c >>> 16);
                raw[at++] = (byte) (c >>> 8);
                raw[at++] = (byte) c;
                raw[at++] = (byte) (c >>> 24);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(raw.length / 2 + 64);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 6; // colour type: RGBA
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", deflate(raw));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        png.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        png.writeBytes(sum);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
