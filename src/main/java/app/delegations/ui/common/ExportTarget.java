package app.delegations.ui.common;

import app.delegations.text.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an export goes, asked the same way for every export ({@link Exports}): the chooser opens in the folder of
 * the last file exported ({@link ExportFolder}), proposing a name Windows accepts ({@link FileNames#safe}). A
 * chosen name Windows would refuse is refused, saying which characters (or which device name) and why, and the
 * chooser is offered again in the folder chosen, proposing that name made acceptable: on the office's shared drive
 * a colleague on Windows could not open the file. The kind's extension is added when the name lacks it, asking
 * before replacing a file of that name, which the chooser did not ask about.
 */
final class ExportTarget {
    private final Dialogs dialogs;
    /** Null: the chooser opens where it likes, and nothing is remembered. */
    private final ExportFolder folder;

    ExportTarget(Dialogs dialogs, ExportFolder folder) {
        this.dialogs = dialogs;
        this.folder = folder;
    }

    /** The file to write, or empty when the user cancels; {@code suggested} may lack the kind's extension. */
    Optional<Path> ask(String title, FileKind kind, String suggested, Messages m) {
        String name = FileNames.safe(suggested, kind, m.get("export.all.file"));
        Path in = folder == null ? null : folder.initial();
        while (true) {
            Optional<Path> chosen = dialogs.chooseSaveFile(title, kind, name, in);
            if (chosen.isEmpty() || chosen.get().getFileName() == null) {
                return Optional.empty();
            }
            Path file = kind.withExtension(chosen.get());
            String chosenName = file.getFileName().toString();
            Optional<Msg> refused = FileNames.problem(chosenName);
            if (refused.isEmpty()) {
                return withExtension(kind, chosen.get(), title, m);
            }
            dialogs.showError(title, m.text(refused.get()) + " " + m.get("export.name.again"), "");
            name = FileNames.safe(chosenName, kind, m.get("export.all.file"));
            in = file.toAbsolutePath().getParent();
        }
    }

    /** Remembers the folder of {@code file}, written: the next export's chooser opens there. */
    void written(Path file) {
        if (folder != null) {
            folder.saved(file);
        }
    }

    private Optional<Path> withExtension(FileKind kind, Path chosen, String title, Messages m) {
        Path file = kind.withExtension(chosen);
        if (!file.equals(chosen) && Files.exists(file)
                && !dialogs.confirm(title, m.format("dialog.export.replace", file.getFileName().toString()))) {
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
