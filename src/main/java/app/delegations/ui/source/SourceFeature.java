package app.delegations.ui.source;

import app.delegations.ui.cite.CiteModel;
import app.delegations.ui.cite.NewSourceModel;
import app.delegations.ui.cite.ReadOnlyEditing;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Feature;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordEditing;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewCommand;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.common.ViewFeature;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Source tab: the source texts of the data, taken with the other views, and where sources are recorded and
 * cited (File › New source…, "Cite for…", View › Records without a source) in the archive being edited.
 */
public final class SourceFeature implements ViewFeature {
    private final SourceViewModel vm;
    private final Selection selection;
    private final Citing citing;
    private SourceView view;

    /**
     * What recording sources and citing need: the archive being edited, the models of Cite for… and New source,
     * and how a text file is chosen.
     */
    public record Citing(RecordEditing editing, CiteModel cite, NewSourceModel newSource,
                         Function<Window, File> chooseFile) {
        /** For the archive being edited, choosing files with the window's file chooser. */
        public static Citing of(RecordEditing editing, Function<Window, File> chooseFile) {
            return new Citing(editing, new CiteModel(editing), new NewSourceModel(editing), chooseFile);
        }
    }

    /** A Source tab whose sources cannot be edited (no archive being edited). */
    public SourceFeature(Selection selection) {
        this(selection, new ReadOnlyEditing());
    }

    public SourceFeature(Selection selection, RecordEditing editing) {
        this(selection, Citing.of(editing, SourceFeature::chooseTextFile));
    }

    public SourceFeature(Selection selection, Citing citing) {
        this.vm = new SourceViewModel(selection);
        this.selection = selection;
        this.citing = citing;
    }

    /** The models of Cite for… and New source (tests drive them). */
    public Citing citing() {
        return citing;
    }

    @Override
    public List<ViewCommand> commands() {
        return List.of(
                new ViewCommand("menuNewSource", "menu.file.newSource", ViewCommand.Menu.FILE,
                        citing.editing().editableProperty(), () -> citing.newSource().start()),
                new ViewCommand("menuUnsourced", "menu.view.unsourced", ViewCommand.Menu.VIEW,
                        new SimpleBooleanProperty(true), () -> vm.unsourcedShownProperty().set(true)));
    }

    /** Cite for…, pressed with Alt and its letter, which differs by language (Alt+C, in Polish Alt+T). */
    @Override
    public List<List<String>> keys(Messages m) {
        String label = m.get("source.cite");
        String key = SourceTools.key(label).replace(" (", "").replace(")", "");
        return Feature.section(m.get("dialog.shortcuts.section.source"),
                List.of(List.of(key, m.format("dialog.shortcuts.source.cite", plain(label)))));
    }

    /** A label without its mnemonic mark ("_Cite for…" → "Cite for…"). */
    private static String plain(String label) {
        return label.replaceFirst("_", "");
    }

    private static File chooseTextFile(Window owner) {
        var chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*.txt", "*.txt"));
        return chooser.showOpenDialog(owner);
    }

    public SourceViewModel viewModel() {
        return vm;
    }

    @Override
    public String tabId() {
        return "tabSource";
    }

    @Override
    public String tabKey() {
        return "tab.source";
    }

    @Override
    public String menuId() {
        return "menuSource";
    }

    @Override
    public String menuKey() {
        return "menu.view.source";
    }

    @Override
    public Node create(ViewContext c) {
        view = new SourceView(vm, selection, c.messages(), citing);
        return view;
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.dispose();
            view = null;
        }
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(DatasetStep.onUi(DatasetStep.Phase.VIEWS, (index, m) -> vm.setData(index.dataset())));
    }
}
