package app.delegations.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.cli.ValidateCommand;
import app.delegations.data.Archive;
import app.delegations.data.edit.EditArchive;
import app.delegations.data.edit.RecordCheck;
import app.delegations.data.save.Recovery;
import app.delegations.data.write.CanonicalWriter;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestArchive;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a partner city from the congress archive, as the officer did (officer5 D2), in Polish: the question lists
 * the four events Košice leaves; the congress, its other 14 partners and Kraków's presentations stay; the saved
 * files pass the validator and the schema; Undo brings Košice back with every reference.
 */
class DeletePartnerTest {
    private static final String SCHEMA = "/app/delegations/data/bundled/schema/delegations.schema.json";
    private static final Messages PL = Messages.of(UiLanguage.POLISH);

    @TempDir
    Path dir;
    private Path folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private EditSession session;
    private EditCommands commands;
    private Dataset before;

    @BeforeEach
    void open() {
        folder = TestArchive.congressCopy(dir, "archiwum");
        RecordCheck check = EditArchive.check();
        session = new EditSession(check, (data, changed) -> { });
        var saving = new ArchiveSaving(session, check, EditArchive.loader(), CanonicalWriter::write, dialogs,
                () -> PL, Runnable::run, p -> { });
        var autosave = new Autosave(session, saving, check, new Recovery(), (period, task) -> () -> { }, dialogs,
                () -> PL);
        commands = new EditCommands(session, saving, autosave, dialogs, () -> PL, Runnable::run, p -> { });
        Archive archive = EditArchive.open(folder);
        assertTrue(archive.result().ok(), () -> archive.result().problems().toString());
        before = archive.result().datasetOrNull();
        commands.shown(before, archive);
    }

    private static List<String> participants(Dataset data, String event) {
        return data.event(event).orElseThrow().participants().stream().map(Participation::place).toList();
    }

    @Test
    void kosiceLeavesTheEventsItAttendedSavedValidAndUndoneWithEveryReference() throws IOException {
        dialogs.choices.add(0);
        assertTrue(commands.delete(before.place("kosice").orElseThrow()).join());

        RecordingDialogs.Choice asked = dialogs.askedCarefully.get(0);
        List<String> attended = List.of("congress-2016", "visit-it-universities-2016-11-29",
                "visit-city-units-2016-11-29", "conference-smolny-2016-11-30");
        var expected = new StringBuilder("Usunąć rekord: miejsce Koszyce (kosice)?\n\n"
                + "Zniknie też z listy uczestników 4 wydarzeń:");
        attended.forEach(id -> expected.append("\n• ").append(Labels.of(before.event(id).orElseThrow(), PL)));
        expected.append("\n\nNic więcej się nie zmieni. Edycja › Cofnij (Ctrl+Z) przywróci wszystko. Jeśli "
                + "anulujesz, nic nie zostanie usunięte.");
        assertEquals(expected.toString(), asked.message());
        assertEquals(List.of("_Usuń", "Anuluj"), asked.choices(), "only Košice goes: no count of records");

        Dataset after = session.dataset();
        assertTrue(after.place("kosice").isEmpty());
        assertEquals(before.places().size() - 1, after.places().size());
        assertEquals(before.events().size(), after.events().size(), "no event deleted");
        assertEquals(14, participants(after, "congress-2016").size());
        for (String id : attended) {
            assertEquals(participants(before, id).stream().filter(p -> !p.equals("kosice")).toList(),
                    participants(after, id), id);
        }
        for (Event e : before.events()) {
            if (!attended.contains(e.id())) {
                assertEquals(e, after.event(e.id()).orElseThrow(), e.id() + " untouched");
            }
        }

        assertTrue(commands.save());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = ValidateCommand.run(List.of("--lang", "en", folder.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, () -> out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        Archive saved = EditArchive.open(folder);
        assertEquals(List.of(), saved.result().problems(), "the saved archive reads with no problem at all");
        assertEquals(List.of(), schemaErrors(folder.resolve("congress-2016.json")));

        assertTrue(session.undo().join());
        Dataset undone = session.dataset();
        assertEquals(before.place("kosice"), undone.place("kosice"));
        assertEquals(before.events(), undone.events(), "Košice back among the participants of every event, in place");
        assertEquals(before.places(), undone.places());
        assertTrue(commands.save());
        assertEquals(before.events(), EditArchive.open(folder).result().datasetOrNull().events(), "and on disk");
    }

    private static List<String> schemaErrors(Path file) throws IOException {
        var json = new ObjectMapper();
        try (InputStream in = DeletePartnerTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "not on the classpath: " + SCHEMA);
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH)
                    .build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(json.readTree(in), config);
            return schema.validate(json.readTree(file.toFile())).stream().map(Object::toString).toList();
        }
    }
}
