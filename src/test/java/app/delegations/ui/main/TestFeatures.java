package app.delegations.ui.main;

import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.brief.BriefFeature;
import app.delegations.ui.cite.ReadOnlyEditing;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import app.delegations.data.WorldCountries;
import app.delegations.ui.common.Selection;
import app.delegations.ui.forms.Forms;
import app.delegations.ui.common.ViewRegistry;
import app.delegations.ui.countries.CountriesFeature;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.figures.FiguresFeature;
import app.delegations.ui.filter.FilterFeature;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.map.MapFeature;
import app.delegations.ui.organisations.OrganisationsFeature;
import app.delegations.ui.people.PeopleFeature;
import app.delegations.ui.places.PlacesFeature;
import app.delegations.ui.source.SourceFeature;
import app.delegations.ui.timeline.TimelineFeature;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.List;

/** The window's features on fresh view models, registered as the app registers them (no nodes made). */
final class TestFeatures {
    final FilterModel filter = new FilterModel();
    final Selection selection = new Selection();
    final PlacesFeature places = new PlacesFeature(filter, selection);
    final CountriesFeature countries = new CountriesFeature(filter, selection);
    final TimelineFeature timeline = new TimelineFeature(new TimelineViewModel(), filter, selection);
    final SourceFeature source = new SourceFeature(selection);
    final OrganisationsFeature organisations = new OrganisationsFeature(filter, selection);
    final EventsFeature events = new EventsFeature(filter, selection);
    final PeopleFeature people = new PeopleFeature(filter, selection);
    final MapFeature map = new MapFeature(filter, selection);
    final FiguresFeature figures = new FiguresFeature(filter);
    final BriefFeature brief = new BriefFeature(selection,
            new Exports(new RecordingDialogs(), () -> Messages.of(UiLanguage.ENGLISH)), new RecordingDialogs(),
            () -> Messages.of(UiLanguage.ENGLISH), (doc, m, exportPdf) -> () -> { });
    final DetailsFeature details = new DetailsFeature(selection, filter, source,
            Forms.inWindow(new ReadOnlyEditing(), selection, new WorldCountries(), new RecordingDialogs()));
    final ViewRegistry registry = new ViewRegistry()
            .left(new FilterFeature(filter))
            .view(places)
            .view(countries)
            .view(timeline)
            .view(source)
            .view(organisations)
            .view(events)
            .view(people)
            .view(map)
            .view(figures)
            .right(details)
            .command(brief);

    List<DatasetStep<?>> steps() {
        return registry.steps();
    }
}
