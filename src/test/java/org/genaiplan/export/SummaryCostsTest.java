package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CostReport;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;

/** The cost figures and the native cost charts on the Summary sheet. */
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

    /** The chart whose title is {@code title}. */
    static XSSFChart chart(XSSFSheet sheet, String title) {
        return sheet.getDrawingPatriarch().getCharts().stream()
                .filter(c -> c.getTitleText() != null && c.getTitleText().getString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart titled " + title));
    }

    /** The cells a reference such as {@code Summary!$N$40:$N$43} names, in order. */
    static List<Cell> cells(XSSFWorkbook wb, String reference) {
        AreaReference area = new AreaReference(reference, SpreadsheetVersion.EXCEL2007);
        List<Cell> out = new ArrayList<>();
        XSSFSheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
        for (CellReference ref : area.getAllReferencedCells()) {
            out.add(sheet.getRow(ref.getRow()).getCell(ref.getCol()));
        }
        return out;
    }

    @Test
    void aCostCurveLongerThanTheChartsLeavesTheGanttPictureBelowItsData() throws Exception {
        // 1,500 one-day tasks one after another: a cumulative curve of some 300 weekly points, whose data rows run
        // far below the charts and out of the rows the streaming workbook keeps in memory; the Gantt picture (here
        // its note, the plan being too tall for one) used to be written over them and the export stopped (a
        // 100,000-task plan could not be exported)
        Plan plan = new Plan("Long haul", ExportFixtures.START);
        plan.putRole(new org.genaiplan.model.Role("ML Engineer", new java.math.BigDecimal("100")));
        org.genaiplan.model.Task previous = null;
        for (int i = 0; i < 1500; i++) {
            org.genaiplan.model.Task task = plan.addTask(null, "Step " + i);
            task.setDurationMinutes(480);
            task.setOwnerRole("ML Engineer");
            if (previous != null) {
                plan.addDependency(org.genaiplan.model.Dependency.finishToStart(previous.id(), task.id()));
            }
            previous = task;
        }
        new org.genaiplan.schedule.CpmScheduler().schedule(plan);
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "long.xlsx"))) {
            XSSFSheet summary = wb.getSheet(SummarySheet.NAME);
            assertThat(summary.getDrawingPatriarch().getCharts()).as("the three cost charts").hasSize(3);
            assertThat(summary.getLastRowNum()).as("the Gantt note below the charts' data").isGreaterThan(300);
        }
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
            assertThat(facts.get("Forecast (USD)").getCellStyle().getDataFormatString()).isEqualTo("\"$\"#,##0.00_)");
        }
    }

    @Test
    void theCostChartsAreNativeChartsOnAPageOfTheirOwnUnderTheRisks() throws Exception {
        Plan plan = ExportFixtures.costed();
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "costed.xlsx"))) {
            XSSFSheet sheet = wb.getSheet(SummarySheet.NAME);
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(3);
            assertThat(drawing.getShapes()).as("the cost charts are charts; the one picture is the Gantt chart")
                    .filteredOn(s -> s instanceof XSSFPicture).hasSize(1);
            assertThat(wb.getAllPictures()).hasSize(1);
            XSSFChart curve = chart(sheet, SummaryCharts.CUMULATIVE);
            XSSFChart phase = chart(sheet, SummaryCharts.BY_PHASE);
            XSSFChart category = chart(sheet, SummaryCharts.BY_CATEGORY);
            assertThat(curve.getChartSeries().getFirst()).isInstanceOf(XDDFLineChartData.class);
            assertThat(phase.getChartSeries().getFirst()).isInstanceOf(XDDFBarChartData.class);
            assertThat(category.getChartSeries().getFirst()).isInstanceOf(XDDFBarChartData.class);

            var anchors = drawing.getCTDrawing().getTwoCellAnchorArray();
            assertThat(anchors).hasSize(3);
            int chartRow = anchors[0].getFrom().getRow();
            assertThat(anchors[1].getFrom().getRow()).as("cost by phase under the curve").isGreaterThan(chartRow);
            assertThat(anchors[2].getFrom().getRow()).as("cost by category beside it").isEqualTo(anchors[1].getFrom().getRow());
            assertThat(anchors[2].getFrom().getCol()).isEqualTo(SummarySheet.SECOND_CHART_COLUMN);
            assertThat(anchors[0].getTo().getCol()).as("within the printed columns")
                    .isLessThanOrEqualTo(SummarySheet.LAST_PRINTED_COLUMN + 1);
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
    void eachSeriesReadsTheSummarysCellsWhichAreFormulasOverTheCostsSheet() throws Exception {
        Plan plan = ExportFixtures.costed();
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "costed.xlsx"))) {
            XSSFSheet sheet = wb.getSheet(SummarySheet.NAME);
            for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
                XDDFChartData data = chart.getChartSeries().getFirst();
                assertThat(data.getSeriesCount()).isGreaterThanOrEqualTo(2);
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    XDDFChartData.Series series = data.getSeries(i);
                    String values = series.getValuesData().getDataRangeReference();
                    assertThat(values).as(chart.getTitleText().getString()).startsWith(SummarySheet.NAME + "!$");
                    assertThat(series.getCategoryData().getDataRangeReference()).startsWith(SummarySheet.NAME + "!$");
                    List<Cell> cells = cells(wb, values);
                    assertThat(cells).hasSize(series.getValuesData().getPointCount());
                    for (int k = 0; k < cells.size(); k++) {
                        Number cached = series.getValuesData().getPointAt(k);
                        Cell c = cells.get(k);
                        if (cached == null) {
                            assertThat(c == null || c.getCellType() == CellType.BLANK).as("no actual after today").isTrue();
                        } else {
                            assertThat(c.getNumericCellValue()).as(values + " point " + k).isEqualTo(cached.doubleValue());
                        }
                    }
                }
                String planned = data.getSeries(0).getValuesData().getDataRangeReference();
                for (Cell c : cells(wb, planned)) {
                    assertThat(c.getCellFormula()).as("planned follows the Costs sheet").contains("Costs!$J$2:$J$");
                }
            }
        }
    }
    @Test
    void aGivenGanttPictureKeepsItsShapeAndFitsAPage() throws Exception {
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
            assertThat(anchors).as("the Gantt picture; the charts span cells").hasSize(1);
            CTOneCellAnchor gantt = anchors[0];
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
            XSSFSheet sheet = wb.getSheet(SummarySheet.NAME);
            CategoryDataset view = ((CategoryPlot) CostCharts.byPhase(report, "USD").getPlot()).getDataset();
            XSSFChart phaseChart = chart(sheet, SummaryCharts.BY_PHASE);
            XDDFChartData byPhase = phaseChart.getChartSeries().getFirst();
            assertThat(byPhase.getSeriesCount()).isEqualTo(view.getRowCount());
            for (int i = 0; i < byPhase.getSeriesCount(); i++) {
                XDDFChartData.Series series = byPhase.getSeries(i);
                assertThat(phaseChart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(i).getTx().getStrRef()
                        .getStrCache().getPtArray(0).getV()).isEqualTo(view.getRowKey(i));
                for (int k = 0; k < view.getColumnCount(); k++) {
                    assertThat(series.getCategoryData().getPointAt(k)).isEqualTo(view.getColumnKey(k));
                    assertThat(series.getValuesData().getPointAt(k).doubleValue())
                            .isEqualTo(view.getValue(i, k).doubleValue());
                }
            }
            XDDFChartData curve = chart(sheet, SummaryCharts.CUMULATIVE).getChartSeries().getFirst();
            var planned = curve.getSeries(0).getValuesData();
            assertThat(planned.getPointAt(planned.getPointCount() - 1).doubleValue())
                    .as("the curve ends at the planned total").isCloseTo(7510.0, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void aPlanWithoutCostsSaysSoInsteadOfEmptyCharts() throws Exception {
        Plan plan = new Plan("Nothing priced", ExportFixtures.START);
        plan.addTask(null, "Think").setDurationMinutes(480);
        new org.genaiplan.schedule.CpmScheduler().schedule(plan);
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "empty.xlsx"))) {
            XSSFSheet sheet = wb.getSheet(SummarySheet.NAME);
            assertThat(sheet.getDrawingPatriarch().getCharts()).as("no charts").isEmpty();
            assertThat(wb.getAllPictures()).as("only the Gantt picture").hasSize(1);
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
