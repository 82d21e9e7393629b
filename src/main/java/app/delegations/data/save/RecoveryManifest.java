package app.delegations.data.save;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of one recovery copy, {@code manifest.json}: when it was written and, for each file, its name in
 * the archive, the file holding its bytes in the copy, their size and hash (a copy whose bytes do not match is not
 * offered), and the stamp of the version on disk the edits started from ({@code null}: a new file):
 * <pre>
 * {"recovery": 1, "written": "2026-12-06T09:00:00Z", "files": [
 *   {"name": "visits.json", "stored": "0", "size": 2310, "hash": "9a…", "base": {"size": 2290, "modified":
 *    1796547600000, "hash": "4f…"}}]}
 * </pre>
 */
record RecoveryManifest(Instant written, List<Entry> files) {
    static final String NAME = "manifest.json";
    private static final int VERSION = 1;
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** One file of the copy. */
    record Entry(String name, String stored, long size, long hash, FileStamp base) {
    }

    byte[] bytes() throws IOException {
        var out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("recovery", VERSION);
            g.writeStringField("written", written.toString());
            g.writeArrayFieldStart("files");
            for (Entry e : files) {
                g.writeStartObject();
                g.writeStringField("name", e.name());
                g.writeStringField("stored", e.stored());
                g.writeNumberField("size", e.size());
                g.writeStringField("hash", Long.toHexString(e.hash()));
                if (e.base().exists()) {
                    g.writeObjectFieldStart("base");
                    g.writeNumberField("size", e.base().size());
                    g.writeNumberField("modified", e.base().modified());
                    g.writeStringField("hash", Long.toHexString(e.base().hash()));
                    g.writeEndObject();
                } else {
                    g.writeNullField("base");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** The manifest in {@code bytes}; throws when they are not one this class wrote. */
    static RecoveryManifest parse(byte[] bytes) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            Instant written = null;
            List<Entry> files = null;
            int version = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "recovery" -> version = p.getIntValue();
                    case "written" -> written = Instant.parse(p.getValueAsString());
                    case "files" -> files = entries(p);
                    default -> p.skipChildren();
                }
            }
            if (version != VERSION || written == null || files == null) {
                throw new IOException("not a recovery manifest");
            }
            return new RecoveryManifest(written, files);
        } catch (RuntimeException e) { // a bad time or number
            throw new IOException("not a recovery manifest", e);
        }
    }

    private static List<Entry> entries(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        var out = new ArrayList<Entry>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            String stored = null;
            long size = -1;
            long hash = 0;
            FileStamp base = FileStamp.ABSENT;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> name = p.getValueAsString();
                    case "stored" -> stored = p.getValueAsString();
                    case "size" -> size = p.getLongValue();
                    case "hash" -> hash = Long.parseUnsignedLong(p.getValueAsString(), 16);
                    case "base" -> base = value == JsonToken.VALUE_NULL ? FileStamp.ABSENT : stamp(p);
                    default -> p.skipChildren();
                }
            }
            if (name == null || stored == null || size < 0) {
                throw new IOException("a recovery entry without name, stored file or size");
            }
            out.add(new Entry(name, stored, size, hash, base));
        }
        expect(p.currentToken(), JsonToken.END_ARRAY);
        return out;
    }

    private static FileStamp stamp(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        long size = -1;
        long modified = 0;
        long hash = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "size" -> size = p.getLongValue();
                case "modified" -> modified = p.getLongValue();
                case "hash" -> hash = Long.parseUnsignedLong(p.getValueAsString(), 16);
                default -> p.skipChildren();
            }
        }
        if (size < 0) {
            throw new IOException("a base stamp without size");
        }
        return new FileStamp(size, modified, hash);
    }

    private static void expect(JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("not a recovery manifest: " + found + " where " + wanted + " belongs");
        }
    }
}
