package app.delegations.data;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources as files on disk (the loader reads files, and their source texts beside them). */
final class TestFiles {
    private TestFiles() {
    }

    static Path resource(String name) {
        URL url = TestFiles.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Path fixture() {
        return resource("fixtures/valid/delegations.json");
    }
}
