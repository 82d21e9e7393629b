package app.delegations.ui.countries;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.ui.common.Messages;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One row of the Countries table: the country in the UI language and the places the filter leaves in it. */
public final class CountryRow {
    private final Country country;
    private final int fileIndex;
    private final String name;
    private final CollationKey nameKey;
    private final ReadOnlyIntegerWrapper placeCount = new ReadOnlyIntegerWrapper(this, "placeCount");
    private final ReadOnlyStringWrapper places = new ReadOnlyStringWrapper(this, "places", "");
    private volatile AllPlaceNames all;

    CountryRow(Country country, int fileIndex, String name, CollationKey nameKey) {
        this.country = country;
        this.fileIndex = fileIndex;
        this.name = name;
        this.nameKey = nameKey;
    }

    public Country country() {
        return country;
    }

    public String code() {
        return country.code();
    }

    public String name() {
        return name;
    }

    /** The rows of a dataset's countries in the file's order, named in the given language (on any thread). */
    static List<CountryRow> build(DatasetIndex index, Messages messages) {
        Collator collator = Collator.getInstance(messages.locale());
        var list = new ArrayList<CountryRow>();
        for (Country c : index.dataset().countries()) {
            String name = c.names().in(messages.locale());
            list.add(new CountryRow(c, list.size(), name, collator.getCollationKey(name)));
        }
        return list;
    }

    /** The country's position in the file: the last tie-breaker of every sort. */
    int fileIndex() {
        return fileIndex;
    }

    CollationKey nameKey() {
        return nameKey;
    }

    /** True when the two rows show the same country under the same name at the same position in the file. */
    boolean sameAs(CountryRow other) {
        return fileIndex == other.fileIndex && name.equals(other.name) && country.equals(other.country);
    }

    /** How many places of this country the filter leaves. */
    public ReadOnlyIntegerProperty placeCountProperty() {
        return placeCount.getReadOnlyProperty();
    }

    public int placeCount() {
        return placeCount.get();
    }

    /** Their names, in the file's order. */
    public ReadOnlyStringProperty placesProperty() {
        return places.getReadOnlyProperty();
    }

    public String places() {
        return places.get();
    }

    void update(int count, String names) {
        placeCount.set(count);
        places.set(names);
    }

    /** Where {@link #allPlaces} finds every name, for the filter the row was last counted with. */
    void listedIn(AllPlaceNames names) {
        all = names;
    }

    /**
     * The names of every place the filter leaves in the country, not cut after the first ones as {@link #places}
     * is: what an export writes. On any thread.
     */
    public String allPlaces() {
        AllPlaceNames names = all;
        return names == null ? places() : names.of(code());
    }

    /** The text of a column, as shown and copied. */
    public String text(CountryColumn column) {
        return switch (column) {
            case CODE -> code();
            case NAME -> name;
            case COUNT -> Integer.toString(placeCount());
            case PLACES -> places();
        };
    }

    /** The country's name in the row's language, as an officer names it (its code has a column of its own). */
    @Override
    public String toString() {
        return name;
    }
}
