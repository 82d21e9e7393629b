package app.delegations.ui.events;

import app.delegations.model.Event;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.TableFeature;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.filter.FilterModel;
import java.util.List;

/**
 * The Events tab: its rows are made off the UI thread with the data (again on a language switch, since they hold
 * translated titles, kinds and dates) and reach the table with the other views.
 */
public final class EventsFeature extends TableFeature<EventsViewModel, List<EventRow>, EventsView> {
    private static final Names NAMES = new Names("tabEvents", "tab.events", "menuEvents", "menu.view.events");

    private final Selection selection;

    public EventsFeature(FilterModel filter, Selection selection) {
        super(NAMES, Event.class, new EventsViewModel(filter, selection), vm -> DatasetStep.rows(EventRow::build,
                EventRow::rebuild, vm::setRows, EventRow::id, EventRow::sameAs, vm::patchRows));
        this.selection = selection;
    }

    /**
     * "Events (Ryce only)" while the table lists only the events of the place or country selected last: the name of
     * its sheet in File › Export all tables and of its file in File › Export, the same narrowing in both.
     */
    @Override
    public String exportName(Messages m) {
        String narrowed = viewModel().narrowedTo(m);
        return narrowed == null ? super.exportName(m) : m.format("events.sheet.narrowed", narrowed);
    }

    @Override
    protected EventsView view(ViewContext c) {
        return new EventsView(viewModel(), selection, c.messages(), c.prefs(), o -> c.openDetails().run(), c.data(),
                c.frames());
    }
}
