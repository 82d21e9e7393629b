package app.delegations.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A view of the window that is a table of one kind of record (Places, Countries, Organisations, Events, People):
 * what such a feature is besides its view model and its view. Its tab and View-menu item are named after its
 * {@code name} ({@code Events}: tab {@code tabEvents} titled {@code tab.events}, menu item {@code menuEvents}
 * titled {@code menu.view.events}), New (Ctrl+N) proposes its kind of record while it is in front, its node is
 * the view with the "+ New" of that kind ({@link NewRecordButton}) at the end of the line above its table
 * ({@link TableBar}), and its rows reach the view model through one {@link DatasetStep}.
 *
 * @param <M> the view model: long-lived, it takes the data whether or not a view was made
 * @param <P> what the step prepares from the data (the rows)
 * @param <V> the view: made for one language, released when the window makes a new one
 */
public abstract class TableFeature<M, P, V extends Node & TableFeature.View> implements ViewFeature {
    /** A table view node: {@link #dispose} removes its listeners on the view model and stores its column layout. */
    public interface View {
        /** The line above its table, whose end takes the "+ New". */
        TableBar bar();

        void dispose();
    }

    private final String name;
    private final Class<? extends Record> kind;
    private final M vm;
    private final DatasetStep<P> rows;
    private V view;

    /**
     * @param name the view's name in its node ids ({@code Events})
     * @param kind the kind of record its rows show
     * @param vm   its view model
     * @param rows the step by which the data reaches {@code vm}
     */
    protected TableFeature(String name, Class<? extends Record> kind, M vm, Function<M, DatasetStep<P>> rows) {
        this.name = name;
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
        return "tab" + name;
    }

    @Override
    public String tabKey() {
        return "tab." + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String menuId() {
        return "menu" + name;
    }

    @Override
    public String menuKey() {
        return "menu.view." + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public Class<? extends Record> recordKind() {
        return kind;
    }

    @Override
    public Node create(ViewContext c) {
        view = view(c);
        view.bar().end(NewRecordButton.of(c.records(), kind, c.messages()));
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
