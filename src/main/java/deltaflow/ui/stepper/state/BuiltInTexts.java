package deltaflow.ui.stepper.state;

import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in scenarios' names and descriptions in the window's language. A scenario file's own title and
 * description are the author's words and are shown as written; a built-in one, recognised by its title and
 * description, reads from the bundles ({@code scenario.NAME}, {@code scenario.NAME.about}).
 */
public final class BuiltInTexts {
    private record Known(String name, String title, String description) {}

    private static List<Known> known;

    private BuiltInTexts() {}

    /** "Title — description" for the formula panel before the first step. */
    public static String introduction(Scenario scenario) {
        Optional<Known> builtIn = find(scenario);
        String title = builtIn.map(k -> Messages.get("scenario." + k.name())).orElse(scenario.title());
        String description = builtIn.map(k -> Messages.get("scenario." + k.name() + ".about")).orElse(scenario.description());
        return description.isBlank() ? title : title + " — " + description;
    }

    private static Optional<Known> find(Scenario scenario) {
        return all().stream()
                .filter(k -> k.title().equals(scenario.title()) && k.description().equals(scenario.description()))
                .findFirst();
    }

    private static synchronized List<Known> all() {
        if (known == null) {
            List<Known> list = new ArrayList<>();
            for (String name : Scenarios.BUILT_IN) {
                Scenario s = Scenarios.builtIn(name);
                list.add(new Known(name, s.title(), s.description()));
            }
            known = List.copyOf(list);
        }
        return known;
    }
}
