package deltaflow.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file's {@code "data"} member as it was written, checked but not interpreted: where the data come
 * from ({@code source}: a generator, {@code digits}, or a CSV file) and what the file says of them; whatever it
 * leaves out is null, and {@code model.train.DataSpec} fills it in with the source's defaults. Kept as written
 * so that a file read and saved again says the same, and so that the scenario can carry it without the model
 * knowing how a data set is made.
 */
public record DataSection(String source, Integer points, Double noisePercent, Double trainPercent, Long seed,
                          List<String> features, List<String> inputColumns, String targetColumn) {
    /**
     * The sources that name no file: TensorFlow Playground's generators ({@code model.data.Generator}) and the
     * digits. Listed here, as the file format's words, so that the model can tell a CSV path from them.
     */
    public static final List<String> BUILT_IN_SOURCES = List.of("circle", "xor", "gauss", "spiral", "plane", "multi-gauss", "digits");
    /** The feature ids a file may list ({@code model.data.Feature}'s, in its order), the format's words too. */
    public static final List<String> FEATURES = List.of("x1", "x2", "x1^2", "x2^2", "x1x2", "sinx1", "sinx2");

    public DataSection {
        if (source == null) throw new IllegalArgumentException("a data section names its source");
        features = features == null ? null : List.copyOf(features);
        inputColumns = inputColumns == null ? null : List.copyOf(inputColumns);
    }

    /** Only the source: what {@code "data": "spiral"} says. */
    public static DataSection of(String source) {
        return new DataSection(source, null, null, null, null, null, null, null);
    }

    /** True when the source is a CSV file's path rather than a generator or the digits. */
    public boolean isFile() { return !BUILT_IN_SOURCES.contains(source); }

    /** The same section with its CSV path taken against {@code directory} (where the file was read from); otherwise itself. */
    public DataSection resolvedAgainst(Path directory) {
        if (!isFile() || directory == null) return this;
        String resolved = resolved(source, directory);
        return resolved.equals(source) ? this : withSource(resolved);
    }

    /** The same section with its CSV path written relative to {@code directory} (where the file is saved); otherwise itself. */
    public DataSection relativeTo(Path directory) {
        if (!isFile() || directory == null) return this;
        String relative = relative(source, directory);
        return relative.equals(source) ? this : withSource(relative);
    }

    /** A relative path made absolute against {@code directory}; an absolute one as it is. */
    public static String resolved(String path, Path directory) {
        Path file = Path.of(path);
        return file.isAbsolute() ? path : directory.resolve(file).toAbsolutePath().normalize().toString();
    }

    /**
     * An absolute path written relative to {@code directory}, with forward slashes, so that a scenario and its
     * data can move together; a relative one as it is, and an absolute one where no relative one exists (another drive).
     */
    public static String relative(String path, Path directory) {
        Path file = Path.of(path);
        if (!file.isAbsolute()) return path;
        try {
            return directory.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private DataSection withSource(String newSource) {
        return new DataSection(newSource, points, noisePercent, trainPercent, seed, features, inputColumns, targetColumn);
    }
}
