package app.delegations.bench.pulse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;

/**
 * Switches the window's language once (issue 23: a language switch with a large archive looked frozen), on the FX
 * thread from {@link PulseGapPreloader}'s poll: chooses the menu item {@code pulse.language} (e.g.
 * {@code menuLanguagePolish}) and then watches for the window in the new language: its menu bar's first menu
 * ("_File" / "_Plik") in other words, then the largest table showing rows made anew (in the new language). The
 * report gives both instants, the UI thread's CPU in between, and the longest gap between pulses.
 */
final class LanguageSwitch {
    private final String itemId;
    private long chosen = -1;
    private String menuBefore;
    private long menuShown = -1;
    private Object rowBefore;
    private long rowsShown = -1;
    /** The CPU time of the app's threads other than the UI thread (the loader's, the pool's) at the choice. */
    private long otherCpuAtChoice;
    private long otherCpuAtShown = -1;

    private LanguageSwitch(String itemId) {
        this.itemId = itemId;
    }

    /** The switch when {@code pulse.language} names a menu item, else null. */
    static LanguageSwitch fromProperties() {
        String id = System.getProperty("pulse.language");
        return id == null ? null : new LanguageSwitch(id);
    }

    /** Chooses the language; true when the menu item was there and enabled. */
    boolean choose() {
        menuBefore = firstMenuText();
        rowBefore = ShownRows.firstOfLargest();
        if (!RecentMenu.fire(itemId)) {
            return false;
        }
        chosen = System.nanoTime();
        otherCpuAtChoice = otherThreadsCpu();
        return true;
    }

    /** Notes what shows now; true once the menus speak the new language and the largest table shows new rows. */
    boolean shown(long now, int expectRows) {
        if (menuShown < 0 && menuBefore != null && !menuBefore.equals(firstMenuText())) {
            menuShown = now;
        }
        if (rowsShown < 0 && ShownRows.inShowingWindows() >= expectRows && ShownRows.firstOfLargest() != rowBefore) {
            rowsShown = now;
        }
        boolean both = menuShown >= 0 && rowsShown >= 0;
        if (both && otherCpuAtShown < 0) {
            otherCpuAtShown = otherThreadsCpu();
        }
        return both;
    }

    long chosenAt() {
        return chosen;
    }

    String toJson(PulseGapRecorder recorder, long origin, long end) {
        long shownAt = Math.max(menuShown, rowsShown);
        var r = recorder.report(chosen, shownAt < 0 ? end : shownAt);
        return String.format(Locale.ROOT, "{\"chosenMs\": %.1f, \"menuShownAfterMs\": %.1f, \"rowsShownAfterMs\": %.1f, "
                        + "\"uiCpuUntilShownMs\": %.1f, \"workerCpuUntilShownMs\": %.1f, \"longestGapUntilShownMs\": %.1f, \"gapsOver50msUntilShown\": %d}",
                (chosen - origin) / 1e6, after(menuShown), after(rowsShown),
                recorder.cpuBetween(chosen, shownAt < 0 ? end : shownAt) / 1e6,
                otherCpuAtShown < 0 ? -1 : (otherCpuAtShown - otherCpuAtChoice) / 1e6, r.longestGapMs(), r.gapsOver50ms());
    }

    private double after(long at) {
        return at < 0 ? -1 : (at - chosen) / 1e6;
    }

    /**
     * The CPU time of the threads that prepare data (the loader, the common pool's workers), not the UI thread's,
     * the renderer's or the JVM's own.
     */
    private static long otherThreadsCpu() {
        long sum = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) { // the shipped runtime has no java.management
            for (var task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")); // at most 15 characters
                    if (name.startsWith("delegations-loa") || name.startsWith("ForkJoinPool")) {
                        String stat = Files.readString(task.resolve("schedstat"));
                        sum += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                    }
                } catch (IOException ended) {
                    // a thread that ended while listed
                }
            }
        } catch (IOException | RuntimeException noProc) {
            return 0; // not Linux: no figure
        }
        return sum;
    }

    private static String firstMenuText() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                for (Node n : w.getScene().getRoot().lookupAll("#menuBar")) {
                    if (n instanceof MenuBar bar && !bar.getMenus().isEmpty() && seen(bar)) {
                        return bar.getMenus().get(0).getText();
                    }
                }
            }
        }
        return null;
    }

    /** Whether {@code n} is on screen: it and every parent visible (a window readied out of sight is not). */
    private static boolean seen(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
