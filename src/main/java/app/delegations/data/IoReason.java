package app.delegations.data;

import app.delegations.text.Msg;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Why a file could not be read or written, in plain words: the system's own reason, never a Java class name. */
public final class IoReason {
    private IoReason() {
    }

    public static Msg of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Msg.of("io.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return Msg.of("io.denied");
        }
        if (e instanceof NotDirectoryException) {
            return Msg.of("io.notFolder");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return Msg.of("io.system", f.getReason().toLowerCase(Locale.ROOT)); // the system's words
        }
        return Msg.of("io.error");
    }
}
