package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table relabelled in place (a language switch that keeps the views): a header given a longer text at the width
 * its column had is read whole at once — its column no narrower than its longest word, the header row two lines
 * high — without waiting for some other re-layout.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class DataTableHeadersTest {
    private enum Column implements DataColumn<String> {
        NAME, LAST;

        @Override
        public ColumnSpec spec() {
            return this == NAME ? new ColumnSpec("hName", "places.column.name", 200, Look.MATCHES)
                    : new ColumnSpec("hLast", "places.column.meetings", 90, Look.TEXT);
        }

        @Override
        public String text(String row) {
            return row;
        }
    }

    private DataTable<String> table;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        table = DataTable.of("headersTable", List.of(Column.values()), keys -> {
        }, Messages.of(UiLanguage.ENGLISH), "places.title").show(FXCollections.observableArrayList("Kraków", "Sofia"));
        var scene = new Scene(table.view(), 600, 300);
        scene.getStylesheets().add(DataTableHeadersTest.class.getResource("/app/delegations/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aHeaderRelabelledInPlaceIsReadWholeAtOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<String, ?> last = fx(() -> table.view().getColumns().get(1));
        robot.interact(() -> {
            last.setPrefWidth(40); // as remembered for a short header
            last.setText("Ostatnie spotkanie");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node header = fx(() -> table.view().lookup("#hLast"));
        Labeled label = fx(() -> (Labeled) header.lookup(".label"));
        Text shown = fx(() -> label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                .map(n -> (Text) n).findFirst().orElseThrow());
        assertEquals("Ostatnie spotkanie", fx(shown::getText).replaceAll("\\s+", " ").strip(), "not cut");
        double word = fx(() -> {
            var measure = new Text("spotkanie");
            measure.setFont(shown.getFont());
            return measure.getLayoutBounds().getWidth();
        });
        assertTrue(fx(shown::getWrappingWidth) <= 0 || word <= fx(shown::getWrappingWidth) + 0.5,
                "the longest word on one line");
        Bounds text = fx(() -> shown.localToScene(shown.getLayoutBounds()));
        Bounds room = fx(() -> header.localToScene(header.getLayoutBounds()));
        assertTrue(text.getMaxY() <= room.getMaxY() + 0.5 && text.getMinY() >= room.getMinY() - 0.5,
                "both lines within the header: " + text + " in " + room);
    }
}
