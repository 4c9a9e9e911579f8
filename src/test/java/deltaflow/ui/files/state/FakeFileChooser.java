package deltaflow.ui.files.state;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the file dialogs from a queue, as a person would have picked; remembers where and what for each one opened. */
public final class FakeFileChooser implements FileChooserService {
    final Deque<Path> answers = new ArrayDeque<>();
    /** The folder each dialog started in, in order. */
    public final List<Path> directories = new ArrayList<>();
    /** What each dialog was for, in order. */
    public final List<Purpose> purposes = new ArrayList<>();
    public int asked;
    private final Purpose purpose;
    private final FakeFileChooser shared;

    public FakeFileChooser() { this(Purpose.SCENARIO, null); }

    private FakeFileChooser(Purpose purpose, FakeFileChooser shared) {
        this.purpose = purpose;
        this.shared = shared;
    }

    public FakeFileChooser answer(Path path) {
        answers.add(path);
        return this;
    }

    private FakeFileChooser root() { return shared == null ? this : shared; }

    @Override public Optional<Path> chooseOpen(Path directory) { return ask(directory); }

    @Override public Optional<Path> chooseSave(Path directory, String suggestedName) { return ask(directory); }

    private Optional<Path> ask(Path directory) {
        FakeFileChooser root = root();
        root.asked++;
        root.directories.add(directory);
        root.purposes.add(purpose);
        return Optional.ofNullable(root.answers.poll());
    }

    /** The same queue of answers, recording the purpose of each dialog. */
    @Override public FileChooserService forPurpose(Purpose purpose) { return new FakeFileChooser(purpose, root()); }
}
