package org.genaiplan.export;

import org.apache.poi.ss.usermodel.Sheet;

/** Tracks the longest text per column while rows stream out, then sets widths that fit (within limits). */
final class ColumnWidths {
    private final int[] chars;
    private final int min;
    private final int max;

    ColumnWidths(int columns, int min, int max) {
        this.chars = new int[columns];
        this.min = min;
        this.max = max;
    }

    void see(int col, String text) {
        see(col, text == null ? 0 : text.length());
    }

    void see(int col, int length) {
        if (col < chars.length && length > chars[col]) {
            chars[col] = length;
        }
    }

    void apply(Sheet sheet) {
        for (int c = 0; c < chars.length; c++) {
            int w = Math.min(max, Math.max(min, chars[c] + 2));
            sheet.setColumnWidth(c, w * 256);
        }
    }
}
