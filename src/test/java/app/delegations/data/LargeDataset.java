package app.delegations.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a valid data file of any size, with the fixture's source text beside it: {@code records / 2} places
 * and as many events, each with names, coordinates or dates, participants and quoted evidence.
 */
final class LargeDataset {
    private static final String[] QUOTES = {"przedstawiciele Krakowa", "stolicę Litwy", "Gości z Polski",
        "w Ratuszu Wileńskim", "wygłosiła wykład o współpracy miast", "13 marca delegacja zwiedziła"};

    private LargeDataset() {
    }

    /** Writes {@code folder/large.json} and its source; returns the data file. */
    static Path write(Path folder, int records) throws IOException {
        Files.createDirectories(folder.resolve("sources"));
        try (InputStream in = LargeDataset.class.getResourceAsStream("/fixtures/valid/sources/note-2019.txt")) {
            Files.write(folder.resolve("sources/note-2019.txt"), in.readAllBytes());
        }
        Path file = folder.resolve("large.json");
        Files.write(file, json(records).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    static String json(int records) {
        int places = records / 2;
        int events = records - places;
        var sb = new StringBuilder(records * 700);
        sb.append("{\n  \"schemaVersion\": 1,\n  \"sources\": [\n    { \"id\": \"note-2019\", \"file\": "
                + "\"sources/note-2019.txt\", \"title\": { \"pl\": \"Notatka\", \"en\": \"Note\" }, "
                + "\"language\": \"pl\" }\n  ],\n  \"countries\": [\n");
        sb.append("    { \"code\": \"PL\", \"names\": { \"pl\": \"Polska\", \"en\": \"Poland\", \"native\": \"Polska\" },"
                + " \"evidence\": [ { \"basis\": \"stated\", \"source\": \"note-2019\", \"quote\": \"Gości z Polski\" } ]"
                + " }\n  ],\n  \"places\": [\n");
        for (int i = 0; i < places; i++) {
            sb.append(String.format(Locale.ROOT, "    { \"id\": \"place-%d\", \"kind\": \"%s\", \"names\": { \"pl\": "
                    + "\"Miasto %d\", \"en\": \"City %d\", \"native\": \"Město %d\", \"aliases\": [\"Town %d\"] }, "
                    + "\"country\": \"PL\", \"coordinates\": { \"lat\": %.4f, \"lon\": %.4f }, \"evidence\": [ "
                    + "{ \"basis\": \"stated\", \"source\": \"note-2019\", \"quote\": \"%s\" }, { \"basis\": "
                    + "\"reference\", \"fields\": [\"coordinates\", \"names.native\"], \"reason\": { \"pl\": \"WGS84\","
                    + " \"en\": \"WGS84\" } } ] }%s\n",
                    i, i % 3 == 0 ? "region" : "city", i, i, i, i, -80 + (i % 160) + 0.25, -170 + (i % 340) + 0.5,
                    QUOTES[i % QUOTES.length], i + 1 < places ? "," : ""));
        }
        sb.append("  ],\n  \"venues\": [],\n  \"organisations\": [],\n  \"people\": [],\n  \"events\": [\n");
        for (int i = 0; i < events; i++) {
            int day = 1 + i % 28;
            sb.append(String.format(Locale.ROOT, "    { \"id\": \"event-%d\", \"kind\": \"meeting\", \"title\": { "
                    + "\"pl\": \"Spotkanie %d\", \"en\": \"Meeting %d\", \"native\": \"Spotkanie %d\" }, \"start\": "
                    + "\"2019-03-%02d\", \"end\": \"2019-04-%02d\", \"order\": %d, \"place\": \"place-%d\", "
                    + "\"participants\": [ { \"place\": \"place-%d\", \"role\": \"host\", \"evidence\": [ { \"basis\": "
                    + "\"stated\", \"source\": \"note-2019\", \"quote\": \"%s\" } ] } ], \"evidence\": [ { \"basis\": "
                    + "\"stated\", \"source\": \"note-2019\", \"quote\": \"%s\", \"fields\": [\"start\"] } ] }%s\n",
                    i, i, i, i, day, day, 1 + i, i % places, (i * 7) % places, QUOTES[(i + 1) % QUOTES.length],
                    QUOTES[i % QUOTES.length], i + 1 < events ? "," : ""));
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }
}
