package app.delegations.data;

import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the top-level object of a data file into records, in one pass over the tokens, then checks what needs
 * the whole file (references, event dates and parents, uncited sources) — or, for a file of an archive, keeps
 * what those checks need for the archive to run them over all its files. Stops at the first syntax error
 * (the parser cannot go on after one); reports every other problem.
 */
final class DatasetParser {
    static final Fields ROOT = Fields.of("object.data", "$schema", "schemaVersion*", "sources*", "countries*",
            "places*", "venues*", "organisations*", "people*", "events*");
    private static final int PROGRESS_EVERY = 512;

    /** What one reading gave. */
    static final class Outcome {
        Dataset dataset;
        boolean cancelled;
        boolean quotesDeferred;
        SourceTable sources;
        /** Of a file read as part of an archive: what the archive checks over all its files. */
        ArchivePart.Open open;
    }

    private final ParseState parse;
    private final JsonCursor in;
    private final JsonParser p;
    private final CommonParts common;
    private final RecordParsers records;
    private final SourceParser sourceParser;
    private final EventParser eventParser;
    private final LoadProgress progress;
    private final byte[] bytes;
    private final long total;
    private int sinceProgress;
    private boolean cancelled;

    DatasetParser(ParseState parse, LoadProgress progress, byte[] bytes) {
        this.parse = parse;
        this.in = parse.in;
        this.p = in.parser();
        this.common = new CommonParts(parse);
        var evidence = new EvidenceParser(parse, common);
        this.records = new RecordParsers(parse, common, evidence);
        this.sourceParser = new SourceParser(parse, common);
        this.eventParser = new EventParser(parse, common, evidence, records);
        this.progress = progress;
        this.bytes = bytes;
        this.total = bytes.length;
    }

    /** Reads the document; syntax errors come out as exceptions for the caller to word. */
    Outcome read() throws IOException {
        var out = new Outcome();
        out.sources = parse.sources;
        JsonToken first = p.nextToken();
        if (first == null) {
            parse.problems.error(0, Msg.of("problem.empty.file"));
            return out;
        }
        if (first != JsonToken.START_OBJECT) { // reported without reading on: the rest is not a data file
            parse.problems.error(in.at(), Msg.of("problem.notObject",
                    Msg.of(first == JsonToken.START_ARRAY ? "found.list" : "found.single")));
            return out;
        }
        FieldWalker root = in.object(JsonPath.ROOT, ROOT);
        var lists = new Lists();
        boolean supported = true;
        while (supported && !cancelled && root.next()) {
            JsonPath path = JsonPath.ROOT.key(root.name());
            switch (root.name()) {
                case "$schema" -> in.string(JsonPath.ROOT, "$schema");
                case "schemaVersion" -> supported = schemaVersion();
                case "sources" -> {
                    var drafts = new ArrayList<SourceParser.SourceDraft>();
                    list(path, drafts, sourceParser::source);
                    lists.sources = sourceParser.loadSources(drafts);
                }
                case "countries" -> list(path, lists.countries, records::country);
                case "places" -> list(path, lists.places, records::place);
                case "venues" -> list(path, lists.venues, records::venue);
                case "organisations" -> list(path, lists.organisations, records::organisation);
                case "people" -> list(path, lists.people, records::person);
                case "events" -> list(path, lists.events, eventParser::event);
                default -> throw new IllegalStateException(root.name());
            }
        }
        if (cancelled) {
            out.cancelled = true;
            return out;
        }
        if (!supported) {
            return out; // a file of another version: its other problems would only be noise
        }
        root.complete();
        secondDocument();
        out.quotesDeferred = parse.quotesDeferred && parse.sources.ready();
        if (out.quotesDeferred) {
            return out; // read again with the sources known; the checks run then
        }
        if (parse.options.part()) {
            out.open = new ArchivePart.Open(parse.ids, parse.ids.unresolved(), lists.events, parse.sources,
                    parse.foreignQuotes);
        } else {
            lists.countries.addAll(parse.ids.countriesFrom(parse.options.countries()));
            parse.ids.checkReferences(parse.checkpoint);
            new EventChecks(lists.events, parse.checkpoint, (i, at, path, message) -> parse.problems.error(at, path,
                    message)).check();
            parse.sources.warnUncited(parse.problems);
        }
        if (parse.problems.errorCount() == 0) {
            var events = new ArrayList<Event>(lists.events.size());
            for (EventParser.Located e : lists.events) {
                events.add(e.event());
            }
            out.dataset = new Dataset(Dataset.SCHEMA_VERSION, lists.sources, lists.countries, lists.places,
                    lists.venues, lists.organisations, lists.people, events);
        }
        return out;
    }

    private static final class Lists {
        List<Source> sources = List.of();
        final List<Country> countries = new ArrayList<>();
        final List<Place> places = new ArrayList<>();
        final List<Venue> venues = new ArrayList<>();
        final List<Organisation> organisations = new ArrayList<>();
        final List<Person> people = new ArrayList<>();
        final List<EventParser.Located> events = new ArrayList<>();
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        /** Reads element {@code index} of the list at {@code list}. */
        T read(DocumentPlace list, int index) throws IOException;
    }

    private <T> void list(JsonPath path, List<T> into, ElementReader<T> reader) throws IOException {
        if (!in.list(path, null)) {
            return;
        }
        for (int i = 0; in.nextElement(); i++) {
            T t = reader.read(path, i);
            if (t != null) {
                into.add(t);
            }
            if (++sinceProgress == PROGRESS_EVERY) {
                sinceProgress = 0;
                progress.progress(Math.min(total, p.currentLocation().getByteOffset()), total);
                if (progress.cancelled()) {
                    cancelled = true;
                    return;
                }
            }
        }
    }

    /** False when the file is of a version this app does not read. */
    private boolean schemaVersion() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            in.wrongType(JsonPath.ROOT, "schemaVersion", Msg.of("expected.version", Dataset.SCHEMA_VERSION));
            return true;
        }
        int v = p.getIntValue();
        if (v != Dataset.SCHEMA_VERSION) {
            parse.problems.error(in.at(), JsonPath.ROOT.key("schemaVersion"), Msg.of(v > Dataset.SCHEMA_VERSION
                    ? "problem.version.newer" : "problem.version", String.valueOf(v), Dataset.SCHEMA_VERSION));
            return false;
        }
        return true;
    }

    /** A file holds one JSON value: anything after it is an error. */
    private void secondDocument() throws IOException {
        JsonToken t;
        try {
            t = p.nextToken();
        } catch (JsonProcessingException e) {
            JsonErrors.Located l = JsonErrors.translate(e, p, bytes);
            parse.problems.error(l.at(), Msg.of("problem.trailingText"));
            return;
        }
        if (t != null) {
            parse.problems.error(in.at(), Msg.of("problem.secondValue"));
        }
    }
}
