package app.delegations.ui.events;

import app.delegations.model.Event;
import app.delegations.ui.common.NewRecordButton;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import app.delegations.ui.filter.FilterModel;
import java.util.List;
import javafx.scene.Node;

/**
 * The Events tab: its rows are made off the UI thread with the data (again on a language switch, since they hold
 * translated titles, kinds and dates) and reach the table with the other views.
 */
public final class EventsFeature implements ViewFeature {
    private final EventsViewModel vm;
    private final Selection selection;
    private final DatasetStep<List<EventRow>> rows;
    private EventsView view;

    public EventsFeature(FilterModel filter, Selection selection) {
        this.vm = new EventsViewModel(filter, selection);
        this.rows = DatasetStep.rows(EventRow::build, EventRow::rebuild, vm::setRows, EventRow::id, EventRow::sameAs, vm::patchRows);
        this.selection = selection;
    }

    public EventsViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabEvents";
    }

    @Override
    public String tabKey() {
        return "tab.events";
    }

    @Override
    public String menuId() {
        return "menuEvents";
    }

    @Override
    public String menuKey() {
        return "menu.view.events";
    }

    @Override
    public Class<? extends Record> recordKind() {
        return Event.class;
    }

    @Override
    public Node create(ViewContext c) {
        view = new EventsView(vm, selection, c.messages(), c.prefs(), o -> c.openDetails().run(), c.data(),
                c.frames());
        return NewRecordButton.above(view, c.records(), Event.class, c.messages());
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
