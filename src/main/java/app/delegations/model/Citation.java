package app.delegations.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a fact comes from. A {@link Basis#STATED} citation quotes its source verbatim; the loader finds the
 * quote in the source text and records its character range [{@code start}, {@code end}) there (whitespace in
 * the quote matches any run of whitespace in the source). An {@link Basis#INFERRED} citation gives its
 * reason and may quote the passages it was inferred from; a {@link Basis#REFERENCE} citation names the
 * reference it comes from in {@code reason}.
 *
 * @param fields the fields of the record this citation supports, e.g. {@code ["names.native", "coordinates"]};
 *               empty means the record as a whole (that it exists and took part)
 * @param source id of a {@link Source}, or null for reference data
 * @param quote  the passage as it stands in the source, or null
 * @param reason why an inferred fact follows, or what reference a reference fact comes from; null when stated
 * @param start  offset of the quote in the source text, -1 when there is no quote
 * @param end    offset just past the quote, -1 when there is no quote
 */
public record Citation(Basis basis, List<String> fields, String source, String quote, Text reason, int start, int end) {
    public Citation {
        Objects.requireNonNull(basis, "basis");
        fields = List.copyOf(fields);
    }

    public boolean hasQuote() {
        return quote != null && start >= 0;
    }

    /** True when this citation covers the given field, or the record as a whole. */
    public boolean covers(String field) {
        return fields.isEmpty() || fields.contains(field)
                || fields.stream().anyMatch(f -> field.startsWith(f + "."));
    }
}
