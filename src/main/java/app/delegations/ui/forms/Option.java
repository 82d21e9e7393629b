package app.delegations.ui.forms;

/**
 * One choice of a field: the value the record holds (an enum's JSON name, a record's id, a country's code; "" for
 * none) and how the form shows it.
 */
public record Option(String value, String label) {
    @Override
    public String toString() {
        return label; // what a combo box lists and searches
    }
}
