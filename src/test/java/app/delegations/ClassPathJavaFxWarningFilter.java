package app.delegations;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops JavaFX's warning that it was loaded from the class path, which the tests do on purpose (see pom.xml,
 * surefire's {@code useModulePath}); every other record passes. Named in src/test/resources/logging.properties.
 */
public final class ClassPathJavaFxWarningFilter implements Filter {
    static final String WARNING = "Unsupported JavaFX configuration: classes were loaded from";

    @Override
    public boolean isLoggable(LogRecord record) {
        return record.getMessage() == null || !record.getMessage().startsWith(WARNING);
    }
}
