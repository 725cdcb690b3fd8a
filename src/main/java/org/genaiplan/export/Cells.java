package org.genaiplan.export;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes cells; user text always as a text cell, quote-prefixed when it looks like a formula. Every value is
 * written so that a workbook can hold it: text longer than a cell takes is cut with a note, a number that is
 * not finite leaves the cell empty, and a date outside the years a workbook counts (1900 to 9999) is written
 * as ISO text.
 */
final class Cells {
    /** The most characters an Excel cell holds. */
    static final int MAX_CELL_CHARS = 32_767;
    static final String CUT = " [cut: too long for one cell]";

    private final Styles styles;

    Cells(Styles styles) {
        this.styles = styles;
    }

    Cell text(Row row, int col, String value) {
        return text(row, col, value, false, 0);
    }

    Cell text(Row row, int col, String value, boolean bold, int indent) {
        return text(row, col, value, bold, indent, false);
    }

    /** Text that may run long (a name, a mitigation, a note): it wraps within its column. */
    Cell sentence(Row row, int col, String value) {
        return text(row, col, value, false, 0, true);
    }

    Cell sentence(Row row, int col, String value, boolean bold, int indent) {
        return text(row, col, value, bold, indent, true);
    }

    private Cell text(Row row, int col, String value, boolean bold, int indent, boolean wrap) {
        Cell c = row.createCell(col);
        if (value == null || value.isEmpty()) {
            if (bold || indent > 0) {
                c.setCellStyle(styles.text(bold, indent, false, wrap));
            }
            return c;
        }
        c.setCellValue(fit(value));
        boolean quote = SafeText.looksLikeFormula(value);
        if (bold || indent > 0 || quote || wrap) {
            c.setCellStyle(styles.text(bold, indent, quote, wrap));
        }
        return c;
    }

    Cell styled(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(fit(value));
        c.setCellStyle(style);
        return c;
    }

    Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        if (Double.isFinite(value)) {
            c.setCellValue(value);
        }
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    Cell date(Row row, int col, LocalDateTime value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && inWorkbookYears(value)) {
            c.setCellValue(value);
            c.setCellStyle(style);
        } else if (value != null) {
            c.setCellValue(value.toLocalDate().toString());
        } else {
            c.setCellStyle(style);
        }
        return c;
    }

    /** Whether a workbook can hold the moment as a date (Excel counts days from 1900 to 9999). */
    static boolean inWorkbookYears(LocalDateTime value) {
        return value.getYear() >= 1900 && value.getYear() <= 9999;
    }

    /** Text cut to what one cell holds. */
    static String fit(String value) {
        if (value == null || value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        int end = MAX_CELL_CHARS - CUT.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + CUT;
    }

    /** A formula with its computed value cached, so that readers that do not recalculate show it. */
    Cell formula(Row row, int col, String formula, double cached, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        c.setCellValue(Double.isFinite(cached) ? cached : 0);
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    /** Header cells in one row. */
    void headers(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            styled(row, i, names[i], styles.header);
        }
    }
}
