package app.delegations.ui.source;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import java.util.List;
import javafx.scene.Node;

/** The Source tab: the source texts of the data, taken with the other views. */
public final class SourceFeature implements ViewFeature {
    private final SourceViewModel vm;
    private final Selection selection;
    private SourceView view;

    public SourceFeature(Selection selection) {
        this.vm = new SourceViewModel(selection);
        this.selection = selection;
    }

    public SourceViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabSource";
    }

    @Override
    public String tabKey() {
        return "tab.source";
    }

    @Override
    public String menuId() {
        return "menuSource";
    }

    @Override
    public String menuKey() {
        return "menu.view.source";
    }

    @Override
    public Node create(ViewContext c) {
        view = new SourceView(vm, selection, c.messages());
        return view;
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.dispose();
            view = null;
        }
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(new DatasetStep<Void>() {
            @Override
            public Phase phase() {
                return Phase.VIEWS;
            }

            @Override
            public void apply(DatasetIndex index, Messages messages, Void prepared) {
                vm.setData(index.dataset());
            }
        });
    }
}
