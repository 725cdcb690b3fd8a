package org.genaiplan.ui.project;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import org.genaiplan.ui.input.DatePickers;

/**
 * A date picker bound to a view-model date, with a prompt and a tooltip; its text is written and read as
 * every date picker's ({@link DatePickers}).
 */
final class DateField {
    private DateField() {
    }

    static DatePicker of(String id, ObjectProperty<LocalDate> value, String prompt, String tip) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        DatePickers.iso(picker);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        picker.setTooltip(tooltip);
        if (value != null) {
            picker.valueProperty().bindBidirectional(value);
        }
        return picker;
    }
}
