package org.genaiplan.export;

import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.genaiplan.model.ScoreBand;

/**
 * The 5 x 5 probability x impact heat map as a range of cells: a caption over the grid, a header row of
 * impacts 1 to 5, then probability 5 down to 1, each cell filled with its score band's colour and holding the
 * number of open risks rated so (blank for none). The counts are COUNTIFS formulas over the Risks sheet's
 * register carrying the count as their cached value, so they follow a changed rating.
 *
 * @param sheet   the sheet the grid is on
 * @param prefix  how the grid's formulas name the register's sheet: empty on the Risks sheet, {@code Risks!} elsewhere
 * @param risks   rows of the register (risks listed), 0 for none: the counts are then plain numbers
 * @param caption the text over the grid
 */
record HeatMapCells(Sheet sheet, String prefix, int risks, String caption) {
    /** Rows the map takes: caption, header, five probabilities. */
    static final int ROWS = 7;
    /** Columns the map takes: the probability labels and five impacts. */
    static final int COLUMNS = 6;
    static final String CORNER = "P \\ I";

    /**
     * Writes the map with its caption on row {@code firstRow} and probability labels in column {@code firstCol};
     * {@code rowAt} gives the sheet's row (made or still in memory); {@code counts[p - 1][i - 1]} are the counts.
     */
    void write(IntFunction<Row> rowAt, int firstRow, int firstCol, int[][] counts, ExportContext ctx) {
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        cells.styled(rowAt.apply(firstRow), firstCol, caption, st.text(true, 0, false, true));
        sheet.addMergedRegion(new CellRangeAddress(firstRow, firstRow, firstCol, firstCol + COLUMNS - 1));
        Row head = rowAt.apply(firstRow + 1);
        cells.styled(head, firstCol, CORNER, st.filled(Styles.HEADER, true, true));
        for (int i = 1; i <= 5; i++) {
            cells.number(head, firstCol + i, i, st.filled(Styles.HEADER, true, true));
        }
        for (int p = 5; p >= 1; p--) {
            Row row = rowAt.apply(firstRow + 2 + (5 - p));
            cells.number(row, firstCol, p, st.filled(Styles.HEADER, true, true));
            for (int i = 1; i <= 5; i++) {
                int count = counts[p - 1][i - 1];
                if (risks == 0) {
                    cells.number(row, firstCol + i, count, st.heatCell(colour(ScoreBand.of(p * i))));
                } else {
                    cells.formula(row, firstCol + i, countIfs(p, i), count, st.heatCell(colour(ScoreBand.of(p * i))));
                }
            }
        }
    }

    /** The open risks of the register rated {@code p} and {@code i}. */
    String countIfs(int p, int i) {
        return "COUNTIFS(" + column(RisksSheet.PROBABILITY) + "," + p + "," + column(RisksSheet.IMPACT) + "," + i
                + "," + column(RisksSheet.STATUS) + ",\"<>Closed\")";
    }

    private String column(int c) {
        String letter = CostsSheet.col(c);
        return prefix + "$" + letter + "$2:$" + letter + "$" + (risks + 1);
    }

    static byte[] colour(ScoreBand band) {
        return switch (band) {
            case GREEN -> Styles.GREEN;
            case AMBER -> Styles.AMBER;
            case RED -> Styles.RED;
        };
    }
}
