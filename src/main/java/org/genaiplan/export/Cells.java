package org.genaiplan.export;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes cells; user text always as a text cell, quote-prefixed when it looks like a formula. */
final class Cells {
    private final Styles styles;

    Cells(Styles styles) {
        this.styles = styles;
    }

    Cell text(Row row, int col, String value) {
        return text(row, col, value, false, 0);
    }

    Cell text(Row row, int col, String value, boolean bold, int indent) {
        Cell c = row.createCell(col);
        if (value == null || value.isEmpty()) {
            if (bold || indent > 0) {
                c.setCellStyle(styles.text(bold, indent, false));
            }
            return c;
        }
        c.setCellValue(value);
        boolean quote = SafeText.looksLikeFormula(value);
        if (bold || indent > 0 || quote) {
            c.setCellStyle(styles.text(bold, indent, quote));
        }
        return c;
    }

    Cell styled(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    Cell date(Row row, int col, LocalDateTime value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    /** A formula with its computed value cached, so that readers that do not recalculate show it. */
    Cell formula(Row row, int col, String formula, double cached, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        c.setCellValue(cached);
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
