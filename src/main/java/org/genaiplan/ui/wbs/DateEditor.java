package org.genaiplan.ui.wbs;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;
import org.genaiplan.ui.input.CellInput;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor of a date cell: a text field for typed dates (ISO, as the sheet shows them, or the system's short
 * form) and a button, or Alt+Down, that opens a month calendar under the cell; a day picked there is kept.
 */
final class DateEditor extends HBox {
    private final TextField field;
    private final Consumer<LocalDate> picked;
    private Popup calendar;

    DateEditor(String text, Consumer<LocalDate> picked) {
        this.picked = picked;
        this.field = new TextField(text);
        field.getStyleClass().add("wbs-editor");
        HBox.setHgrow(field, Priority.ALWAYS);
        Button open = new Button(null, new FontIcon("mdi2c-calendar-month-outline"));
        open.getStyleClass().add("date-editor-button");
        open.setFocusTraversable(false);
        open.setTooltip(new Tooltip("Pick a day in a calendar (Alt+Down)"));
        open.setOnAction(e -> openCalendar());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                e.consume();
                openCalendar();
            }
        });
        getStyleClass().add("date-editor");
        getChildren().addAll(field, open);
    }

    TextField field() {
        return field;
    }

    /** Whether the calendar is open (the field may have lost the focus to it). */
    boolean isCalendarOpen() {
        return calendar != null && calendar.isShowing();
    }

    private void openCalendar() {
        DatePicker picker = new DatePicker(CellInput.dateIfAny(field.getText()).orElse(LocalDate.now()));
        picker.setShowWeekNumbers(false);
        DatePickerSkin skin = new DatePickerSkin(picker);
        calendar = new Popup();
        calendar.setAutoHide(true);
        calendar.getContent().add(skin.getPopupContent());
        picker.valueProperty().addListener((obs, was, day) -> {
            calendar.hide();
            if (day != null) {
                picked.accept(day);
            }
        });
        calendar.setOnHidden(e -> field.requestFocus());
        Bounds at = localToScreen(getBoundsInLocal());
        if (at != null && getScene() != null) {
            calendar.show(getScene().getWindow(), at.getMinX(), at.getMaxY());
        }
    }
}
