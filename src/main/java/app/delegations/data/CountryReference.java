package app.delegations.data;

import app.delegations.model.Country;
import java.util.Optional;

/**
 * Countries a data file may refer to without defining them: a country code that is referenced but defined in
 * no file of a load is taken from here, with the evidence the reference gives it (basis REFERENCE), and added to
 * the dataset. A country a file defines always wins over this list. Implementations must be thread-safe (the
 * loaders read files in parallel) and quick.
 */
@FunctionalInterface
public interface CountryReference {
    /** No reference list: every referenced country must be defined in the data. */
    CountryReference NONE = code -> Optional.empty();

    /** The country of ISO 3166-1 alpha-2 {@code code} (XK for Kosovo), or empty when this list has none. */
    Optional<Country> country(String code);
}
