package app.delegations.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs an {@link Export} the same way from every button and menu: asks for the file through {@link Dialogs},
 * adds the kind's extension when the name lacks it (asking before replacing a file of that name, which the file
 * chooser did not ask about), writes, and tells where it saved or why it could not.
 */
public final class Exports {
    private final Dialogs dialogs;
    private final Supplier<Messages> messages;

    public Exports(Dialogs dialogs, Supplier<Messages> messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Exports, unless there is nothing to export or the user cancels. */
    public void run(Export export) {
        if (!export.available().get()) {
            return;
        }
        Messages m = messages.get();
        String title = m.get(export.titleKey());
        Optional<Path> file = dialogs.chooseSaveFile(title, export.kind(), export.suggestedName())
                .flatMap(chosen -> withExtension(export.kind(), chosen, title, m));
        file.ifPresent(f -> write(export, f, title, m));
    }

    private Optional<Path> withExtension(FileKind kind, Path chosen, String title, Messages m) {
        Path file = kind.withExtension(chosen);
        if (!file.equals(chosen) && Files.exists(file)
                && !dialogs.confirm(title, m.format("dialog.export.replace", file.getFileName().toString()))) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private void write(Export export, Path file, String title, Messages m) {
        try {
            export.write(file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(title, m.format(export.failedKey(), String.valueOf(e.getMessage())),
                    ErrorHandler.stackTrace(e));
            return;
        }
        String where = file.toAbsolutePath().toString();
        dialogs.showInfo(title, m.format("dialog.png.done", where), where);
    }
}
