package app.delegations.data;

/**
 * Where a value stands in the document, for problems: a {@link JsonPath}, or a {@link FieldWalker} that makes
 * its path only when a problem asks for it (most objects have none, and a path per object cost an allocation
 * for each citation, name and list element).
 */
interface DocumentPlace {
    JsonPath path();

    default JsonPath key(String name) {
        return path().key(name);
    }

    default JsonPath index(int i) {
        return path().index(i);
    }
}
