package deltaflow.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Answers the file dialogs from a queue, as a person would have picked. */
final class FakeFileChooser implements FileChooserService {
    final Deque<Path> answers = new ArrayDeque<>();
    int asked;

    FakeFileChooser answer(Path path) {
        answers.add(path);
        return this;
    }

    @Override public Optional<Path> chooseOpen(Path directory) {
        asked++;
        return Optional.ofNullable(answers.poll());
    }

    @Override public Optional<Path> chooseSave(Path directory, String suggestedName) {
        asked++;
        return Optional.ofNullable(answers.poll());
    }
}
