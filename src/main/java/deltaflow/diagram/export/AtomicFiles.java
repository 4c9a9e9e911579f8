package deltaflow.diagram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file beside its target and moves it into place, so a failure never leaves half a file behind: the
 * one way every command and the window write their output.
 *
 * <ul>
 *   <li>A symbolic link is followed: the file it points to is replaced (the temporary file is written beside
 *       that target), and the link stays a link.</li>
 *   <li>A target that is not a regular file (a directory, a device such as {@code /dev/null}, a FIFO, a socket)
 *       or that is read-only is refused with a {@link RefusedTargetException}, before anything is written.</li>
 *   <li>Temporary files in flight are deleted when the program is stopped (Ctrl-C, SIGTERM): a shutdown hook
 *       removes every one that has not been moved into place.</li>
 * </ul>
 */
public final class AtomicFiles {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A target the user named that cannot be written as a file: a mistake in the command, not a failed write. */
    public static final class RefusedTargetException extends IOException {
        public RefusedTargetException(String message) { super(message); }
    }

    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static boolean hookInstalled;
    /** Set when the JVM is stopping: no new temporary file is started then, as the hook might miss it. */
    private static volatile boolean stopping;

    private AtomicFiles() {}

    public static void write(Path target, Content content) throws IOException {
        try (Batch batch = new Batch()) {
            batch.write(target, content);
            batch.commit();
        }
    }

    /**
     * Where a write to {@code target} lands: the file at the end of its symbolic links. Refuses a target that
     * is not a regular file, is read-only, or whose directory does not exist or cannot be written.
     */
    public static Path destination(Path target) throws RefusedTargetException {
        Path path = target.toAbsolutePath().normalize();
        try {
            for (int hops = 0; Files.isSymbolicLink(path); hops++) {
                if (hops == 40) throw new RefusedTargetException(target + ": too many levels of symbolic links");
                path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
            }
        } catch (IOException e) {
            throw new RefusedTargetException(target + ": cannot follow the symbolic link (" + e.getMessage() + ")");
        }
        String shown = path.equals(target.toAbsolutePath().normalize()) ? target.toString() : target + " (→ " + path + ")";
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(path)) throw new RefusedTargetException(shown + " is a directory; name a file");
            if (!Files.isRegularFile(path)) {
                throw new RefusedTargetException(shown + " is not a regular file (a device, FIFO or socket); name a file, or -o - for standard output");
            }
            if (readOnly(path)) throw new RefusedTargetException(shown + " is read-only; make it writable or name another file");
        }
        Path directory = path.getParent();
        if (directory == null || !Files.isDirectory(directory)) throw new RefusedTargetException(shown + ": no such directory " + directory);
        if (!Files.isWritable(directory)) throw new RefusedTargetException(shown + ": cannot write to the directory " + directory);
        return path;
    }

    /** Read-only as its owner marked it: no write permission for anyone (root may write anyway, but should not replace it). */
    private static boolean readOnly(Path path) {
        if (!Files.isWritable(path)) return true;
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /**
     * Several files written as one: each is written to a temporary file beside its target, and only when all
     * are written does {@link #commit} move them into place; closing an uncommitted batch deletes them. A
     * sequence of frames that fails half-way (a full disk) leaves the files it would replace as they were.
     */
    public static final class Batch implements AutoCloseable {
        private final List<Path> temps = new ArrayList<>();
        private final List<Path> targets = new ArrayList<>();
        private boolean committed;

        public Batch() { installHook(); }

        /** Writes one file of the batch to its temporary place. */
        public void write(Path target, Content content) throws IOException {
            Path destination = destination(target);
            // Not Files.createTempFile: that makes the file owner-only, and the export should get the usual permissions.
            Path temp = destination.resolveSibling("." + destination.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
            IN_FLIGHT.add(temp);
            if (stopping) {
                IN_FLIGHT.remove(temp);
                throw new IOException("stopped");
            }
            temps.add(temp);
            targets.add(destination);
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        }

        /** Moves every file into place. */
        public void commit() throws IOException {
            for (int k = 0; k < temps.size(); k++) {
                try {
                    Files.move(temps.get(k), targets.get(k), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temps.get(k), targets.get(k), StandardCopyOption.REPLACE_EXISTING);
                }
                IN_FLIGHT.remove(temps.get(k));
            }
            committed = true;
        }

        @Override public void close() throws IOException {
            IOException failure = null;
            for (Path temp : temps) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    if (!committed && failure == null) failure = e;
                }
                IN_FLIGHT.remove(temp);
            }
            if (failure != null) throw failure;
        }
    }

    /** Deletes the temporary files still in flight when the JVM is stopped (Ctrl-C, SIGTERM, System.exit). */
    private static synchronized void installHook() {
        if (hookInstalled) return;
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "delete-partial-files"));
    }

    static void deleteInFlight() {
        stopping = true;
        for (Path temp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the JVM is stopping: nothing more can be done
            }
        }
    }
}
