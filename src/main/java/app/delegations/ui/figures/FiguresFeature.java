package app.delegations.ui.figures;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.PngExport;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;

/**
 * The Figures tab (after Map): charts of what the filter leaves. The numbers are made from the index while the
 * tab is shown: when the data arrives, the filter changes or the language switches (they are named) with the tab
 * in front, else once the tab is shown; File › Export writes the numbers of the chart shown, named after it,
 * and the chart exports itself as PNG, print-ready in any theme.
 */
public final class FiguresFeature implements ViewFeature {
    private final FiguresViewModel vm;
    private final Export png;
    private final BooleanBinding canExport;
    private FiguresView view;

    public FiguresFeature(FilterModel filter) {
        this.vm = new FiguresViewModel(filter);
        vm.shownProperty().set(false); // nothing is counted until the tab is shown (FiguresView tells)
        // while the tab is hidden its numbers may be out of date: offered, File › Export shows the tab first
        canExport = Bindings.createBooleanBinding(() -> !vm.shownProperty().get() || !vm.emptyProperty().get(),
                vm.shownProperty(), vm.emptyProperty());
        png = new PngExport("menuExportFigure", "figures.export.menu", "figures.export.title",
                "figures.export.failed", this::exportName, canExport, file -> {
            if (view == null) {
                throw new IOException("the figures are not shown");
            }
            view.exportPng(file);
        });
    }

    public FiguresViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabFigures";
    }

    @Override
    public String tabKey() {
        return "tab.figures";
    }

    /** The chart shown names its numbers' sheet and file, and its picture ("Most frequent partners"), not the tab. */
    @Override
    public String exportName(Messages m) {
        return m.get(vm.titleKeyProperty().get());
    }

    @Override
    public String menuId() {
        return "menuFigures";
    }

    @Override
    public String menuKey() {
        return "menu.view.figures";
    }

    @Override
    public Node create(ViewContext c) {
        view = new FiguresView(vm, c.messages(), c.data(), c.frames());
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
    public Optional<Export> export() {
        return Optional.of(png);
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(new DatasetStep<Void>() {
            @Override
            public Phase phase() {
                return Phase.VIEWS;
            }

            @Override
            public boolean followsLanguage() {
                return true;
            }

            @Override
            public void apply(DatasetIndex index, Messages messages, Void prepared) {
                vm.setData(index, messages);
            }
        });
    }

}
