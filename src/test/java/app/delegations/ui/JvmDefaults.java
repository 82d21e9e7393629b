package app.delegations.ui;

import java.lang.Thread.UncaughtExceptionHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What of the JVM is shared by every test after it and a window may change: the theme's user-agent stylesheet
 * (the app gives its theme to every window it opens, {@code Application.setUserAgentStylesheet}), the handler of
 * uncaught exceptions (the app's error dialog), and the defaults the app reads but never sets — the locale of
 * each category and the time zone (the app passes its language's locale explicitly). Taken before a window test,
 * {@link #restore()} puts them back after it ({@link KeepsJvmDefaults}), so that a later test lays out and fails
 * the same whatever ran before it.
 */
public record JvmDefaults(String userAgentStylesheet, UncaughtExceptionHandler uncaught, Locale locale,
                          Locale display, Locale format, TimeZone zone) {
    /** The defaults as they are now. */
    public static JvmDefaults now() {
        return new JvmDefaults(Application.getUserAgentStylesheet(), Thread.getDefaultUncaughtExceptionHandler(),
                Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY),
                Locale.getDefault(Locale.Category.FORMAT), TimeZone.getDefault());
    }

    /** Puts every default back as it was taken (the stylesheet on the JavaFX thread, once it is set). */
    public void restore() {
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.DISPLAY, display);
        Locale.setDefault(Locale.Category.FORMAT, format);
        TimeZone.setDefault(zone);
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
        if (!Objects.equals(Application.getUserAgentStylesheet(), userAgentStylesheet)) {
            Runnable set = () -> Application.setUserAgentStylesheet(userAgentStylesheet);
            if (Platform.isFxApplicationThread()) {
                set.run();
            } else {
                try {
                    WaitForAsyncUtils.asyncFx(set).get(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted restoring the stylesheet", e);
                } catch (ExecutionException | TimeoutException e) {
                    throw new AssertionError("the stylesheet could not be restored", e);
                }
            }
        }
    }

    /** The names of the defaults that differ in {@code now} from these, e.g. {@code [userAgentStylesheet]}. */
    public List<String> changedIn(JvmDefaults now) {
        var changed = new ArrayList<String>();
        if (!Objects.equals(userAgentStylesheet, now.userAgentStylesheet)) {
            changed.add("userAgentStylesheet");
        }
        if (uncaught != now.uncaught) {
            changed.add("uncaught");
        }
        if (!locale.equals(now.locale) || !display.equals(now.display) || !format.equals(now.format)) {
            changed.add("locale");
        }
        if (!zone.equals(now.zone)) {
            changed.add("zone");
        }
        return changed;
    }
}
