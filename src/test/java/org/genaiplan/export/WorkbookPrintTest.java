package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ScoreBand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the workbook prints: page setups, wrapped sentences, padded numbers, the heat map as coloured cells. */
class WorkbookPrintTest {
    @TempDir
    static Path dir;
    static Plan plan;
    static XSSFWorkbook wb;

    @BeforeAll
    static void exportChatbot() throws Exception {
        plan = ExportFixtures.chatbot();
        wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "chatbot.xlsx"));
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithTheNameAndPageNumbers() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            String name = sheet.getSheetName();
            assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
            assertThat(sheet.getFitToPage()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(name + ": one page wide").isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as(name + ": as many pages down as needed").isZero();
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
            assertThat(sheet.getHeader().getLeft()).as(name).isEqualTo(plan.name());
            assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).as(name).isEqualTo(PageSetup.SIDE_MARGIN);
            String quoted = name.contains(" ") ? "'" + name + "'" : name;
            assertThat(wb.getPrintArea(i)).as(name).startsWith(quoted + "!$A$1:").doesNotContain("#REF");
            if (!name.equals(SummarySheet.NAME)) {
                assertThat(sheet.getRepeatingRows()).as(name + ": its header row on every page")
                        .isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(sheet.isPrintGridlines()).as(name + ": gridlines keep the columns apart").isTrue();
            }
        }
        var drawing = wb.getSheetAt(0).getDrawingPatriarch().getCTDrawing();
        String summaryArea = wb.getPrintArea(0);
        assertThat(summaryArea).as("the Summary's chart data stays off the page").matches("Summary!\\$A\\$1:\\$K\\$\\d+");
        int lastPrinted = Integer.parseInt(summaryArea.substring(summaryArea.lastIndexOf('$') + 1));
        assertThat(lastPrinted).as("the cost charts printed")
                .isGreaterThan(drawing.getTwoCellAnchorArray(2).getTo().getRow() + 1);
        assertThat(lastPrinted).as("and the Gantt picture under them")
                .isGreaterThan(drawing.getOneCellAnchorArray(0).getFrom().getRow() + 1);
        assertThat(PageSetup.headerText("R&D plan")).isEqualTo("R&&D plan");
    }

    @Test
    void aLongTimelineTilesOverPagesWithTheTaskColumnsRepeated() throws Exception {
        Plan long_ = ExportFixtures.chatbot();
        org.genaiplan.model.Task last = long_.tasksInOrder().getLast();
        last.setDurationMinutes(480L * 700);
        new org.genaiplan.schedule.CpmScheduler().schedule(long_);
        try (XSSFWorkbook book = ExportFixtures.open(ExportFixtures.export(long_, dir, "long.xlsx"))) {
            XSSFSheet gantt = book.getSheet(GanttSheet.NAME);
            assertThat(gantt.getPrintSetup().getFitWidth()).isGreaterThan((short) 1);
            assertThat(gantt.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:D"));
        }
    }

    private static boolean wraps(XSSFSheet sheet, int col) {
        for (int r = 1; r <= 5; r++) {
            Cell c = sheet.getRow(r).getCell(col);
            if (c == null || !c.getCellStyle().getWrapText()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void sentencesWrapWithinTheirColumnsAndNumbersKeepAGap() {
        XSSFSheet wbs = wb.getSheet(WbsSheet.NAME);
        assertThat(wraps(wbs, WbsSheet.TASK_NAME)).isTrue();
        assertThat(wbs.getColumnWidth(WbsSheet.TASK_NAME)).isLessThanOrEqualTo(WbsSheet.NAME_WIDTH * 256);
        assertThat(wraps(wb.getSheet(RisksSheet.NAME), RisksSheet.TITLE)).isTrue();
        assertThat(wraps(wb.getSheet(RisksSheet.NAME), RisksSheet.MITIGATION)).isTrue();
        assertThat(wraps(wb.getSheet(CostsSheet.NAME), CostsSheet.TASK)).isTrue();
        assertThat(wraps(wb.getSheet(CostsSheet.NAME), CostsSheet.INPUTS)).isTrue();
        assertThat(wraps(wb.getSheet(GanttSheet.NAME), 1)).isTrue();
        assertThat(wb.getSheet(WbsSheet.NAME).getRow(0).getCell(0).getCellStyle().getWrapText()).as("headers").isTrue();

        Row row = wbs.getRow(3);
        assertThat(row.getCell(WbsSheet.ID).getCellStyle().getDataFormatString()).isEqualTo("0_)");
        assertThat(row.getCell(WbsSheet.PERCENT).getCellStyle().getDataFormatString()).isEqualTo("0%_)");
        assertThat(row.getCell(WbsSheet.COST).getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0.00_)");
        assertThat(row.getCell(WbsSheet.FINISH).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(row.getCell(WbsSheet.FINISH).getCellStyle().getAlignment())
                .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);

        XSSFSheet risks = wb.getSheet(RisksSheet.NAME);
        int tallest = 0;
        for (int r = 1; r <= plan.risks().size(); r++) {
            tallest = Math.max(tallest, (int) risks.getRow(r).getHeightInPoints());
        }
        assertThat(tallest).as("a row grows to its wrapped mitigation").isGreaterThanOrEqualTo(30);
    }

    @Test
    void theSummarysHeatMapIsCellsFilledWithTheBandColours() {
        XSSFSheet sheet = wb.getSheet(SummarySheet.NAME);
        int[][] counts = RisksSheet.counts(plan.risks());
        int top = SummarySheet.HEAT_ROW + 2;
        for (int p = 5; p >= 1; p--) {
            Row row = sheet.getRow(top + 5 - p);
            for (int i = 1; i <= 5; i++) {
                Cell c = row.getCell(SummarySheet.HEAT_COLUMN + i);
                assertThat(((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor().getRGB())
                        .as("P%d x I%d", p, i).isEqualTo(HeatMapCells.colour(ScoreBand.of(p * i)));
                assertThat((int) c.getNumericCellValue()).isEqualTo(counts[p - 1][i - 1]);
            }
        }
        assertThat(sheet.getRow(SummarySheet.HEAT_ROW).getCell(SummarySheet.HEAT_COLUMN).getStringCellValue())
                .isEqualTo(SummarySheet.HEAT_CAPTION);
        assertThat(sheet.getRow(top).getCell(SummarySheet.HEAT_COLUMN + 5).getCellStyle().getDataFormatString())
                .as("an empty cell shows no number").isEqualTo("0;-0;;@");
    }
}
