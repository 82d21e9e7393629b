package app.delegations.data;

import java.util.Map;

/**
 * Source texts held in memory (a note recorded in the window, not yet saved) before those of a folder: what the
 * loader reads when it checks files that are not written yet. A held text is taken as it is (the window keeps
 * it as the loader would give it: UTF-8 text, line ends {@code \n}).
 */
final class HeldSources extends SourceFiles {
    private final Map<String, String> held;
    private final SourceFiles folder;

    HeldSources(Map<String, String> held, SourceFiles folder) {
        this.held = Map.copyOf(held);
        this.folder = folder;
    }

    @Override
    Text readChecked(String name) {
        String text = held.get(name);
        return text != null ? new Text(text, null) : folder.read(name);
    }
}
