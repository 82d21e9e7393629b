package app.delegations.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text not yet put into words: a bundle key and its arguments, rendered in a language by {@link Bundle}.
 * Arguments are values shown as they are (names and values from a data file, numbers) or, when they are
 * words themselves ("a place"), other {@code Msg}s, rendered in the same language. This lets code that must
 * not know the UI (the loader) say things that the window and the command line show in the user's language.
 *
 * @param count for a count in words, the number whose plural form picks the key ({@code key.one}…); else null
 */
public record Msg(String key, List<Object> args, Long count) {
    public Msg {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args); // no nulls: a missing value is a bug of the caller
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args), null);
    }

    /** A count in words: the key's plural form for {@code n} ({@code key.one}, {@code .few}, {@code .many}). */
    public static Msg count(String key, long n, Object... args) {
        return new Msg(key, Arrays.asList(args), n);
    }

    /** The bundle key the text comes from: {@code key}, or for a count its plural form's key in that language. */
    public String keyIn(Locale locale) {
        return count == null ? key : key + Plural.of(locale, count).suffix();
    }

    /** The key and arguments, for tests and logs: {@code problem.id.duplicate["krakow", Msg[...]]}. */
    @Override
    public String toString() {
        return (count == null ? key : key + "#" + count) + args;
    }
}
