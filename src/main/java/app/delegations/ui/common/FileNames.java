package app.delegations.ui.common;

import app.delegations.text.Msg;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * File names a colleague on Windows or on the office's shared (SMB) drive can open, whatever system saved them.
 * Every name the app proposes goes through {@link #safe}; a name the officer chose is checked by {@link #problem}
 * (the window and {@code delegations export -o} refuse it with that reason). Windows refuses in a file name the
 * characters {@code < > : " / \ | ? *} and control characters, a name ending in a dot or a space, and the device
 * names CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 (with any extension).
 */
public final class FileNames {
    /** The most characters of a proposed name before its extension: room is left for a shared drive's folders. */
    static final int MAX_BASE = 100;
    /** The characters Windows does not allow in a file name, besides control characters. */
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /**
     * {@code name} (which may end in {@code kind}'s extension) made a name Windows accepts, ending in that extension:
     * {@code : / \ |} become a dash, {@code "} an apostrophe, {@code < > ? *} and control characters a space; runs of
     * spaces become one; no dot, dash or space at the start or the end; a device name gets an underscore after it; at most
     * {@link #MAX_BASE} characters before the extension. A name left empty becomes {@code fallback}.
     */
    public static String safe(String name, FileKind kind, String fallback) {
        String ext = "." + kind.extension();
        String base = name.toLowerCase(Locale.ROOT).endsWith(ext) ? name.substring(0, name.length() - ext.length())
                : name;
        String safe = safe(base);
        if (safe.isEmpty()) {
            safe = safe(fallback);
        }
        return (safe.isEmpty() ? "export" : safe) + ext;
    }

    /** {@code base}, a name without extension, made a name Windows accepts as {@link #safe(String, FileKind, String)} does; may be empty. */
    public static String safe(String base) {
        var out = new StringBuilder(base.length());
        base.codePoints().forEach(c -> {
            if (c == ':' || c == '/' || c == '\\' || c == '|') {
                out.append(" - ");
            } else if (c == '"') {
                out.append('\'');
            } else if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        String s = out.toString().replaceAll(" +", " ").replaceAll("( -)+ ", " - ").replaceAll("^[ .-]+", "");
        if (s.codePointCount(0, s.length()) > MAX_BASE) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_BASE));
        }
        s = s.replaceAll("[ .-]+$", "");
        if (device(s) != null) {
            int dot = s.indexOf('.');
            s = dot < 0 ? s + "_" : s.substring(0, dot) + "_" + s.substring(dot);
        }
        return s;
    }

    /**
     * Why Windows would refuse {@code fileName} (a name, not a path), or empty when it accepts it: the characters it
     * does not allow (each once, in order; a control character as {@code U+0009}), a dot or space at its end, or a
     * device name.
     */
    public static Optional<Msg> problem(String fileName) {
        var chars = new LinkedHashSet<String>();
        fileName.codePoints().forEach(c -> {
            if (FORBIDDEN.indexOf(c) >= 0) {
                chars.add(Character.toString(c));
            } else if (Character.isISOControl(c)) {
                chars.add(String.format(Locale.ROOT, "U+%04X", c));
            }
        });
        if (!chars.isEmpty()) {
            return Optional.of(Msg.count("file.name.forbidden", chars.size(), chars.size(), fileName,
                    String.join(" ", chars)));
        }
        if (fileName.endsWith(".") || fileName.endsWith(" ")) {
            return Optional.of(Msg.of("file.name.end", fileName));
        }
        String device = device(fileName);
        return device == null ? Optional.empty() : Optional.of(Msg.of("file.name.device", fileName, device));
    }

    /** The device name {@code name} stands for in Windows (its part before the first dot, spaces ignored), or null. */
    private static String device(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        return DEVICES.contains(stem) ? stem : null;
    }
}
