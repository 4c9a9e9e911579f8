package deltaflow.ui;

import deltaflow.ui.style.Stylesheets;
import deltaflow.ui.export.ExportDialog;
import deltaflow.ui.export.state.ExportViewModel;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.hall.HallMenu;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.lesson.state.TourViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenarios;
import javafx.application.Platform;
import deltaflow.diagram.Theme;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import deltaflow.ui.i18n.Messages;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.nio.file.Path;
import java.util.Locale;

/** File (Open, Save, Save As, recent files, Quit), the built-in scenarios, and View (theme, inspector). */
final class ScenarioMenu extends MenuBar {

    ScenarioMenu(ScenarioFiles files, ExportViewModel export, StepperViewModel stepper, javafx.scene.Node inspector, HallViewModel hall,
                 TourViewModel tour) {
        setId("menu-bar");
        MenuItem open = item("menu-open", "menu.open", files::open);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem save = item("menu-save", "menu.save", files::save);
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        MenuItem saveAs = item("menu-save-as", "menu.saveAs", files::saveAs);
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        Menu recent = menu("menu.openRecent");
        recent.setId("menu-recent");
        recent.getItems().add(disabled(Messages.get("menu.none")));
        MenuItem quit = item("menu-quit", "menu.quit", () -> { if (files.mayDiscard()) Platform.exit(); });
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = menu("menu.file");
        file.setId("menu-file");
        MenuItem exportItem = item("menu-export", "menu.export", () -> new ExportDialog(export, files::directory, getScene().getWindow()).show());
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        file.getItems().addAll(open, recent, new SeparatorMenuItem(), save, saveAs, exportItem, new SeparatorMenuItem(), quit);
        // Filled when the File menu opens, so it always matches the preferences.
        file.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path path : files.recent().list()) recent.getItems().add(plain(path.toString(), () -> files.open(path)));
            if (recent.getItems().isEmpty()) recent.getItems().add(disabled(Messages.get("menu.none")));
        });

        Menu scenarios = menu("menu.scenarios");
        scenarios.setId("menu-scenarios");
        for (String name : Scenarios.BUILT_IN) scenarios.getItems().add(item("scenario-" + name, "scenario." + name, () -> files.openBuiltIn(name)));
        scenarios.getItems().add(new SeparatorMenuItem());
        for (String name : Scenarios.LARGE) scenarios.getItems().add(item("scenario-" + name, "scenario." + name, () -> files.openBuiltIn(name)));
        Menu view = menu("menu.view");
        view.setId("menu-view");
        Menu theme = themes(stepper);
        // More room for a wide network (or both networks side by side) when the numbers are not needed.
        CheckMenuItem showInspector = new CheckMenuItem();
        showInspector.textProperty().bind(Messages.text("menu.inspector"));
        showInspector.setId("menu-inspector");
        showInspector.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        showInspector.selectedProperty().bindBidirectional(inspector.visibleProperty());
        inspector.managedProperty().bind(inspector.visibleProperty());
        view.getItems().addAll(theme, languages(), showInspector, new SeparatorMenuItem());
        view.getItems().addAll(HallMenu.items(hall));
        MenuItem check = item("menu-gradient-check", "check.menu", () -> deltaflow.ui.reverse.GradientCheckView.open(
                stepper.getScenario(), getScene() == null ? null : getScene().getWindow(), Stylesheets.window()));
        view.getItems().addAll(new SeparatorMenuItem(), check);
        Menu help = menu("menu.help");
        help.setId("menu-help");
        help.getItems().add(item("menu-getting-started", "menu.gettingStarted", tour::open));
        help.getItems().add(item("menu-shortcuts", "menu.shortcuts", hall::toggleShortcuts));
        help.getItems().addAll(new SeparatorMenuItem(), item("menu-about", "menu.about", () -> AboutDialog.create(getScene().getWindow()).show()));
        getMenus().addAll(file, scenarios, view, help);
    }

    /** Theme ▸ light, dark, high contrast, colour-blind safe; Shortcut+D still toggles light and dark. */
    private static Menu themes(StepperViewModel stepper) {
        Menu menu = menu("menu.theme");
        menu.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("theme-" + t.id());
            item.textProperty().bind(Messages.text("theme." + t.id()));
            item.setToggleGroup(group);
            item.setSelected(stepper.getTheme() == t);
            item.setOnAction(e -> stepper.setTheme(t));
            menu.getItems().add(item);
        }
        stepper.themeProperty().addListener((o, was, is) -> group.getToggles().forEach(item ->
                item.setSelected(((RadioMenuItem) item).getId().equals("theme-" + is.id()))));
        MenuItem toggleDark = new MenuItem();
        toggleDark.setId("menu-dark");
        toggleDark.textProperty().bind(Messages.text("theme.dark"));
        toggleDark.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        toggleDark.setOnAction(e -> stepper.setTheme(stepper.getTheme() == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        toggleDark.setVisible(false); // only for its accelerator
        menu.getItems().add(toggleDark);
        return menu;
    }

    /** Language ▸ each supported language, named in itself so anyone can find their own. */
    private static Menu languages() {
        Menu menu = menu("menu.language");
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : Messages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(Messages.bundle(locale).getString("language.name"));
            item.setId("language-" + locale.toLanguageTag());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(Messages.locale()));
            item.setOnAction(e -> Messages.setLocale(locale));
            menu.getItems().add(item);
        }
        Messages.localeProperty().addListener((o, was, is) -> group.getToggles().forEach(item ->
                item.setSelected(((RadioMenuItem) item).getId().equals("language-" + is.toLanguageTag()))));
        return menu;
    }

    private static Menu menu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(Messages.text(key));
        return menu;
    }

    /** A menu item whose text is the bundle's {@code key}, following the language. */
    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = plain(null, action);
        item.textProperty().bind(Messages.text(key));
        if (id != null) item.setId(id);
        return item;
    }

    /** A menu item with a fixed text: a file name. */
    private static MenuItem plain(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }
}
