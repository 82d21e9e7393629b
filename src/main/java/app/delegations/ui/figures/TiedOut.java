package app.delegations.ui.figures;

/**
 * The places the most-frequent-partners chart leaves out though they have as many meetings as its last bar:
 * {@code places} of them, {@code meetings} each; {@link #NONE} when the chart leaves out no tie.
 */
public record TiedOut(int places, int meetings) {
    /** No tied place is left out. */
    public static final TiedOut NONE = new TiedOut(0, 0);

    /** True when some tied place is left out. */
    public boolean any() {
        return places > 0;
    }
}
