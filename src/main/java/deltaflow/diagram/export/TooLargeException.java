package deltaflow.diagram.export;

import java.io.IOException;

/**
 * Work refused before it starts because it would break a stated limit (an image beyond the pixel budget, a
 * trace too long to run without {@code --force}); the message says what it would need and which limit it
 * breaks. Nothing has been written when it is thrown.
 */
public final class TooLargeException extends IOException {
    public TooLargeException(String message) { super(message); }
}
