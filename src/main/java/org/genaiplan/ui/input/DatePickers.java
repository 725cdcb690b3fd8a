package org.genaiplan.ui.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The one way every date picker of the window writes and reads its text: dates shown as the sheet shows them
 * (ISO, {@code 2026-12-25}, whatever the system's locale), and typed text read as a date cell reads it (ISO,
 * {@code Fri 2026-12-25} or the locale's short date). Blank is no date; text that is no date keeps the date
 * the picker had rather than clearing it.
 */
public final class DatePickers {
    private DatePickers() {
    }

    /** Makes {@code picker} editable with ISO dates; returns it. */
    public static DatePicker iso(DatePicker picker) {
        return shown(picker, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Makes {@code picker} editable, showing its date with {@code format}; returns it. */
    public static DatePicker shown(DatePicker picker, DateTimeFormatter format) {
        picker.setEditable(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : format.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return CellInput.dateIfAny(text).orElse(picker.getValue());
            }
        });
        return picker;
    }
}
