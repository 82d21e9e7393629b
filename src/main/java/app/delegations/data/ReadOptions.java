package app.delegations.data;

/**
 * How a file is read: alone, or as one part of an archive. A part leaves references to ids it does not define
 * open, and the quotes of sources it does not define unchecked: the archive resolves and checks them over all its
 * files, as it runs the checks that need every event and every citation.
 *
 * @param part      true for a file of an archive
 * @param countries countries referred to but defined nowhere are taken from here (files read alone)
 */
record ReadOptions(boolean part, CountryReference countries) {
    static final ReadOptions PART = new ReadOptions(true, CountryReference.NONE);

    static ReadOptions alone(CountryReference countries) {
        return new ReadOptions(false, countries);
    }
}
