package org.genaiplan.export;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: landscape, scaled to {@code pagesWide} pages across and as many pages down as it takes,
 * its header rows (and the Gantt's task columns) repeated on every page, a print area, margins, the plan's name
 * and the sheet's in the page header and "Page n of m" in the footer.
 *
 * @param lastRow      the last row printed (0-based)
 * @param lastColumn   the last column printed (0-based); columns right of it stay on screen only
 * @param headerRows   rows at the top repeated on every page (0 for none)
 * @param titleColumns columns at the left repeated on every page (0 for none)
 * @param pagesWide    pages across that the print area is scaled to
 * @param gridlines    whether cell gridlines print (for tables, so columns stay apart on paper)
 */
record PageSetup(int lastRow, int lastColumn, int headerRows, int titleColumns, int pagesWide, boolean gridlines) {
    static final String PAGE_NUMBERS = "Page &P of &N";
    /** Characters of column width that print across a landscape page at a readable size (about 80 %). */
    static final int PAGE_CHARS = 190;
    static final double SIDE_MARGIN = 0.4;
    static final double END_MARGIN = 0.6;
    static final double HEADER_MARGIN = 0.25;
    /** The most characters of the plan's name the page header holds (Excel keeps a header to 255 in all). */
    static final int MAX_NAME = 120;

    /** A table: one page wide, its header row repeated, gridlines printed. */
    static PageSetup table(int lastRow, int lastColumn) {
        return new PageSetup(lastRow, lastColumn, 1, 0, 1, true);
    }

    /** Pages across for a sheet whose printed columns add up to {@code chars} characters. */
    static int pagesFor(int chars) {
        return Math.max(1, (chars + PAGE_CHARS - 1) / PAGE_CHARS);
    }

    void apply(Workbook wb, Sheet sheet, String planName) {
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) pagesWide);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        sheet.setPrintGridlines(gridlines);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        if (titleColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, titleColumns - 1));
        }
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, Math.max(0, lastColumn), 0, Math.max(0, lastRow));
        sheet.getHeader().setLeft(headerText(planName));
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setCenter(PAGE_NUMBERS);
    }

    /** The plan's name as header text: ampersands doubled (a single one starts a code), cut to {@link #MAX_NAME}. */
    static String headerText(String name) {
        String text = name == null ? "" : name.strip().replaceAll("[\\r\\n\\t]+", " ");
        if (text.length() > MAX_NAME) {
            text = text.substring(0, MAX_NAME - 1) + "\u2026";
        }
        return text.replace("&", "&&");
    }
}
