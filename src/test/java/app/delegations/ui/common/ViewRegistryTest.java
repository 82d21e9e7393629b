package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.delegations.index.DatasetIndex;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** The registry keeps the views in tab order and applies the steps of every feature by phase. */
class ViewRegistryTest {

    private record Step(String name, DatasetStep.Phase phase) implements DatasetStep<Void> {
        @Override
        public void apply(DatasetIndex index, Messages messages, Void prepared) {
        }
    }

    private record Pane(List<DatasetStep<?>> steps) implements Feature {
        @Override
        public Node create(ViewContext context) {
            return null;
        }

        @Override
        public void dispose() {
        }
    }

    private record View(String tabId, List<DatasetStep<?>> steps) implements ViewFeature {
        @Override
        public String tabKey() {
            return "tab." + tabId;
        }

        @Override
        public String menuId() {
            return "menu" + tabId;
        }

        @Override
        public String menuKey() {
            return "menu.view." + tabId;
        }

        @Override
        public Node create(ViewContext context) {
            return null;
        }

        @Override
        public void dispose() {
        }
    }

    @Test
    void viewsInTabOrderAndStepsByPhaseThenInTheOrderRegistered() {
        var timeline = new Step("timeline", DatasetStep.Phase.LAST);
        var places = new Step("places", DatasetStep.Phase.FIRST_VIEW);
        var countries = new Step("countries", DatasetStep.Phase.VIEWS);
        var details = new Step("details", DatasetStep.Phase.VIEWS);
        var filter = new Step("filter", DatasetStep.Phase.FILTER);
        var a = new View("a", List.of(timeline));
        var b = new View("b", List.of(places));
        var c = new View("c", List.of(countries));
        var registry = new ViewRegistry().view(a).view(b).right(new Pane(List.of(details))).view(c)
                .left(new Pane(List.of(filter)));
        assertEquals(List.of(a, b, c), registry.views());
        assertEquals(List.of(filter, places, details, countries, timeline), registry.steps());
    }
}
