package app.delegations.ui.main;

import app.delegations.ui.common.AppPreferences.Theme;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.edit.EditSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** File, View and Help, every item with a mnemonic; the frequent ones with accelerators. */
final class AppMenuBar extends MenuBar {
    /** Redo's second key (Edit › Redo has Ctrl+Y), as many editors have it. */
    static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final Messages m;
    private final Menu recent;
    private final MainViewModel main;
    private final WindowActions actions;

    /**
     * @param views   View › one item per view, in tab order, with its shortcut
     * @param exports  File › one item per export a view offers
     * @param viewKeys the views' own keys, for Help › Keyboard shortcuts
     * @param records  Edit › New record… and Edit record, before Delete
     */
    AppMenuBar(Messages messages, Workspace ws, WindowActions actions, Listeners listeners, List<MenuItem> views,
               Runnable focusSearch, CheckMenuItem detailsToggle, List<MenuItem> exports, List<List<String>> viewKeys,
               List<MenuItem> records) {
        this.m = messages;
        this.main = ws.main();
        this.actions = actions;
        setId("menuBar");

        var open = item("menuOpen", "menu.file.open", actions::openWithDialog, shortcut(KeyCode.O));
        var openArchive = item("menuOpenArchive", "menu.file.openArchive", actions::openArchiveWithDialog,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        recent = new Menu(m.get("menu.file.recent"));
        recent.setId("menuRecent");
        var reload = item("menuReload", "menu.file.reload", actions::reload, new KeyCodeCombination(KeyCode.F5));
        reload.disableProperty().bind(ws.currentProperty().isNull());
        var bundled = item("menuBundled", "menu.file.bundled", actions::openBundled, null);
        var exit = item("menuExit", "menu.file.exit", actions::exit, shortcut(KeyCode.Q));
        EditSession session = actions.edits().session();
        var newArchive = item("menuNewArchive", "menu.file.newArchive", actions::newArchive, null);
        var save = item("menuSave", "menu.file.save", actions::save, shortcut(KeyCode.S));
        save.disableProperty().bind(session.dirtyProperty().not());
        var file = menu("menuFile", "menu.file", open, openArchive, recent, reload, bundled, new SeparatorMenuItem(),
                newArchive, save);
        if (!exports.isEmpty()) {
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(exports);
        }
        file.getItems().addAll(new SeparatorMenuItem(), exit);

        var undo = item("menuUndo", "menu.edit.undo", actions::undo, shortcut(KeyCode.Z));
        undo.disableProperty().bind(session.canUndoProperty().not());
        var redo = item("menuRedo", "menu.edit.redo", actions::redo, shortcut(KeyCode.Y));
        redo.disableProperty().bind(session.canRedoProperty().not());
        var delete = item("menuDelete", "menu.edit.delete", actions::deleteSelected, null);
        delete.disableProperty().bind(session.editableProperty().not()
                .or(ws.selection().selectedProperty().isNull()));
        var edit = menu("menuEdit", "menu.edit", undo, redo, new SeparatorMenuItem());
        edit.getItems().addAll(records);
        edit.getItems().add(delete);
        sceneProperty().addListener((o, a, scene) -> { // Ctrl+Shift+Z redoes too, as many editors have it
            if (scene != null) {
                scene.getAccelerators().put(REDO_TOO, () -> {
                    if (session.canRedoProperty().get()) {
                        actions.redo();
                    }
                });
            }
        });

        var find = item("menuFind", "menu.view.find", focusSearch, shortcut(KeyCode.F));
        var clear = item("menuClearFilters", "menu.view.clear", actions::clearFilters,
                new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        var language = new Menu(m.get("menu.view.language"));
        language.setId("menuLanguage");
        language.getItems().addAll(radios(main.languageProperty(), listeners,
                radio("menuLanguageEnglish", "menu.view.language.en", UiLanguage.ENGLISH),
                radio("menuLanguagePolish", "menu.view.language.pl", UiLanguage.POLISH)));
        var theme = new Menu(m.get("menu.view.theme"));
        theme.setId("menuTheme");
        theme.getItems().addAll(radios(main.themeProperty(), listeners,
                radio("menuThemeLight", "menu.view.theme.light", Theme.LIGHT),
                radio("menuThemeDark", "menu.view.theme.dark", Theme.DARK)));
        var view = menu("menuView", "menu.view");
        view.getItems().addAll(views);
        view.getItems().addAll(new SeparatorMenuItem(), find, clear, detailsToggle, new SeparatorMenuItem(), language,
                theme);

        var shortcuts = item("menuShortcuts", "menu.help.shortcuts",
                () -> actions.showShortcuts(ShortcutTable.rows(m, this, viewKeys)),
                new KeyCodeCombination(KeyCode.F1));
        var about = item("menuAbout", "menu.help.about", actions::showAbout, null);
        var help = menu("menuHelp", "menu.help", shortcuts, about);
        getMenus().addAll(file, edit, view, help);

        listeners.onList(main.recentFiles(), (ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    /** The views' commands: File's after the items that open data, View's after the views. */
    void addCommands(List<MenuItem> file, List<MenuItem> view) {
        for (Menu menu : getMenus()) {
            if ("menuFile".equals(menu.getId())) {
                addAfterFirst(menu, SeparatorMenuItem.class, file);
            } else if ("menuView".equals(menu.getId())) {
                addAfterFirst(menu, SeparatorMenuItem.class, view);
            }
        }
    }

    /** Adds the items after the menu's first separator (or at its end), followed by a separator of their own. */
    private static void addAfterFirst(Menu menu, Class<?> kind, List<MenuItem> items) {
        if (items.isEmpty()) {
            return;
        }
        int at = menu.getItems().size();
        for (int i = 0; i < menu.getItems().size(); i++) {
            if (kind.isInstance(menu.getItems().get(i))) {
                at = i + 1;
                break;
            }
        }
        var added = new ArrayList<MenuItem>(items);
        added.add(new SeparatorMenuItem());
        menu.getItems().addAll(at, added);
    }

    private void fillRecent() {
        recent.getItems().clear();
        int n = 1;
        Set<Path> archives = main.preferences().recentArchives();
        for (Path p : main.recentFiles()) {
            // "_1 name — folder" ("_1 name (archive folder) — folder"): the digit is the mnemonic; the rest
            // must not be parsed for underscores. What the entry is comes from the preferences, not the disk: the
            // menu is filled on the UI thread, and a recent entry may lie on a share that does not answer.
            String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            String shown = archives.contains(p) ? m.format("menu.file.recent.archive", name) : name;
            String label = "_" + n + " " + shown.replace("_", "__")
                    + (p.getParent() == null ? "" : " — " + p.getParent().toString().replace("_", "__"));
            var item = new MenuItem(label);
            item.setOnAction(e -> actions.open(p));
            recent.getItems().add(item);
            n++;
        }
        if (recent.getItems().isEmpty()) {
            var none = new MenuItem(m.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu menu(String id, String key, MenuItem... items) {
        var menu = new Menu(m.get(key));
        menu.setId(id);
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action, KeyCombination accelerator) {
        var item = new MenuItem(m.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private <T> RadioMenuItem radio(String id, String key, T value) {
        var item = new RadioMenuItem(m.get(key));
        item.setId(id);
        item.setUserData(value);
        return item;
    }

    private static <T> RadioMenuItem[] radios(ObjectProperty<T> property, Listeners listeners, RadioMenuItem... items) {
        var group = new ToggleGroup();
        for (RadioMenuItem item : items) {
            item.setToggleGroup(group);
            item.setSelected(item.getUserData().equals(property.get()));
            item.setOnAction(e -> {
                @SuppressWarnings("unchecked")
                T value = (T) item.getUserData();
                property.set(value);
            });
        }
        listeners.onChange(property, (o, a, b) -> {
            for (RadioMenuItem item : items) {
                item.setSelected(item.getUserData().equals(b));
            }
        });
        return items;
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
