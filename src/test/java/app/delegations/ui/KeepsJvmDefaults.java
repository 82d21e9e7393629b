package app.delegations.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test that starts the window or sets the app's theme: the JVM's defaults ({@link JvmDefaults}) are taken
 * before the test and its set-up and put back after its teardown. Registered before TestFX's
 * {@code ApplicationExtension}, it takes them before {@code @Start} and puts them back last.
 */
public final class KeepsJvmDefaults implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace KEPT = ExtensionContext.Namespace.create(KeepsJvmDefaults.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(KEPT).put(JvmDefaults.class, JvmDefaults.now());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        JvmDefaults before = context.getStore(KEPT).remove(JvmDefaults.class, JvmDefaults.class);
        if (before != null) {
            before.restore();
        }
    }
}
