package app.delegations.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A view of the window that is a table of one kind of record (Places, Countries, Organisations, Events, People):
 * what such a feature is besides its view model and its view. Its tab and View-menu item are its {@link Names},
 * New (Ctrl+N) proposes its kind of record while it is in front, its node is the view with the "+ New" of that
 * kind ({@link NewRecordButton}) at the end of the line above its table ({@link TableBar}), and its rows reach
 * the view model through one {@link DatasetStep}.
 *
 * @param <M> the view model: long-lived, it takes the data whether or not a view was made
 * @param <P> what the step prepares from the data (the rows)
 * @param <V> the view: made for one language, released when the window makes a new one
 */
public abstract class TableFeature<M, P, V extends Node & TableFeature.View> implements ViewFeature {
    /**
     * The node ids and message keys of the view's tab and View-menu item, e.g. {@code tabEvents},
     * {@code tab.events}, {@code menuEvents}, {@code menu.view.events}.
     */
    public record Names(String tabId, String tabKey, String menuId, String menuKey) {
    }

    /**
     * A table view node, its table under a {@link TableBar} (whose end takes the "+ New"): {@link #dispose} removes
     * its listeners on the view model and stores its column layout.
     */
    public interface View {
        void dispose();
    }

    private final Names names;
    private final Class<? extends Record> kind;
    private final M vm;
    private final DatasetStep<P> rows;
    private V view;

    /**
     * @param names its tab's and View-menu item's ids and keys
     * @param kind  the kind of record its rows show
     * @param vm    its view model
     * @param rows  makes the step by which the data reaches {@code vm}
     */
    protected TableFeature(Names names, Class<? extends Record> kind, M vm, Function<M, DatasetStep<P>> rows) {
        this.names = names;
        this.kind = kind;
        this.vm = vm;
        this.rows = rows.apply(vm);
    }

    /** Makes the view, in the context's language, of {@link #viewModel()}. */
    protected abstract V view(ViewContext c);

    public M viewModel() {
        return vm;
    }

    /** The step that makes and applies the rows (its part of a snapshot is what it prepared). */
    public DatasetStep<P> rows() {
        return rows;
    }

    /** The view made last, or null while none is shown. */
    public V view() {
        return view;
    }

    @Override
    public String tabId() {
        return names.tabId();
    }

    @Override
    public String tabKey() {
        return names.tabKey();
    }

    @Override
    public String menuId() {
        return names.menuId();
    }

    @Override
    public String menuKey() {
        return names.menuKey();
    }

    @Override
    public Class<? extends Record> recordKind() {
        return kind;
    }

    @Override
    public Node create(ViewContext c) {
        view = view(c);
        TableBar.in(view).orElseThrow().end(NewRecordButton.of(c.records(), kind, c.messages()));
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
        return List.of(rows);
    }
}
