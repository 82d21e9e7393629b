package app.delegations.ui.main;

import app.delegations.ui.common.CommandFeature;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.ViewCommand;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.common.ViewRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;

/**
 * The menu items of the registered commands for one menu: the views' first, each showing its view before it runs
 * (which makes it), then the window-wide ones ({@link CommandFeature}), run as they are. An item is disabled while
 * its command cannot run, saying why beside its label when the command gives a reason, and has the command's
 * shortcut.
 */
final class CommandItems {
    private CommandItems() {
    }

    static List<MenuItem> of(Messages m, ViewRegistry registry, ViewCommand.Menu menu, Consumer<ViewFeature> show) {
        var items = new ArrayList<MenuItem>();
        for (ViewFeature view : registry.views()) {
            for (ViewCommand c : view.commands()) {
                if (c.menu() == menu) {
                    items.add(item(m, c, () -> {
                        show.accept(view);
                        c.run().run();
                    }));
                }
            }
        }
        for (CommandFeature feature : registry.commands()) {
            for (ViewCommand c : feature.commands()) {
                if (c.menu() == menu) {
                    items.add(item(m, c, c.run()));
                }
            }
        }
        return items;
    }

    private static MenuItem item(Messages m, ViewCommand c, Runnable run) {
        String label = m.get(c.menuKey());
        var item = new MenuItem(label);
        item.setId(c.menuId());
        item.disableProperty().bind(Bindings.not(c.available()));
        if (c.reasonKey() != null) {
            String unavailable = m.format("menu.command.unavailable", label, m.get(c.reasonKey()));
            item.textProperty().bind(Bindings.when(c.available()).then(label).otherwise(unavailable));
        }
        if (c.accelerator() != null) {
            item.setAccelerator(c.accelerator());
        }
        item.setOnAction(e -> run.run());
        return item;
    }
}
