package app.delegations.ui.details;

import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Feature;
import app.delegations.ui.common.Shortcuts;
import app.delegations.ui.forms.FormPane;
import app.delegations.ui.forms.Forms;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.ViewContext;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.source.SourceFeature;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The detail pane: what is known about the selection; a quote's "show in source" brings the Source view to the
 * front at that passage. New and Edit show their form here, in place of the details ({@link FormPane}).
 */
public final class DetailsFeature implements Feature {
    private final DetailsViewModel vm;
    private final SourceFeature source;
    private final Selection selection;
    private final Forms forms;
    private DetailsView view;
    private FormPane pane;

    public DetailsFeature(Selection selection, FilterModel filter, SourceFeature source, Forms forms) {
        this.vm = new DetailsViewModel(selection, filter);
        this.forms = forms;
        this.selection = selection;
        this.source = source;
    }

    public DetailsViewModel viewModel() {
        return vm;
    }

    /** The record forms the pane shows in place of the details. */
    public Forms forms() {
        return forms;
    }

    @Override
    public Node create(ViewContext c) {
        view = new DetailsView(vm, c.messages(), e -> {
            c.show().accept(source);
            source.viewModel().show(e.sourceId(), e.start(), e.end());
        });
        pane = new FormPane(view, forms, selection, c.messages());
        return pane;
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.dispose();
            pane.dispose();
            view = null;
            pane = null;
        }
    }

    /** Alt+Left and Alt+Right, which go back and forward through the links followed in the details; a form's keys. */
    @Override
    public List<List<String>> keys(Messages m) {
        return List.of(List.of(m.get("dialog.shortcuts.section.details")),
                List.of(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN).getDisplayText(),
                        m.get("dialog.shortcuts.details.back")),
                List.of(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN).getDisplayText(),
                        m.get("dialog.shortcuts.details.forward")),
                List.of(Shortcuts.shown(Forms.EDIT_DETAILS_KEY), m.get("dialog.shortcuts.details.edit")),
                List.of(Forms.APPLY_KEY.getDisplayText(), m.get("dialog.shortcuts.form.apply")),
                List.of(Shortcuts.shown(Forms.CANCEL_KEY), m.get("dialog.shortcuts.form.cancel")));
    }

    @Override
    public List<DatasetStep<?>> steps() {
        return List.of(DatasetStep.onUi(DatasetStep.Phase.VIEWS, vm::setData));
    }
}
