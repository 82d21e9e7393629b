package app.delegations.data;

import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Names;
import app.delegations.model.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Small archive folders for tests: data files written from JSON snippets, records made by short helpers. */
final class ArchiveFiles {
    static final String REF = "[{\"basis\": \"reference\", \"reason\": {\"pl\": \"ISO\", \"en\": \"ISO\"}}]";

    /** Ukraine, as a reference list of countries gives it. */
    static final Country UKRAINE = new Country("UA", new Names("Ukraina", "Ukraine", "Україна"), List.of(
            new Citation(Basis.REFERENCE, List.of(), null, null, new Text("ISO 3166-1", "ISO 3166-1"), -1, -1)));

    /** A tiny reference list of countries: Ukraine only. */
    static final CountryReference WORLD = code -> code.equals("UA") ? Optional.of(UKRAINE) : Optional.empty();

    private ArchiveFiles() {
    }

    static Path write(Path folder, String name, String json) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data file with the given lists, e.g. {@code file("\"places\": [...]")}, the others empty. */
    static String file(String lists) {
        var out = new StringBuilder("{\n  \"schemaVersion\": 1,\n");
        for (String list : new String[] {"sources", "countries", "places", "venues", "organisations", "people",
                "events"}) {
            if (!lists.contains("\"" + list + "\":")) {
                out.append("  \"").append(list).append("\": [],\n");
            }
        }
        return out.append(lists).append("\n}\n").toString();
    }

    static String country(String code, String en) {
        return "{\"code\": \"" + code + "\", \"names\": {\"pl\": \"" + en + "\", \"en\": \"" + en + "\", \"native\": \""
                + en + "\"}, \"evidence\": " + REF + "}";
    }

    static String place(String id, String country, String en) {
        return place(id, country, en, REF);
    }

    static String place(String id, String country, String en, String evidence) {
        return "{\"id\": \"" + id + "\", \"kind\": \"city\", \"names\": {\"pl\": \"" + en + "\", \"en\": \"" + en
                + "\", \"native\": \"" + en + "\"}, \"country\": \"" + country + "\", \"evidence\": " + evidence + "}";
    }

    static String event(String id, String parent, String start, String... places) {
        var participants = new StringBuilder();
        for (String p : places) {
            participants.append(participants.length() == 0 ? "" : ", ").append("{\"place\": \"").append(p)
                    .append("\", \"role\": \"participant\", \"evidence\": ").append(REF).append('}');
        }
        return "{\"id\": \"" + id + "\", \"kind\": \"visit\", \"title\": {\"pl\": \"" + id + "\", \"en\": \"" + id
                + "\", \"native\": \"" + id + "\"}, " + (parent == null ? "" : "\"parent\": \"" + parent + "\", ")
                + "\"start\": \"" + start + "\", \"order\": 1, \"participants\": [" + participants
                + "], \"evidence\": " + REF + "}";
    }
}
