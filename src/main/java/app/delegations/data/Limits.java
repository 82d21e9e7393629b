package app.delegations.data;

/**
 * The bounds every data file is held to, so that a hostile or broken file costs bounded time and memory.
 * data/README.md lists them for people who write data files.
 */
public final class Limits {
    /** Largest data file read (checked before reading). */
    public static final int MAX_FILE_BYTES = 256 << 20;
    /** Largest source text read (each). */
    public static final int MAX_SOURCE_BYTES = 16 << 20;
    /** Deepest nesting of objects and lists. The format needs 6. */
    public static final int MAX_DEPTH = 64;
    /** Longest text in quotes, in characters. */
    public static final int MAX_STRING_CHARS = 1_000_000;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_CHARS = 50;
    /** Longest field name, in characters. */
    public static final int MAX_NAME_CHARS = 200;
    /** Longest id or source file name. */
    public static final int MAX_ID_CHARS = 200;
    /** Most data files an archive folder may hold (checked before any is read). */
    public static final int MAX_ARCHIVE_FILES = 10_000;
    /** Largest total size of an archive's data files (checked before any is read): its records are all kept. */
    public static final long MAX_ARCHIVE_BYTES = 512L << 20;
    /** Problems reported per file; the rest are counted in one last line. */
    public static final int MAX_PROBLEMS = 100;

    private Limits() {
    }
}
