package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Print brief… (Ctrl+P) keeps the window responsive: the brief is made and laid out for paper on a thread of
 * its own, behind a progress window; the preview opens on the UI thread once ready; Cancel means no preview.
 */
class BriefPrintTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Exports exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH));
    private final Selection selection = new Selection();
    /** The threads the brief was readied on, with the titles of the briefs. */
    private final List<Thread> preparedOn = new CopyOnWriteArrayList<>();
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    /** Whether each preview opened was opened on the UI thread. */
    private final List<Boolean> previewOnFx = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;
    private final BriefFeature feature = new BriefFeature(selection, exports, () -> Messages.of(UiLanguage.ENGLISH),
            (brief, m) -> {
                preparedOn.add(Thread.currentThread());
                if (failure != null) {
                    throw failure;
                }
                prepared.add(brief.title());
                return () -> previewOnFx.add(Platform.isFxApplicationThread());
            });

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Selects Košice and chooses File › Print brief… on the UI thread, as Ctrl+P does; waits for the outcome. */
    private Thread printKosice() throws Exception {
        var data = TestData.congress();
        feature.model().setIndex(DatasetIndex.build(data));
        selection.select(data.place("kosice").orElseThrow());
        Thread making = WaitForAsyncUtils.asyncFx(feature::print).get();
        assertNotNull(making, "readied on a thread of its own");
        making.join();
        WaitForAsyncUtils.waitForFxEvents();
        return making;
    }

    @Test
    void theBriefIsMadeAndLaidOutOffTheUiThreadAndItsPreviewOpensOnIt() throws Exception {
        Thread making = printKosice();

        assertEquals(List.of(making), preparedOn, "made and laid out on the thread returned");
        assertNotEquals("JavaFX Application Thread", making.getName());
        assertEquals(List.of("Visit brief: Košice"), prepared);
        assertEquals(List.of(true), previewOnFx, "the preview opens once, on the UI thread");
        assertEquals(List.of("Laying out the brief for printing…"), dialogs.progressShown);
        assertEquals(1, dialogs.progressClosed, "the progress window closes");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void cancelMeansNoPreview() throws Exception {
        dialogs.cancelOnShow = true;
        printKosice();

        assertEquals(List.of(), previewOnFx, "no preview after Cancel");
        assertEquals(1, dialogs.progressClosed);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aBriefThatCannotBeLaidOutIsToldAndOpensNoPreview() throws Exception {
        failure = new IllegalStateException("no fonts");
        printKosice();

        assertEquals(List.of(), previewOnFx);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).message().equals("Could not print: no fonts"), dialogs.errors.get(0).message());
        assertEquals(1, dialogs.progressClosed);
    }
}
