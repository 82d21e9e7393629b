package app.delegations.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small archive folders for tests: data files written from JSON snippets, records made by short helpers. */
final class ArchiveFiles {
    static final String REF = "[{\"basis\": \"reference\", \"reason\": {\"pl\": \"ISO\", \"en\": \"ISO\"}}]";

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
