package org.genaiplan.export;

/** Something wrong in one row of an imported table; {@code row} is the row number a spreadsheet shows (1-based). */
public record ImportProblem(int row, String message) {
    @Override
    public String toString() {
        return row > 0 ? "Row " + row + ": " + message : message;
    }
}
