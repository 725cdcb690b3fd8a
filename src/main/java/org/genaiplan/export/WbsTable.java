package org.genaiplan.export;

import java.util.List;

/**
 * A table read from a sheet or CSV file: its header cells and its data rows. A cell value is a String, a
 * Double, a {@link java.time.LocalDateTime} (date cells), or null for an empty cell.
 */
record WbsTable(List<String> headers, List<Row> rows) {

    /** One data row; {@code number} is the row number the file shows (1-based, header included). */
    record Row(int number, List<Object> values) {
        Object get(int column) {
            return column < 0 || column >= values.size() ? null : values.get(column);
        }

        boolean blank() {
            for (Object v : values) {
                if (v != null && !(v instanceof String s && s.isBlank())) {
                    return false;
                }
            }
            return true;
        }
    }
}
