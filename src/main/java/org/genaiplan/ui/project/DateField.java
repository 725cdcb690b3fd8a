package org.genaiplan.ui.project;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * A date picker bound to a view-model date that shows ISO dates (2026-12-25) and also reads the system
 * locale's short date; text it cannot read leaves the date as it was rather than clearing it.
 */
final class DateField {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

    private DateField() {
    }

    static DatePicker of(String id, ObjectProperty<LocalDate> value, String prompt, String tip) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setEditable(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text, picker.getValue());
            }
        });
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        picker.setTooltip(tooltip);
        if (value != null) {
            picker.valueProperty().bindBidirectional(value);
        }
        return picker;
    }

    /** An ISO or locale short date; blank is no date; anything else keeps {@code current}. */
    static LocalDate parse(String text, LocalDate current) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t, LOCAL);
            } catch (DateTimeParseException again) {
                return current;
            }
        }
    }
}
