package app.delegations.ui.main;

import app.delegations.ui.common.AppPreferences.Theme;
import app.delegations.ui.common.Icons;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Shortcuts;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.filter.SearchSummary;
import atlantafx.base.controls.CustomTextField;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Open and Reload, the one search field (Ctrl+F focuses it, Esc clears it), match count, theme switch. */
final class MainToolBar extends HBox {
    private final CustomTextField search = new CustomTextField();

    MainToolBar(Messages m, Workspace ws, FilterModel filter, WindowActions actions, Listeners listeners) {
        MainViewModel main = ws.main();
        setId("toolBar");
        getStyleClass().add("main-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        Button open = Icons.button("openButton", Icons.FOLDER, m.get("toolbar.open"));
        open.setOnAction(e -> actions.openWithDialog());
        Button reload = Icons.button("reloadButton", Icons.RELOAD, m.get("toolbar.reload"));
        reload.setOnAction(e -> actions.reload());
        reload.disableProperty().bind(ws.currentProperty().isNull());

        search.setId("searchField");
        search.setPromptText(m.get("search.prompt"));
        search.setAccessibleText(m.get("search.accessible"));
        search.setTooltip(new Tooltip(m.get("search.tooltip")));
        search.setLeft(Icons.icon(Icons.SEARCH));
        search.setPrefColumnCount(28);
        search.setMaxWidth(460);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().bindBidirectional(filter.searchTextProperty());
        listeners.onDispose(() -> search.textProperty().unbindBidirectional(filter.searchTextProperty()));
        Button clearSearch = Icons.button("clearSearch", Icons.CLOSE, m.get("search.clear"));
        clearSearch.getStyleClass().add("clear-search");
        clearSearch.setFocusTraversable(false);
        clearSearch.setOnAction(e -> {
            search.clear();
            search.requestFocus();
        });
        search.setRight(clearSearch);
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setOnKeyPressed(e -> {
            if (Shortcuts.CLEAR_SEARCH.match(e)) {
                search.clear();
                e.consume();
            }
        });

        var matches = new Label();
        matches.setId("searchMatches");
        matches.getStyleClass().add("search-matches");
        // what the search found, by kind; nothing beside an empty search box (the status bar counts what the
        // facets leave: a count here read as if a search had run)
        Runnable showMatches = () -> matches.setText(filter.searchHitsProperty().get().searching()
                ? SearchSummary.line(m, filter.searchHitsProperty().get()) : "");
        listeners.follow(filter.searchHitsProperty(), h -> showMatches.run());

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        Button theme = Icons.button("themeButton", Icons.MOON, m.get("toolbar.theme"));
        theme.setOnAction(e -> main.themeProperty().set(main.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK));

        getChildren().addAll(open, reload, search, matches, spacer, theme);
    }

    CustomTextField search() {
        return search;
    }
}
