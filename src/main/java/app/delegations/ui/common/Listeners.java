package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The listeners a view adds to longer-lived view models, removed together when the view is replaced (on a
 * language switch the window is rebuilt; the view models stay).
 */
public final class Listeners {
    private final List<Runnable> removers = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    public <T> void onList(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        removers.add(() -> list.removeListener(listener));
    }

    public <T> void onSet(ObservableSet<T> set, SetChangeListener<? super T> listener) {
        set.addListener(listener);
        removers.add(() -> set.removeListener(listener));
    }

    /** Calls the listener now and on every change. */
    public <T> void follow(ObservableValue<T> value, Consumer<? super T> listener) {
        onChange(value, (o, a, b) -> listener.accept(b));
        listener.accept(value.getValue());
    }

    /** Runs a cleanup step when the view is disposed. */
    public void onDispose(Runnable cleanup) {
        removers.add(cleanup);
    }

    public void dispose() {
        for (int i = removers.size() - 1; i >= 0; i--) {
            removers.get(i).run();
        }
        removers.clear();
    }
}
