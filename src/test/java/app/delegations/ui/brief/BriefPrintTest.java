package app.delegations.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Exports;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.PaperDocument;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Print brief… (Ctrl+P) keeps the window responsive: the brief is made and laid out for paper on a thread of
 * its own; the preview opens on the UI thread once ready. Readying that takes long shows a progress window, whose
 * Cancel means no preview; what is ready sooner opens none.
 */
class BriefPrintTest {
    /** Long enough for no progress window to open while a brief is readied. */
    private static final Duration NEVER = Duration.ofHours(1);

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Selection selection = new Selection();
    /** The threads the brief was readied on, with the titles of the briefs. */
    private final List<Thread> preparedOn = new CopyOnWriteArrayList<>();
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    /** Whether each preview opened was opened on the UI thread. */
    private final List<Boolean> previewOnFx = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;
    /** When true, the brief is readied only once its progress window shows (a brief that takes long). */
    private volatile boolean slow;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** How the window prints in this test: records where it is readied and where its preview opens. */
    private Runnable ready(PaperDocument brief) {
        preparedOn.add(Thread.currentThread());
        if (slow) {
            waitForProgressWindow();
        }
        if (failure != null) {
            throw failure;
        }
        prepared.add(brief.title());
        return () -> previewOnFx.add(Platform.isFxApplicationThread());
    }

    private void waitForProgressWindow() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> !dialogs.progressShown.isEmpty()).get());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no progress window", e);
        }
    }

    /**
     * Selects Košice and chooses File › Print brief… on the UI thread, as Ctrl+P does, a progress window opening once
     * readying went on for {@code progressAfter}; waits for the outcome.
     */
    private Thread printKosice(Duration progressAfter) throws Exception {
        var exports = new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), Platform::runLater, progressAfter);
        var feature = new BriefFeature(selection, exports, dialogs, () -> Messages.of(UiLanguage.ENGLISH),
                (brief, m, exportPdf) -> ready(brief));
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
        Thread making = printKosice(NEVER);

        assertEquals(List.of(making), preparedOn, "made and laid out on the thread returned");
        assertNotEquals("JavaFX Application Thread", making.getName());
        assertEquals(List.of("Visit brief: Košice"), prepared);
        assertEquals(List.of(true), previewOnFx, "the preview opens once, on the UI thread");
        assertEquals(List.of(), dialogs.progressShown, "no window flashes over the main one");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aBriefTakingLongShowsAProgressWindowClosedWhenThePreviewOpens() throws Exception {
        slow = true;
        printKosice(Duration.ZERO);

        assertEquals(List.of("Laying out the brief for printing…"), dialogs.progressShown);
        assertEquals(1, dialogs.progressClosed, "the progress window closes");
        assertEquals(List.of(true), previewOnFx);
    }

    @Test
    void cancelInTheProgressWindowMeansNoPreview() throws Exception {
        slow = true;
        dialogs.cancelOnShow = true;
        printKosice(Duration.ZERO);

        assertEquals(List.of(), previewOnFx, "no preview after Cancel");
        assertEquals(1, dialogs.progressClosed);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aBriefThatCannotBeLaidOutIsToldAndOpensNoPreview() throws Exception {
        failure = new IllegalStateException("no fonts");
        printKosice(NEVER);

        assertEquals(List.of(), previewOnFx);
        assertEquals(1, dialogs.errors.size());
        assertEquals("Could not print: no fonts", dialogs.errors.get(0).message());
    }
}
