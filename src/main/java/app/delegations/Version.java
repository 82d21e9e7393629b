package app.delegations;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, as the build wrote it into version.properties. */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            var p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
