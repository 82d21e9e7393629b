package app.delegations.data;

import java.util.Map;

/**
 * How a file is read: alone, or as one part of an archive. A part leaves references to ids it does not define
 * open (the archive resolves them over all its files), leaves the checks that need every event and every
 * citation to the archive, and may cite sources other files define ({@code archiveSources}).
 *
 * @param part           true for a file of an archive
 * @param countries      countries referred to but defined nowhere are taken from here (files read alone)
 * @param archiveSources the sources of the whole archive, read-only, consulted for ids the file does not define
 */
record ReadOptions(boolean part, CountryReference countries, Map<String, SourceTable.Entry> archiveSources) {
    static ReadOptions alone(CountryReference countries) {
        return new ReadOptions(false, countries, Map.of());
    }

    static ReadOptions part(Map<String, SourceTable.Entry> archiveSources) {
        return new ReadOptions(true, CountryReference.NONE, archiveSources);
    }
}
