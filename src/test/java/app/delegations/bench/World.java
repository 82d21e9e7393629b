package app.delegations.bench;

/** What later records refer to: ids and Polish names of the records written so far, by index. */
final class World {
    final Countries.Entry[] countries;
    final String[] placeId;
    final String[] placePl;
    final int[] placeCountry;
    final String[] venueId;
    final int[] venuePlace;
    final String[] orgId;
    final String[] orgPl;
    final String[] personId;
    final String[] personPl;

    World(GeneratorSpec.Counts counts) {
        countries = Countries.ALL.subList(0, counts.countries()).toArray(Countries.Entry[]::new);
        placeId = new String[counts.places()];
        placePl = new String[counts.places()];
        placeCountry = new int[counts.places()];
        venueId = new String[counts.venues()];
        venuePlace = new int[counts.venues()];
        orgId = new String[counts.organisations()];
        orgPl = new String[counts.organisations()];
        personId = new String[counts.people()];
        personPl = new String[counts.people()];
    }

    Countries.Entry countryOfPlace(int place) {
        return countries[placeCountry[place]];
    }
}
