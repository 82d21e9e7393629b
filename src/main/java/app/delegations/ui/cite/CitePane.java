package app.delegations.ui.cite;

import app.delegations.data.QuoteWidening.Quote;
import app.delegations.model.Basis;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.forms.FormFrame;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The "Cite for…" panel beside a source's text (not a separate window: the note stays readable while the record
 * and fields are chosen). Top to bottom: the quote the citation will give; a search field and the records it
 * finds; the chosen record's fields as check boxes; the basis (stated, inferred with its reason in Polish and
 * English, reference with which reference); pinned below them, what stops the citation, Cite and Cancel. Every
 * control is reached by Tab; Enter in the search field takes the first record found, Escape cancels.
 */
public final class CitePane extends FormFrame {
    private final CiteModel vm;
    private final Messages m;
    private final Listeners listeners = new Listeners();
    private final PaneParts parts;
    private final FlowPane fieldBoxes = new FlowPane(8, 4);

    public CitePane(CiteModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.parts = new PaneParts(messages, listeners);
        setId("citePane");
        getStyleClass().add("cite-pane");
        setPrefWidth(340);

        var heading = new Label(m.get("cite.title"));
        heading.getStyleClass().add("details-heading");
        var quote = new Label();
        quote.setId("citeQuote");
        quote.getStyleClass().add("evidence-quote");
        quote.setWrapText(true);
        listeners.follow(vm.quoteProperty(), q -> quote.setText(q == null ? "" : quoteText(q)));

        var search = new TextField();
        search.setId("citeSearch");
        search.setPromptText(m.get("cite.search.prompt"));
        search.setAccessibleText(m.get("cite.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        listeners.onDispose(() -> search.textProperty().unbindBidirectional(vm.searchProperty()));
        var records = new ListView<Record>(vm.candidates());
        records.setId("citeRecords");
        records.setPrefHeight(160);
        records.setAccessibleText(m.get("cite.records"));
        records.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Record r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : label(r));
            }
        });
        listeners.onChange(records.getSelectionModel().selectedItemProperty(), (o, a, r) -> {
            if (r != null) {
                vm.recordProperty().set(r);
            }
        });
        search.setOnAction(e -> {
            if (!vm.candidates().isEmpty()) {
                records.getSelectionModel().select(0);
                records.requestFocus();
            }
        });
        var chosen = new Label();
        chosen.setId("citeRecord");
        chosen.setWrapText(true);
        listeners.follow(vm.recordProperty(), r -> {
            chosen.setText(r == null ? m.get("cite.record.none") : m.format("cite.record", label(r)));
            if (r == null) {
                records.getSelectionModel().clearSelection();
            }
        });

        var fieldsLabel = new Label(m.get("cite.fields"));
        fieldsLabel.setWrapText(true);
        fieldBoxes.setId("citeFields");
        listeners.onList(vm.fields(), c -> fillFields());

        var stated = radio("citeStated", "cite.basis.stated", Basis.STATED);
        var inferred = radio("citeInferred", "cite.basis.inferred", Basis.INFERRED);
        var reference = radio("citeReference", "cite.basis.reference", Basis.REFERENCE);
        var bases = new ToggleGroup();
        for (RadioButton r : List.of(stated, inferred, reference)) {
            r.setToggleGroup(bases);
        }
        listeners.follow(vm.basisProperty(), b -> bases.selectToggle(b == Basis.INFERRED ? inferred
                : b == Basis.REFERENCE ? reference : stated));
        listeners.onChange(bases.selectedToggleProperty(), (o, a, t) -> {
            if (t != null) {
                vm.basisProperty().set((Basis) t.getUserData());
            }
        });
        var reasonPl = parts.field("citeReasonPl", "cite.reason.pl", vm.reasonPlProperty());
        var reasonEn = parts.field("citeReasonEn", "cite.reason.en", vm.reasonEnProperty());
        var reasons = new VBox(4, reasonPl, reasonEn);
        var ref = parts.field("citeReferenceText", "cite.reference", vm.referenceProperty());
        listeners.follow(vm.basisProperty(), b -> {
            show(reasons, b == Basis.INFERRED);
            show(ref, b == Basis.REFERENCE);
            show(quote, b != Basis.REFERENCE);
        });

        var problems = parts.problems("citeProblems", vm.problemsProperty());
        var confirm = parts.action("citeConfirm", "cite.confirm", vm.canConfirmProperty(), vm::confirm);
        confirm.setDefaultButton(true);
        var cancel = parts.cancel("citeCancel", this, vm::cancel);
        frame(PaneParts.content(heading, quote, search, records, chosen, fieldsLabel, fieldBoxes,
                new Label(m.get("cite.basis")), new HBox(8, stated, inferred, reference), reasons, ref),
                problems, confirm, cancel);
    }

    /** Stops following the view model. */
    public void dispose() {
        listeners.dispose();
    }

    /** "Kraków — place". */
    private String label(Record r) {
        return m.format("cite.record.label", CitedRecords.names(r).in(m.locale()), m.get(CitedRecords.kindKey(r)));
    }

    private String quoteText(Quote q) {
        return m.format("details.quote", q.text());
    }

    private void fillFields() {
        fieldBoxes.getChildren().clear();
        for (String f : vm.fields()) {
            var box = new CheckBox(f);
            box.setId("citeField-" + f.replace('.', '-')); // an id with a dot is no CSS id
            box.setMnemonicParsing(false);
            box.setSelected(vm.chosenFields().contains(f));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on && !vm.chosenFields().contains(f)) {
                    vm.chosenFields().add(f);
                } else if (!on) {
                    vm.chosenFields().remove(f);
                }
            });
            fieldBoxes.getChildren().add(box);
        }
    }

    private RadioButton radio(String id, String key, Basis basis) {
        var r = new RadioButton(m.get(key));
        r.setId(id);
        r.setUserData(basis);
        return r;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
