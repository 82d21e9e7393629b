package app.delegations.data.edit;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.model.Venue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small archive folder for the editing tests, written by the canonical writer: {@code 2016-congress.json}
 * (Poland, Kraków, Lviv, the congress and its session in Kraków) and {@code places.json} (Poland and Kraków again,
 * as a gazetteer shared with the congress file, and Lviv's country Ukraine).
 */
public final class EditArchive {
    public static final Citation REFERENCE = new Citation(Basis.REFERENCE, List.of(), null, null,
            new Text("test", "test"), -1, -1);
    public static final Country POLAND = new Country("PL", new Names("Polska", "Poland", "Polska"), List.of(REFERENCE));
    public static final Country UKRAINE = new Country("UA", new Names("Ukraina", "Ukraine", "Україна"),
            List.of(REFERENCE));
    public static final Place KRAKOW = place("krakow", "Kraków", "Krakow", "PL");
    public static final Place LVIV = place("lviv", "Lwów", "Lviv", "UA");
    public static final Event CONGRESS = event("congress-2016", EventKind.CONGRESS, "Kongres", null,
            LocalDate.of(2016, 11, 28), "krakow", List.of("krakow", "lviv"));
    public static final Event SESSION = event("opening-session", EventKind.SESSION, "Otwarcie", "congress-2016",
            LocalDate.of(2016, 11, 28), "krakow", List.of());

    private EditArchive() {
    }

    public static Place place(String id, String pl, String en, String country) {
        return new Place(id, PlaceKind.CITY, new Names(pl, en, pl), country, null, null, List.of(REFERENCE));
    }

    public static Event event(String id, EventKind kind, String title, String parent, LocalDate start, String place,
                              List<String> participants) {
        return new Event(id, kind, new Names(title, title, title), parent, start, start, 1, null, place, null,
                participants.stream().map(p -> new Participation(p, PlaceRole.PARTICIPANT, List.of(REFERENCE)))
                        .toList(), List.of(), List.of(), List.of(REFERENCE));
    }

    public static Place renamed(Place p, String en) {
        return new Place(p.id(), p.kind(), new Names(p.names().pl(), en, p.names().nativeName(), p.names().aliases()),
                p.country(), p.coordinates(), p.note(), p.evidence());
    }

    /** Writes the archive into {@code parent/name}. */
    public static Path write(Path parent, String name) {
        Path folder = parent.resolve(name);
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("2016-congress.json"), CanonicalWriter.write(file(List.of(POLAND),
                    List.of(KRAKOW), List.of(CONGRESS, SESSION))));
            Files.write(folder.resolve("places.json"), CanonicalWriter.write(file(List.of(POLAND, UKRAINE),
                    List.of(KRAKOW, LVIV), List.of())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    public static Dataset file(List<Country> countries, List<Place> places, List<Event> events) {
        return new Dataset(Dataset.SCHEMA_VERSION, List.<Source>of(), countries, places, List.<Venue>of(),
                List.<Organisation>of(), List.<Person>of(), events);
    }

    public static ArchiveLoader loader() {
        return new ArchiveLoader(new DatasetLoader());
    }

    public static Archive open(Path folder) {
        return loader().open(folder, LoadProgress.NONE);
    }

    public static RecordCheck check() {
        return new RecordCheck(loader(), CanonicalWriter::write);
    }
}
