package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Dataset;
import app.delegations.ui.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.Test;

/** A dialog's Apply, Confirm or Create: one commit at a time, after its check, withdrawn by Cancel. */
class PendingCommitTest {
    private final Archive archive = new Archive();
    private final PendingCommit pending = new PendingCommit(archive);
    private final Change change = Change.of(RecordEdit.add(Shapes.place("kyiv")));

    @Test
    void theChangeIsCommittedOnlyOnceItsCheckHasAnswered() {
        var checked = new CompletableFuture<Void>();
        var committed = pending.commit(checked, () -> change);
        assertTrue(pending.busy());
        assertEquals(List.of(), archive.asked, "nothing is asked before the check answers");
        checked.complete(null);
        assertEquals(List.of(change), archive.asked);
        assertTrue(pending.busy(), "until the archive answers");
        archive.answers.get(0).complete(true);
        assertTrue(committed.join());
        assertFalse(pending.busy());
    }

    @Test
    void cancelWhileTheArchiveHasNotTakenTheChangeWithdrawsIt() {
        var committed = pending.commit(change);
        pending.withdraw();
        assertTrue(archive.answers.get(0).isCancelled(), "the archive is told not to take it");
        assertFalse(committed.join());
        assertFalse(pending.busy());
    }

    @Test
    void cancelWhileTheCheckRunsAsksNothing() {
        var checked = new CompletableFuture<Void>();
        var committed = pending.commit(checked, () -> change);
        pending.withdraw();
        checked.complete(null);
        assertFalse(committed.join());
        assertEquals(List.of(), archive.asked);
        assertFalse(pending.busy());
    }

    @Test
    void aSecondCommitWhileOneIsUnderWayIsRefused() {
        var first = pending.commit(change);
        var second = pending.commit(change);
        assertFalse(second.join(), "refused at once");
        assertEquals(1, archive.asked.size());
        archive.answers.get(0).complete(true);
        assertTrue(first.join());
        assertFalse(pending.commit(change).isDone(), "once answered, the next one is asked");
        assertEquals(2, archive.asked.size());
    }

    @Test
    void nothingToCommitOrARefusalAnswersFalse() {
        assertFalse(pending.commit(CompletableFuture.completedFuture(null), () -> null).join());
        assertEquals(List.of(), archive.asked);
        var refused = pending.commit(change);
        archive.answers.get(0).complete(false);
        assertFalse(refused.join());
        assertFalse(pending.busy());
    }

    /** An archive that answers each commit when the test says. */
    private static final class Archive implements RecordEditing {
        final List<Change> asked = new ArrayList<>();
        final List<CompletableFuture<Boolean>> answers = new ArrayList<>();

        @Override
        public ReadOnlyBooleanProperty editableProperty() {
            return new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
        }

        @Override
        public Dataset dataset() {
            return Dataset.empty();
        }

        @Override
        public String newId(Class<? extends Record> kind, String name) {
            return name;
        }

        @Override
        public CompletableFuture<List<FieldProblem>> check(Change c) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<Boolean> commit(Change c) {
            asked.add(c);
            var answer = new CompletableFuture<Boolean>();
            answers.add(answer);
            return answer;
        }
    }
}
