package app.delegations.model;

/**
 * A record the user can select and read about on its own: a place, a country, an event, an organisation or a person.
 * Sealed, so that every view that shows the selected record handles each kind or is told by the compiler.
 */
public sealed interface Entity permits Country, Event, Organisation, Person, Place {
}
