package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Open folder starts the platform's own file manager opener; when none can be started or it fails, the officer is
 * told so with the folder's path to copy, instead of nothing happening. No real process is started here.
 */
class FolderOpenerTest {
    private static final Path FOLDER = Path.of("/srv/share/reports").toAbsolutePath();

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<List<String>> started = new ArrayList<>();

    private FolderOpener opener(String os, FolderOpener.Starter starter) {
        return new FolderOpener(() -> dialogs, () -> Messages.of(UiLanguage.ENGLISH), Runnable::run, os, command -> {
            started.add(command);
            return starter.run(command);
        });
    }

    private void open(FolderOpener opener) throws InterruptedException {
        opener.open(FOLDER).join();
    }

    @Test
    void eachSystemOpensTheFolderWithItsOwnOpener() throws InterruptedException {
        open(opener("Linux", c -> 0));
        open(opener("Mac OS X", c -> 0));
        open(opener("Windows 11", c -> 0));
        assertEquals(List.of(List.of("xdg-open", FOLDER.toString()), List.of("open", FOLDER.toString()),
                List.of("explorer.exe", FOLDER.toString())), started);
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void noFileManagerToStartIsToldWithThePathToCopy() throws InterruptedException {
        open(opener("Linux", c -> {
            throw new IOException("Cannot run program \"xdg-open\": error=2, No such file or directory");
        }));
        assertEquals(1, dialogs.errors.size());
        RecordingDialogs.ErrorShown told = dialogs.errors.get(0);
        assertEquals("Could not open the folder in a file manager: xdg-open could not be started. You can copy its path below.",
                told.message());
        assertEquals(FOLDER.toString(), told.details());
    }

    @Test
    void anOpenerThatFailsIsToldWithThePathToCopy() throws InterruptedException {
        open(opener("Linux", c -> 3)); // xdg-open: "a required tool could not be found"
        assertEquals(List.of(FOLDER.toString()), dialogs.errors.stream().map(RecordingDialogs.ErrorShown::details).toList());
        assertTrue(dialogs.errors.get(0).message().contains("xdg-open ended with code 3"), dialogs.errors.get(0).message());
    }

    @Test
    void explorersExitCodeIsNoFailure() throws InterruptedException {
        open(opener("Windows 10", c -> 1)); // explorer.exe answers 1 when it opened the folder
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void theSavedNoticesUriOpensItsFolder() throws InterruptedException {
        opener("Linux", c -> 0).openUri(FOLDER.toUri().toString()).join();
        assertEquals(List.of(List.of("xdg-open", FOLDER.toString())), started);
    }
}
