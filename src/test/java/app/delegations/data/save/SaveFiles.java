package app.delegations.data.save;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small valid data files for the saving tests: one country and some places, their names marked by a version. */
final class SaveFiles {
    private static final String REF = "[{\"basis\": \"reference\", \"reason\": {\"pl\": \"ISO\", \"en\": \"ISO\"}}]";

    private SaveFiles() {
    }

    /**
     * A data file of {@code places} places of Ukraine whose English names end in {@code version}, with an id
     * prefix of its own ({@code prefix}) so that several such files make one archive.
     */
    static byte[] data(String prefix, int places, String version) {
        var out = new StringBuilder("{\n  \"schemaVersion\": 1,\n  \"sources\": [],\n  \"countries\": [\n    ")
                .append("{\"code\": \"UA\", \"names\": {\"pl\": \"Ukraina\", \"en\": \"Ukraine\", \"native\": ")
                .append("\"Україна\"}, \"evidence\": ").append(REF).append("}\n  ],\n  \"places\": [\n");
        for (int i = 0; i < places; i++) {
            String en = "Place " + prefix + " " + i + " " + version;
            out.append("    {\"id\": \"").append(prefix).append('-').append(i)
                    .append("\", \"kind\": \"city\", \"names\": {\"pl\": \"Miejsce ").append(i)
                    .append("\", \"en\": \"").append(en).append("\", \"native\": \"Місто ").append(i)
                    .append("\"}, \"country\": \"UA\", \"evidence\": ").append(REF).append('}')
                    .append(i + 1 < places ? ",\n" : "\n");
        }
        out.append("  ],\n  \"venues\": [],\n  \"organisations\": [],\n  \"people\": [],\n  \"events\": []\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileStamp stamp(Path file) {
        try {
            return FileStamp.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
