package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The loader keeps no state between loads (two loads on two threads cannot disturb each other): no class of
 * the loader's package has a static field that is not final, or a static counter (an atomic number).
 */
class NoStaticStateTest {

    @Test
    void theLoaderHasNoStaticMutableState() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(DatasetLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("app/delegations/data");
        List<String> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .forEach(n -> classes.add("app.delegations.data." + n.substring(0, n.length() - ".class".length())));
        }
        assertTrue(classes.size() > 20, "the loader's classes are found: " + classes);
        List<String> mutable = new ArrayList<>();
        for (String name : classes) {
            for (Field f : Class.forName(name, false, getClass().getClassLoader()).getDeclaredFields()) {
                int m = f.getModifiers();
                boolean counter = f.getType().getPackageName().equals("java.util.concurrent.atomic");
                if (Modifier.isStatic(m) && !f.isSynthetic() && (!Modifier.isFinal(m) || counter)) {
                    mutable.add(name + "." + f.getName());
                }
            }
        }
        assertEquals(List.of(), mutable);
    }
}
