package app.delegations.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Writes the format's common parts (names, text, evidence, coordinates) to a Jackson generator. */
final class Json {
    private final JsonGenerator g;

    Json(JsonGenerator g) {
        this.g = g;
    }

    /** Two-space indentation, LF line ends and {@code "key": value}, whatever the platform. */
    static DefaultPrettyPrinter printer() {
        var indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    JsonGenerator generator() {
        return g;
    }

    void startObject() {
        io(g::writeStartObject);
    }

    void endObject() {
        io(g::writeEndObject);
    }

    void startArray(String field) {
        io(() -> g.writeArrayFieldStart(field));
    }

    void endArray() {
        io(g::writeEndArray);
    }

    void string(String field, String value) {
        io(() -> g.writeStringField(field, value));
    }

    void string(String value) {
        io(() -> g.writeString(value));
    }

    void number(String field, int value) {
        io(() -> g.writeNumberField(field, value));
    }

    void names(String field, NameFactory.Spellings s, String alias) {
        io(() -> {
            g.writeObjectFieldStart(field);
            g.writeStringField("pl", s.pl());
            g.writeStringField("en", s.en());
            g.writeStringField("native", s.nativeName());
            if (alias != null) {
                g.writeArrayFieldStart("aliases");
                g.writeString(alias);
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    void text(String field, String pl, String en) {
        io(() -> {
            g.writeObjectFieldStart(field);
            g.writeStringField("pl", pl);
            g.writeStringField("en", en);
            g.writeEndObject();
        });
    }

    /** Coordinates with four decimals, written from integers so the text never depends on the JDK's double printing. */
    void coordinates(int latE4, int lonE4, String seat) {
        io(() -> {
            g.writeObjectFieldStart("coordinates");
            g.writeFieldName("lat");
            g.writeNumber(BigDecimal.valueOf(latE4, 4));
            g.writeFieldName("lon");
            g.writeNumber(BigDecimal.valueOf(lonE4, 4));
            if (seat != null) {
                g.writeStringField("seat", seat);
            }
            g.writeEndObject();
        });
    }

    void stated(String source, String quote, List<String> fields) {
        citation("stated", source, quote, fields, null, null);
    }

    void inferred(String source, String quote, String reasonPl, String reasonEn) {
        citation("inferred", source, quote, List.of(), reasonPl, reasonEn);
    }

    void reference(List<String> fields, String reasonPl, String reasonEn) {
        citation("reference", null, null, fields, reasonPl, reasonEn);
    }

    private void citation(String basis, String source, String quote, List<String> fields, String reasonPl,
                          String reasonEn) {
        startObject();
        string("basis", basis);
        if (source != null) {
            string("source", source);
        }
        if (quote != null) {
            string("quote", quote);
        }
        if (!fields.isEmpty()) {
            startArray("fields");
            fields.forEach(this::string);
            endArray();
        }
        if (reasonPl != null) {
            text("reason", reasonPl, reasonEn);
        }
        endObject();
    }

    interface IoAction {
        void run() throws IOException;
    }

    static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
