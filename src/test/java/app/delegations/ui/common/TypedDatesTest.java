package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A date typed into a date field (a form's, File › New source's, the filter's) is read in the window's language, and
 * text that is not a date keeps the date there was and is reported, instead of an error escaping when the officer
 * leaves the field (the JavaFX default converter, in the system's language, threw it from the focus change).
 */
@ExtendWith(ApplicationExtension.class)
class TypedDatesTest {
    private final List<Throwable> escaped = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private DatePicker picker;

    @Start
    void start(Stage stage) {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> escaped.add(e));
        picker = TypedDates.reading(new DatePicker(), new DateText(Locale.forLanguageTag("pl-PL")), refused::add);
        picker.setId("date");
        var next = new TextField();
        next.setId("next");
        stage.setScene(new Scene(new VBox(picker, next), 300, 200));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        fx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(before);
            return null;
        });
    }

    private void typeAndLeave(FxRobot robot, String text) throws Exception {
        fx(() -> {
            picker.getEditor().setText(text);
            return null;
        });
        robot.clickOn(picker.getEditor()).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPolishDateIsReadAndNotADateKeepsTheDateAndIsReported(FxRobot robot) throws Exception {
        typeAndLeave(robot, "12.03.2025");
        assertEquals(LocalDate.of(2025, 3, 12), fx(picker::getValue));

        typeAndLeave(robot, "31.02.2016");
        assertEquals(LocalDate.of(2025, 3, 12), fx(picker::getValue), "the date there was stays");
        assertEquals("31.02.2016", fx(() -> refused.get(refused.size() - 1)), "the field is told what was refused");

        typeAndLeave(robot, "12 Mar 2025"); // English, in a Polish window
        assertEquals(LocalDate.of(2025, 3, 12), fx(picker::getValue));
        typeAndLeave(robot, "2016-11-29");
        assertEquals(LocalDate.of(2016, 11, 29), fx(picker::getValue), "ISO is read in every language");
        assertEquals(List.of(), fx(() -> List.copyOf(escaped)), "no error escapes when the field loses the focus");
    }
}
