package deltaflow.ui;

import deltaflow.model.Scenarios;
import javafx.application.Platform;
import deltaflow.diagram.Theme;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/** File (Open, Save, Save As, recent files, Quit), the built-in scenarios, and View (theme, inspector). */
final class ScenarioMenu extends MenuBar {

    ScenarioMenu(ScenarioFiles files, DiagramExport export, StepperViewModel stepper, javafx.scene.Node inspector) {
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
        MenuItem exportItem = item("menu-export", "Export diagram… (SVG, PNG, TikZ)", () -> export.exportAs(files.directory()));
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        file.getItems().addAll(open, recent, new SeparatorMenuItem(), save, saveAs, exportItem, new SeparatorMenuItem(), quit);
        // Filled when the File menu opens, so it always matches the preferences.
        file.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path path : files.recent().list()) recent.getItems().add(item(null, path.toString(), () -> files.open(path)));
            if (recent.getItems().isEmpty()) recent.getItems().add(disabled("(none)"));
        });

        Menu scenarios = new Menu("Scenarios");
        scenarios.setId("menu-scenarios");
        for (String name : Scenarios.BUILT_IN) scenarios.getItems().add(item("scenario-" + name, name, () -> files.openBuiltIn(name)));
        scenarios.getItems().add(new SeparatorMenuItem());
        for (String name : Scenarios.LARGE) scenarios.getItems().add(item("scenario-" + name, name, () -> files.openBuiltIn(name)));
        Menu view = new Menu("View");
        view.setId("menu-view");
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        dark.setSelected(stepper.getTheme() == Theme.DARK);
        dark.setOnAction(e -> stepper.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        // More room for a wide network (or both networks side by side) when the numbers are not needed.
        CheckMenuItem showInspector = new CheckMenuItem("Inspector");
        showInspector.setId("menu-inspector");
        showInspector.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        showInspector.selectedProperty().bindBidirectional(inspector.visibleProperty());
        inspector.managedProperty().bind(inspector.visibleProperty());
        MenuItem check = item("menu-gradient-check", deltaflow.ui.i18n.Messages.get("check.menu"), () -> deltaflow.ui.reverse.GradientCheckView.open(
                stepper.getScenario(), getScene() == null ? null : getScene().getWindow(), DeltaflowApp.class.getResource(DeltaflowApp.STYLESHEET).toExternalForm()));
        view.getItems().addAll(dark, showInspector, new SeparatorMenuItem(), check);
        getMenus().addAll(file, scenarios, view);
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
