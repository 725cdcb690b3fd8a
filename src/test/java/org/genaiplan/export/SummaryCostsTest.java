package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CostReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;

/** The cost figures and charts on the Summary sheet. */
class SummaryCostsTest {
    @TempDir
    Path dir;

    static Map<String, Cell> facts(XSSFSheet sheet) {
        Map<String, Cell> facts = new HashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING && row.getCell(1) != null) {
                facts.put(label.getStringCellValue(), row.getCell(1));
            }
        }
        return facts;
    }

    static BufferedImage image(XSSFShape shape) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(((XSSFPicture) shape).getPictureData().getData()));
    }

    static int pixels(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void costFiguresSitWithThePlansFacts() throws Exception {
        Plan plan = ExportFixtures.costed();
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "costed.xlsx"))) {
            Map<String, Cell> facts = facts(wb.getSheet(SummarySheet.NAME));
            assertThat(facts.get("Total cost (USD)").getNumericCellValue()).isEqualTo(7510.0);
            assertThat(facts.get("Actual cost (USD)").getNumericCellValue()).isEqualTo(1500.0);
            assertThat(facts.get("Forecast (USD)").getNumericCellValue()).isEqualTo(7910.0);
            assertThat(facts.get("Budget (USD)").getNumericCellValue()).isEqualTo(8000.0);
            assertThat(facts.get("Contingency reserve (USD)").getNumericCellValue()).isEqualTo(5000.0);
            assertThat(facts.get("Budget status").getStringCellValue())
                    .isEqualTo("Forecast for Fine-tuning has reached 100 % of its budget (112 %).");
            assertThat(facts.get("Forecast (USD)").getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0.00");
        }
    }

    @Test
    void theCostChartsArePicturesOfTheirOwnSizeUnderTheRisks() throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).as("charts are drawn without a display").isTrue();
        Plan plan = ExportFixtures.costed();
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "costed.xlsx"))) {
            XSSFSheet sheet = wb.getSheet(SummarySheet.NAME);
            List<XSSFShape> shapes = sheet.getDrawingPatriarch().getShapes();
            assertThat(shapes).as("heat map, cumulative cost, cost by phase, cost by category").hasSize(4);
            for (XSSFShape chart : shapes.subList(1, 4)) {
                BufferedImage image = image(chart);
                assertThat(image.getWidth()).isEqualTo(SummarySheet.CHART_WIDTH);
                assertThat(image.getHeight()).isEqualTo(SummarySheet.CHART_HEIGHT);
                assertThat(pixels(image, CostCharts.PLANNED_COLOUR)).as("the planned series is drawn").isPositive();
                assertThat(pixels(image, CostCharts.ACTUAL_COLOUR)).as("the actual series is drawn").isPositive();
            }
            assertThat(pixels(image(shapes.get(2)), CostCharts.FORECAST_COLOUR)).isPositive();

            var anchors = sheet.getDrawingPatriarch().getCTDrawing().getOneCellAnchorArray();
            assertThat(anchors).hasSize(4);
            CTOneCellAnchor curve = anchors[1];
            assertThat(curve.getExt().getCx()).isEqualTo((long) SummarySheet.CHART_WIDTH * Units.EMU_PER_PIXEL);
            assertThat(curve.getExt().getCy()).isEqualTo((long) SummarySheet.CHART_HEIGHT * Units.EMU_PER_PIXEL);
            int chartRow = curve.getFrom().getRow();
            assertThat(anchors[2].getFrom().getRow()).as("cost by phase beside the curve").isEqualTo(chartRow);
            assertThat(anchors[2].getFrom().getCol()).isEqualTo(SummarySheet.SECOND_CHART_COLUMN);
            assertThat(anchors[3].getFrom().getRow()).as("cost by category below").isGreaterThan(chartRow);
            int risks = -1;
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Top risks")) {
                    risks = row.getRowNum();
                }
            }
            assertThat(chartRow).isGreaterThan(risks + 2);
            assertThat(sheet.getRowBreaks()).as("the charts print on a page of their own").contains(chartRow - 1);
        }
    }

    @Test
    void theWindowsGanttPictureKeepsItsShapeAndFitsAPage() throws Exception {
        java.awt.image.BufferedImage wide = new java.awt.image.BufferedImage(2000, 600,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(wide, "png", png);
        Plan plan = ExportFixtures.costed();
        Path file = dir.resolve("gantt.xlsx");
        new ExcelExporter().export(plan, file, ExportOptions.defaults().withToday(ExportFixtures.TODAY)
                .withGanttPng(png.toByteArray()), ProgressListener.NONE);
        try (XSSFWorkbook wb = ExportFixtures.open(file)) {
            var anchors = wb.getSheet(SummarySheet.NAME).getDrawingPatriarch().getCTDrawing().getOneCellAnchorArray();
            CTOneCellAnchor gantt = anchors[anchors.length - 1];
            assertThat(gantt.getExt().getCx()).isEqualTo((long) SummarySheet.GANTT_MAX_WIDTH * Units.EMU_PER_PIXEL);
            assertThat(gantt.getExt().getCy()).as("2000 x 600 halved, not stretched")
                    .isEqualTo(300L * Units.EMU_PER_PIXEL);
        }
    }

    @Test
    void chartsShowTheSameFiguresAsTheCostView() throws Exception {
        Plan plan = ExportFixtures.costed();
        CostReport report = CostReport.of(plan, ExportFixtures.TODAY);
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "costed.xlsx"))) {
            List<XSSFShape> shapes = wb.getSheet(SummarySheet.NAME).getDrawingPatriarch().getShapes();
            byte[] byPhase = CostCharts.png(CostCharts.byPhase(report, "USD"), SummarySheet.CHART_WIDTH,
                    SummarySheet.CHART_HEIGHT);
            assertThat(((XSSFPicture) shapes.get(2)).getPictureData().getData()).isEqualTo(byPhase);
        }
    }

    @Test
    void aPlanWithoutCostsSaysSoInsteadOfEmptyCharts() throws Exception {
        Plan plan = new Plan("Nothing priced", ExportFixtures.START);
        plan.addTask(null, "Think").setDurationMinutes(480);
        new org.genaiplan.schedule.CpmScheduler().schedule(plan);
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "empty.xlsx"))) {
            XSSFSheet sheet = wb.getSheet(SummarySheet.NAME);
            assertThat(sheet.getDrawingPatriarch().getShapes()).as("the heat map only").hasSize(1);
            Map<String, Cell> facts = facts(sheet);
            assertThat(facts.get("Budget (USD)").getStringCellValue()).isEqualTo("None");
            assertThat(facts.get("Budget status").getStringCellValue()).isEqualTo("No budget set");
            assertThat(facts.get("Forecast (USD)").getNumericCellValue()).isZero();
            boolean said = false;
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                said |= c != null && c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals(SummarySheet.NO_COST_CHARTS);
            }
            assertThat(said).isTrue();
        }
    }
}
