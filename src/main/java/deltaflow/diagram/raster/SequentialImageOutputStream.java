package deltaflow.diagram.raster;

import javax.imageio.stream.ImageOutputStreamImpl;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An ImageOutputStream straight onto an OutputStream, for writers that only append (the GIF writer). ImageIO's
 * own stream for an OutputStream caches the whole image in a file in the system's temporary directory and
 * copies it at the end: a 300 MB GIF was written twice, on another disk, and left there if the program was
 * stopped. Seeking backwards is refused, so a writer that needs it fails loudly instead of writing garbage.
 */
final class SequentialImageOutputStream extends ImageOutputStreamImpl {
    private final OutputStream out;

    SequentialImageOutputStream(OutputStream out) { this.out = out; }

    @Override public void write(int b) throws IOException {
        flushBits();
        out.write(b);
        streamPos++;
    }

    @Override public void write(byte[] b, int off, int len) throws IOException {
        flushBits();
        out.write(b, off, len);
        streamPos += len;
    }

    @Override public void seek(long pos) throws IOException {
        if (pos != streamPos) throw new IOException("this stream only appends (asked to seek from " + streamPos + " to " + pos + ")");
        bitOffset = 0;
    }

    @Override public int read() throws IOException { throw new IOException("write-only stream"); }

    @Override public int read(byte[] b, int off, int len) throws IOException { throw new IOException("write-only stream"); }

    @Override public void flush() throws IOException { out.flush(); }

    @Override public void close() throws IOException {
        out.flush();
        super.close();
    }
}
