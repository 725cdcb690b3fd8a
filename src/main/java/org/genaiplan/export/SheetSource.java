package org.genaiplan.export;

import java.io.IOException;
import java.util.List;

/** The sheets of an imported workbook, read row by row so that no sheet is held whole in memory. */
interface SheetSource extends AutoCloseable {
    /** The most columns a row can have (Excel's own limit); cells beyond are not read. */
    int MAX_COLUMNS = 16_384;
    /** The most rows a sheet can have (Excel's own limit); a sheet with more is not a workbook Excel wrote. */
    int MAX_ROWS = 1_048_576;

    /** Sheet names in workbook order. */
    List<String> sheets();

    /**
     * Hands each row of the sheet to {@code visitor} until it returns false. A row's values are indexed by
     * column: a String, a Double, a {@link java.time.LocalDateTime} (date cells), or null for an empty cell.
     */
    void rows(String sheet, RowVisitor visitor) throws IOException, ImportException;

    @Override
    void close() throws IOException;

    @FunctionalInterface
    interface RowVisitor {
        /** {@code number} is the row number the sheet shows (1-based); false stops the reading. */
        boolean row(int number, List<Object> values) throws ImportException;
    }
}
