package deltaflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Where scenarios come from: the ones built into the program, and files. */
public final class Scenarios {
    /** The built-in scenarios, by the name used on the command line and in the Scenarios menu. */
    public static final List<String> BUILT_IN = List.of("default", "mazur", "xor", "softmax", "vanishing", "dead-relu");
    /** Built-in scenarios too large to read number by number: for level of detail, zoom and speed. */
    public static final List<String> LARGE = List.of("mnist-shaped");

    private Scenarios() {}

    /** A built-in scenario; they are tested, so a failure here is a bug, not a user's mistake. */
    public static Scenario builtIn(String name) {
        if (!BUILT_IN.contains(name) && !LARGE.contains(name)) {
            throw new IllegalArgumentException("no built-in scenario \"" + name + "\"; known: " + String.join(", ", BUILT_IN) + ", " + String.join(", ", LARGE));
        }
        String resource = "/assets/scenarios/" + name + ".json";
        try (InputStream in = Scenarios.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no built-in scenario \"" + name + "\"; known: " + String.join(", ", BUILT_IN));
            return ScenarioFormat.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            throw new IllegalStateException("built-in scenario " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a scenario file; every failure, from a missing file to a wrong shape, is a {@link ScenarioException} naming the file. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, warning -> { });
    }

    /** Reads a scenario file, telling {@code warnings} of near misses of field names (each prefixed by the file's name). */
    public static Scenario load(Path file, java.util.function.Consumer<ScenarioException> warnings) throws ScenarioException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String title = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        if (Files.isDirectory(file)) throw ScenarioException.of(file.toString(), "isDirectory");
        try {
            if (Files.isRegularFile(file)) MemoryBudget.checkReading(Files.size(file), file.toString());
        } catch (IOException e) {
            // unreadable: reported below, where it is opened
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Scenario scenario = ScenarioFormat.read(reader, title, warning -> warnings.accept(warning.at(warning.location().isEmpty() ? file.toString() : file + ": " + warning.location())));
            return withDataFrom(scenario, file);
        } catch (NoSuchFileException e) {
            throw ScenarioException.of(file.toString(), "noSuchFile");
        } catch (AccessDeniedException e) {
            throw ScenarioException.of(file.toString(), "permissionDenied");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ScenarioException.of(file.toString(), "notUtf8");
        } catch (IOException e) {
            throw ScenarioException.of(file.toString(), "cannotRead", e.getMessage());
        } catch (ScenarioException e) {
            throw e.at(e.location().isEmpty() ? file.toString() : file + ": " + e.location());
        }
    }

    /**
     * The scenario with its CSV data (a path relative to the file it was read from) named by its full path,
     * so it still names that file when the scenario is saved elsewhere (see {@link TrainingSection#relativeTo}).
     */
    public static Scenario withDataFrom(Scenario scenario, Path file) {
        Path directory = file.toAbsolutePath().getParent();
        return scenario.withTraining(scenario.training().resolvedAgainst(directory));
    }

    /** The scenario as it is written to {@code target}: its CSV data named relative to the target's directory. */
    public static Scenario withDataFor(Scenario scenario, Path target) {
        Path directory = target.toAbsolutePath().getParent();
        return scenario.withTraining(scenario.training().relativeTo(directory));
    }

    /** A built-in scenario by name, or else a file. */
    public static Scenario resolve(String nameOrPath) throws ScenarioException {
        return resolve(nameOrPath, warning -> { });
    }

    /** A built-in scenario by name, or else a file, telling {@code warnings} of near misses of field names. */
    public static Scenario resolve(String nameOrPath, java.util.function.Consumer<ScenarioException> warnings) throws ScenarioException {
        Path path = path(nameOrPath);
        boolean builtIn = BUILT_IN.contains(nameOrPath) || LARGE.contains(nameOrPath);
        if (builtIn && !Files.exists(path)) return builtIn(nameOrPath);
        return load(path, warnings);
    }

    /**
     * A file name as a path; one the system cannot represent (a non-ASCII name under LANG=C, a NUL character)
     * is a user's mistake with a way out, not an InvalidPathException.
     */
    public static Path path(String name) throws ScenarioException {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            boolean ascii = name.chars().allMatch(c -> c < 128);
            throw ScenarioException.of(name, ascii ? "invalidPath" : "invalidPathEncoding", System.getProperty("sun.jnu.encoding", "?"));
        }
    }
}
