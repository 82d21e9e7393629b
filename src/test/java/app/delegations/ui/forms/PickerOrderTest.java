package app.delegations.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.model.Names;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an officer types into a picker puts the best match first, which Enter then takes. */
class PickerOrderTest {
    private static Option country(String code, String pl, String en) {
        return Option.named(code, pl + " (" + code + ")", new Names(pl, en, en));
    }

    private final List<Option> alphabetical = List.of(
            country("SA", "Arabia Saudyjska", "Saudi Arabia"),
            country("GB", "Brytyjskie Terytorium", "British Territory"),
            country("RU", "Rosja", "Russia"),
            country("SK", "Słowacja", "Slovakia"),
            country("SI", "Słowenia", "Slovenia"));

    private List<String> ordered(String typed) {
        var list = new ArrayList<>(alphabetical);
        list.sort(PickerOrder.by(typed));
        return list.stream().map(Option::value).toList();
    }

    @Test
    void aCountrysCodeTypedPutsThatCountryFirst() {
        assertEquals("SK", ordered("sk").get(0));
        assertEquals("SK", ordered("SK ").get(0));
    }

    @Test
    void aLabelStartingWithWhatIsTypedComesBeforeOneThatOnlyContainsIt() {
        assertEquals(List.of("SK", "SI", "SA", "GB", "RU"), ordered("slo"), "Słowacja, Słowenia by their start, in order");
        assertEquals(List.of("RU", "SA", "GB", "SK", "SI"), ordered("ros"));
        assertEquals("SA", ordered("saudi").get(0), "by another language's name");
    }
}
