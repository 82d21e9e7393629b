package app.delegations.data;

/**
 * Where a value sits in the document, as problems name it: {@code places[3].country}. An immutable linked
 * node, cheap to make while parsing; turned into text only when a problem is reported.
 */
final class JsonPath implements DocumentPlace {
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String key;
    private final int index;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    @Override
    public JsonPath path() {
        return this;
    }

    @Override
    public JsonPath key(String name) {
        return new JsonPath(this, name, -1);
    }

    @Override
    public JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    @Override
    public String toString() {
        var sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.append(sb);
        if (key != null) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(key);
        } else {
            sb.append('[').append(index).append(']');
        }
    }
}
