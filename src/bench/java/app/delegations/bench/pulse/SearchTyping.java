package app.delegations.bench.pulse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Types a word into the window's search field one key at a time (issue #12: typing in the search field lags on a
 * large archive), from {@link PulseGapPreloader}'s poll, with {@code -Dpulse.search=WORD}. First every table tab is
 * shown once, {@code pulse.tabDwellMs} (1500) apart, so that every view exists and follows the filter as after a
 * working session, then {@code pulse.searchTab} (tabPlaces) is shown; 2 s later the keys are typed, each a
 * {@code KEY_TYPED} event fired at the focused search field, {@code pulse.keyMs} (120) apart, posted to the FX thread
 * from a timer thread as input events arrive (between pulses, not inside one). The run ends {@code pulse.settleMs}
 * after the last key. The report: per key, when it was typed and the gap between pulses it fell in with the two
 * after it (its letter is drawn in the pulse that ends the first, unless the work of the key overran it), how late
 * the FX thread took it (from its posting), and how long after the last key was posted the results settled: the
 * later of its typing and the last change of the line by the search field or of the rows of the table shown (to
 * the poll's 50 ms).
 */
final class SearchTyping {
    private final String word;
    private final long keyNanos = Long.getLong("pulse.keyMs", 120) * 1_000_000L;
    private final long dwellNanos = Long.getLong("pulse.tabDwellMs", 1500) * 1_000_000L;
    private final String searchTab = System.getProperty("pulse.searchTab", "tabPlaces");
    private final List<Long> typedAt = new ArrayList<>();
    /** When each key was posted to the FX thread (its arrival); it is typed once the FX thread gets to it. */
    private final List<Long> postedAt = new ArrayList<>();
    private volatile long lastKeyPosted = -1;
    private final List<String> textAfter = new ArrayList<>();
    private int nextTab;
    private long last = -1;
    private long startTyping = -1;
    private volatile long lastResultChange = -1;
    private volatile long lastRowsChange = -1;
    private String lastLine = "";
    private int lastRows = -1;
    private ScheduledExecutorService keys;
    private volatile boolean allTyped;
    private volatile long lastKeyAt = -1;

    private SearchTyping(String word) {
        this.word = word;
    }

    /** The typing when {@code pulse.search} is set, else null. */
    static SearchTyping fromProperties() {
        String w = System.getProperty("pulse.search");
        return w == null || w.isEmpty() ? null : new SearchTyping(w);
    }

    /** When the first key was typed (System.nanoTime), or -1. */
    long firstKeyAt() {
        return typedAt.isEmpty() ? -1 : typedAt.get(0);
    }

    /**
     * Advances the tour, then the typing; true once every key was typed and {@code settleNanos} passed since the
     * last one. Called on the FX thread at each poll.
     */
    boolean advance(long now, long settleNanos) {
        if (startTyping < 0) {
            if (last >= 0 && now - last < dwellNanos) {
                return false;
            }
            if (nextTab < TabTour.TABS.size()) {
                ShownRows.showTab(TabTour.TABS.get(nextTab++));
                last = now;
                return false;
            }
            ShownRows.showTab(searchTab);
            startTyping = now + 2_000_000_000L;
            return false;
        }
        watchResults(now);
        if (keys == null && now >= startTyping) {
            TextField field = field();
            if (field == null) {
                throw new IllegalStateException("no #searchField in a showing window");
            }
            field.requestFocus();
            keys = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "search-typing");
                t.setDaemon(true);
                return t;
            });
            for (int i = 0; i < word.length(); i++) {
                String ch = word.substring(i, i + 1);
                boolean end = i == word.length() - 1;
                keys.schedule(() -> {
                    long posted = System.nanoTime();
                    if (end) {
                        lastKeyPosted = posted;
                    }
                    Platform.runLater(() -> type(field, ch, end, posted));
                }, i * keyNanos, TimeUnit.NANOSECONDS);
            }
        }
        return allTyped && now - lastKeyAt >= settleNanos;
    }

    private void type(TextField field, String ch, boolean end, long posted) {
        long at = System.nanoTime();
        postedAt.add(posted);
        field.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
        typedAt.add(at);
        textAfter.add(field.getText());
        if (end) {
            lastKeyAt = at;
            allTyped = true;
            keys.shutdown();
        }
    }

    /** Notes when the line by the search field or the rows of the table shown last changed. */
    private void watchResults(long now) {
        String line = "";
        int rows = -1;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                if (w.getScene().getRoot().lookup("#searchMatches") instanceof Label l) {
                    line = l.getText();
                }
            }
        }
        ObservableList<?> items = ShownRows.itemsOf(searchTab.replace("tab", "").toLowerCase(Locale.ROOT) + "Table");
        if (items != null) {
            rows = items.size();
        }
        if (!line.equals(lastLine)) {
            lastLine = line;
            lastResultChange = now;
        }
        if (rows != lastRows) {
            lastRows = rows;
            lastRowsChange = now;
        }
    }

    private static TextField field() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                Node n = w.getScene().getRoot().lookup("#searchField");
                if (n instanceof TextField t) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The keys typed, the frames of each, and when the results settled. */
    String toJson(PulseGapRecorder recorder, long origin, long end) {
        var json = new StringBuilder();
        for (int i = 0; i < typedAt.size(); i++) {
            long at = typedAt.get(i);
            json.append(i == 0 ? "\n    " : ",\n    ").append(String.format(Locale.ROOT,
                    "{\"text\": \"%s\", \"atMs\": %.1f, \"lateMs\": %.1f, \"gaps\": %s}", textAfter.get(i),
                    (at - origin) / 1e6, (at - postedAt.get(i)) / 1e6,
                    PulseGapRecorder.toJson(recorder.gapsFrom(at, 2), origin)));
        }
        long first = firstKeyAt();
        var typing = first < 0 ? null : recorder.report(first, end);
        return String.format(Locale.ROOT, "{\"word\": \"%s\", \"keyMs\": %d, \"typing\": %s,%n"
                        + "   \"settledAfterLastKeyMs\": %.1f, \"rowsShown\": %d,"
                        + " \"line\": \"%s\",%n   \"keys\": [%s]}",
                word, keyNanos / 1_000_000, typing == null ? "null" : typing.toJson(origin),
                lastKeyAt < 0 ? -1 : (Math.max(lastKeyAt, Math.max(lastResultChange, lastRowsChange)) - lastKeyPosted) / 1e6,
                lastRows, lastLine.replace("\"", "'"), json);
    }
}
