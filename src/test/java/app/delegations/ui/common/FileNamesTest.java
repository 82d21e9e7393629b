package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.text.Msg;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A name the app proposes is one Windows accepts; a name Windows would refuse is told with its reason. */
class FileNamesTest {
    private static final FileKind XLSX = ExportFormat.XLSX.kind();

    @Test
    void aProposedNameLosesTheCharactersWindowsForbids() {
        assertEquals("raport - Serbia.xlsx", FileNames.safe("raport: Serbia?.xlsx", XLSX, "x"));
        assertEquals("a - b - c 'd' e - f.xlsx", FileNames.safe("a/b\\c \"d\" <e>*|f", XLSX, "x"));
        assertEquals("tab and line.xlsx", FileNames.safe("tab\tand\nline", XLSX, "x"));
        for (String name : List.of("raport: Serbia?", "a/b\\c \"d\" <e>*|f", "x\u0001y", "2016/17: who?")) {
            String safe = FileNames.safe(name, XLSX, "x");
            assertEquals(Optional.empty(), FileNames.problem(safe), safe);
        }
    }

    @Test
    void aProposedNameEndsInNoDotOrSpaceAndIsNoDevice() {
        assertEquals("Kraków.pdf", FileNames.safe("Kraków. . ", FileKind.PDF, "x"));
        assertEquals("CON_.png", FileNames.safe("CON", FileKind.PNG, "x"));
        assertEquals("nul_.backup.png", FileNames.safe("nul.backup", FileKind.PNG, "x"));
        assertEquals("Console.png", FileNames.safe("Console", FileKind.PNG, "x"), "only the device names themselves");
        assertEquals("Delegations.xlsx", FileNames.safe("?:*", XLSX, "Delegations"), "nothing left: the fallback");
    }

    @Test
    void aProposedNameIsCappedBeforeItsExtension() {
        String safe = FileNames.safe("ł".repeat(300), XLSX, "x");
        assertEquals("ł".repeat(FileNames.MAX_BASE) + ".xlsx", safe);
    }

    @Test
    void aChosenNameWithForbiddenCharactersIsToldWhich() {
        assertEquals(Optional.of(Msg.count("file.name.forbidden", 1, 1, "a:b.xlsx", ":")),
                FileNames.problem("a:b.xlsx"));
        assertEquals(Optional.of(Msg.count("file.name.forbidden", 3, 3, "raport: Serbia?*?.xlsx", ": ? *")),
                FileNames.problem("raport: Serbia?*?.xlsx"));
        assertEquals(Optional.of(Msg.count("file.name.forbidden", 1, 1, "a\tb.csv", "U+0009")),
                FileNames.problem("a\tb.csv"));
        assertEquals(Optional.of(Msg.of("file.name.device", "aux.csv", "AUX")), FileNames.problem("aux.csv"));
        assertEquals(Optional.of(Msg.of("file.name.end", "a.csv.")), FileNames.problem("a.csv."));
        assertEquals(Optional.empty(), FileNames.problem("Miejsca – Serbia (2016).xlsx"));
    }

    @Test
    void theRefusalSaysTheCharactersInTheOfficersLanguage() {
        Msg refused = FileNames.problem("a:b.xlsx").orElseThrow();
        assertEquals("The name “a:b.xlsx” contains the character “:”, which Windows does not allow in a file name; a colleague on"
                + " Windows could not open it.", Messages.of(UiLanguage.ENGLISH).text(refused));
        String polish = Messages.of(UiLanguage.POLISH).text(FileNames.problem("a:b?.xlsx").orElseThrow());
        assertTrue(polish.startsWith("Nazwa „a:b?.xlsx” zawiera znaki „: ?”"), polish);
    }
}
