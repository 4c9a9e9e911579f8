package deltaflow.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A PrintStream that does not swallow write errors: a full disk, a file-size limit or a closed pipe
 * ({@code | head}) surfaces as an {@link UncheckedIOException} at the write that failed, where
 * {@link PrintStream} would only set a flag nobody reads. Every command's standard output goes through one, so
 * {@code deltaflow trace x > /dev/full} exits non-zero with one line and {@code | head} stops at once.
 */
public final class CheckedPrintStream extends PrintStream {
    private final OutputStream target;

    public CheckedPrintStream(OutputStream target) {
        super(target, false, StandardCharsets.UTF_8);
        this.target = target;
    }

    @Override public void write(int b) {
        try {
            target.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void write(byte[] bytes, int offset, int length) {
        try {
            target.write(bytes, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void flush() {
        try {
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() {
        try {
            target.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
