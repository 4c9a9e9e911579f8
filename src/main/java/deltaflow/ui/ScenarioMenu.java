package deltaflow.ui;

import deltaflow.model.Scenarios;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/** File (Open, Save, Save As, recent files, Quit) and the built-in scenarios. */
final class ScenarioMenu extends MenuBar {

    ScenarioMenu(ScenarioFiles files) {
        setId("menu-bar");
        MenuItem open = item("menu-open", "Open…", files::open);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem save = item("menu-save", "Save", files::save);
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        MenuItem saveAs = item("menu-save-as", "Save As…", files::saveAs);
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem quit = item("menu-quit", "Quit", Platform::exit);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu("File");
        file.getItems().addAll(open, recent, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(), quit);
        // Filled when the File menu opens, so it always matches the preferences.
        file.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path path : files.recent().list()) recent.getItems().add(item(null, path.toString(), () -> files.open(path)));
            if (recent.getItems().isEmpty()) recent.getItems().add(disabled("(none)"));
        });

        Menu scenarios = new Menu("Scenarios");
        scenarios.setId("menu-scenarios");
        for (String name : Scenarios.BUILT_IN) scenarios.getItems().add(item("scenario-" + name, name, () -> files.openBuiltIn(name)));
        getMenus().addAll(file, scenarios);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }
}
