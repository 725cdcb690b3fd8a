package org.genaiplan.export;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Tracks the longest text per column while rows stream out, then sets widths that fit (within limits). Header
 * cells wrap, so a header counts by its longest word; a column of sentences gets a lower limit of its own
 * ({@link #cap}) and its cells wrap at that width.
 */
final class ColumnWidths {
    /** Height of one line of text (11 pt type), and the tallest row a spreadsheet allows. */
    static final float LINE_POINTS = 15;
    static final float MAX_ROW_POINTS = 409;
    /**
     * Characters of text a column's width holds per character of width: widths count the digit 0, and a line of
     * proportional text (bold included) averages a little narrower. Set low enough that no wrapped line is missed.
     */
    private static final double CHARS_PER_WIDTH = 1.08;

    private final int[] chars;
    private final int[] max;
    private final int min;

    ColumnWidths(int columns, int min, int max) {
        this.chars = new int[columns];
        this.max = new int[columns];
        Arrays.fill(this.max, max);
        this.min = min;
    }

    /** The column is no wider than {@code limit} characters: its text wraps there. */
    ColumnWidths cap(int col, int limit) {
        if (col < max.length) {
            max[col] = limit;
        }
        return this;
    }

    void see(int col, String text) {
        see(col, text == null ? 0 : text.length());
    }

    void see(int col, int length) {
        if (col < chars.length && length > chars[col]) {
            chars[col] = length;
        }
    }

    /** A header, which wraps between its words: the column is at least as wide as its longest word. */
    void header(int col, String text) {
        int longest = 0;
        for (String word : text.split(" ")) {
            longest = Math.max(longest, word.length());
        }
        see(col, longest);
    }

    /** The width in characters the column will get. */
    int width(int col) {
        return Math.min(max[col], Math.max(min, chars[col] + 2));
    }

    /** The widths of all columns added up, in characters. */
    int total() {
        int sum = 0;
        for (int c = 0; c < chars.length; c++) {
            sum += width(c);
        }
        return sum;
    }

    /**
     * Grows the row to the lines {@code text} takes once it wraps in the column ({@code indent} characters in):
     * spreadsheets do not fit a row's height to wrapped text themselves when they open a file. The count is for
     * the column's limit: a column that ends narrower holds every text of it on one line anyway.
     */
    void fit(Row row, int col, String text, int indent) {
        fit(row, text, max[col] - indent);
    }

    /** Grows the row to the lines {@code text} takes in a column {@code chars} characters wide. */
    static void fit(Row row, String text, int chars) {
        int lines = lines(text, (int) ((chars - 1) * CHARS_PER_WIDTH));
        if (lines > 1) {
            float points = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
            if (points > row.getHeightInPoints()) {
                row.setHeightInPoints(points);
            }
        }
    }

    void fit(Row row, int col, String text) {
        fit(row, col, text, 0);
    }

    /** A header row of wrapped names gets two lines. */
    static void header(Row row) {
        row.setHeightInPoints(2 * LINE_POINTS);
    }

    /** Lines of {@code text} wrapped at {@code perLine} characters, between words where it can. */
    static int lines(String text, int perLine) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int width = Math.max(1, perLine);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > width) {
                    lines++;
                    used = 0;
                }
                if (len > width) {
                    lines += (len - 1) / width;
                    len = (len - 1) % width + 1;
                }
                used += used == 0 ? len : 1 + len;
            }
            if (lines > MAX_ROW_POINTS / LINE_POINTS) {
                break;
            }
        }
        return lines;
    }

    void apply(Sheet sheet) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, width(c) * 256);
        }
    }
}
