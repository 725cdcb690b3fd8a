package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Costs sheet of a plan whose costs were worked out by hand (see {@link ExportFixtures#costed()}). */
class CostsSheetTest {
    @TempDir
    static Path dir;
    static Plan plan;
    static CostReport report;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;

    @BeforeAll
    static void export() throws Exception {
        plan = ExportFixtures.costed();
        report = CostReport.of(plan, ExportFixtures.TODAY);
        wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "costed.xlsx"));
        sheet = wb.getSheet(CostsSheet.NAME);
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    /** The first row whose label column holds {@code label}. */
    static Row labelled(XSSFSheet s, String label) {
        for (Row row : s) {
            Cell c = row.getCell(CostsSheet.LABEL);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    /** The item row of a task and kind. */
    static Row item(String task, String kind) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && text(row, CostsSheet.TASK).equals(task) && text(row, CostsSheet.KIND).equals(kind)) {
                return row;
            }
        }
        throw new AssertionError("no item " + task + " / " + kind);
    }

    static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    static double number(Row row, int col) {
        return row.getCell(col).getNumericCellValue();
    }

    @Test
    void computeLineIsGpusTimesHoursTimesThePriceFromThePriceTable() {
        Row row = item("Train adapter", "Compute");
        assertThat(text(row, CostsSheet.CODE)).isEqualTo("1.1");
        assertThat(text(row, CostsSheet.PHASE)).isEqualTo("Fine-tuning");
        assertThat(text(row, CostsSheet.CATEGORY)).isEqualTo("Compute");
        assertThat(text(row, CostsSheet.INPUTS)).isEqualTo("Adapter run: 4 x H100 x 120 h");
        assertThat(number(row, CostsSheet.QUANTITY)).isEqualTo(480.0);
        assertThat(text(row, CostsSheet.UNIT)).isEqualTo("GPU-hours");
        Cell price = row.getCell(CostsSheet.UNIT_PRICE);
        assertThat(price.getNumericCellValue()).isEqualTo(2.5);
        Row h100 = labelled(sheet, "H100");
        assertThat(price.getCellFormula()).isEqualTo("$C$" + (h100.getRowNum() + 1));
        assertThat(text(h100, PriceBlock.NOTE)).isEqualTo("example");
        int e = row.getRowNum() + 1;
        assertThat(row.getCell(CostsSheet.PLANNED).getCellFormula()).isEqualTo("ROUND(G" + e + "*I" + e + ",2)");
        assertThat(number(row, CostsSheet.PLANNED)).isEqualTo(1200.00);
        assertThat(number(row, CostsSheet.ACTUAL)).isEqualTo(1000.00);
        assertThat(number(row, CostsSheet.DONE)).isEqualTo(0.5);
        assertThat(number(row, CostsSheet.FORECAST)).as("1,000 spent + half of 1,200 to go").isEqualTo(1600.00);
        assertThat(row.getCell(CostsSheet.PLANNED).getCellStyle().getDataFormatString())
                .as("dollars, thousands separated, a space before the next column").isEqualTo("\"$\"#,##0.00_)");
        org.genaiplan.model.Task train = ExportFixtures.costed().tasksInOrder().get(1);
        assertThat(row.getCell(CostsSheet.START).getLocalDateTimeCellValue()).isEqualTo(train.start());
        assertThat(row.getCell(CostsSheet.FINISH).getLocalDateTimeCellValue()).isEqualTo(train.finish());
    }

    @Test
    void apiLineIsRequestsTimesTheCostOfOneRequest() {
        Row row = item("Run pilot", "API / tokens");
        assertThat(text(row, CostsSheet.INPUTS)).isEqualTo("10,000 requests/month x (500 in + 300 out tokens) x 1 months, Claude-x");
        assertThat(number(row, CostsSheet.QUANTITY)).isEqualTo(10_000.0);
        assertThat(text(row, CostsSheet.UNIT)).isEqualTo("requests");
        assertThat(number(row, CostsSheet.UNIT_PRICE)).as("(500 x 3 + 300 x 15) / 1M").isEqualTo(0.006);
        assertThat(number(row, CostsSheet.PLANNED)).isEqualTo(60.00);
        assertThat(row.getCell(CostsSheet.ACTUAL)).isNull();
        assertThat(number(row, CostsSheet.FORECAST)).as("no actual: forecast at plan").isEqualTo(60.00);
        Row model = labelled(sheet, "Claude-x");
        assertThat(number(model, PriceBlock.FIRST)).isEqualTo(3.0);
        assertThat(number(model, PriceBlock.SECOND)).isEqualTo(15.0);
        assertThat(text(model, PriceBlock.NOTE)).as("a price the user set is not an example").isEmpty();
    }

    @Test
    void ownerWorkAnnotationFixedAndLicenceLines() {
        Row work = item("Train adapter", "Owner's work");
        assertThat(number(work, CostsSheet.QUANTITY)).isEqualTo(40.0);
        assertThat(number(work, CostsSheet.UNIT_PRICE)).isEqualTo(100.0);
        assertThat(number(work, CostsSheet.PLANNED)).isEqualTo(4000.00);
        Row annotation = item("Label data", "Annotation");
        assertThat(number(annotation, CostsSheet.QUANTITY)).as("2,000 items x 1.5 min").isEqualTo(50.0);
        assertThat(number(annotation, CostsSheet.PLANNED)).isEqualTo(1500.00);
        assertThat(text(labelled(sheet, "Annotator"), PriceBlock.NOTE)).isEqualTo("example");
        Row fixed = item("Run pilot", "Fixed cost");
        assertThat(fixed.getCell(CostsSheet.PLANNED).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(number(fixed, CostsSheet.PLANNED)).isEqualTo(250.00);
        Row licence = item("Run pilot", "Data licence");
        assertThat(number(licence, CostsSheet.PLANNED)).isEqualTo(500.00);
        assertThat(number(licence, CostsSheet.FORECAST)).as("done: forecast is the actual").isEqualTo(500.00);
    }

    @Test
    void aMissingPriceIsFlaggedAndCostsNothing() {
        Row row = item("Label data", "Human evaluation");
        assertThat(text(row, CostsSheet.WARNING)).isEqualTo("The plan has no role \"Red Teamer\" with a rate.");
        assertThat(row.getCell(CostsSheet.UNIT_PRICE)).isNull();
        assertThat(number(row, CostsSheet.PLANNED)).isZero();
    }

    @Test
    void everyItemOfTheReportHasItsRowInOrder() {
        List<CostReport.Item> items = report.items();
        assertThat(items).hasSize(7);
        for (int i = 0; i < items.size(); i++) {
            CostReport.Item it = items.get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(text(row, CostsSheet.CODE)).isEqualTo(plan.wbsCode(it.task()));
            assertThat(text(row, CostsSheet.KIND)).isEqualTo(it.kind());
            assertThat(text(row, CostsSheet.INPUTS)).isEqualTo(it.summary());
            assertThat(number(row, CostsSheet.PLANNED)).isEqualTo(it.planned().doubleValue());
            assertThat(number(row, CostsSheet.FORECAST)).isEqualTo(it.forecast().doubleValue());
        }
    }

    @Test
    void totalsByCategoryAndPhaseMatchTheReportWhenRecalculated() {
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        Row total = labelled(sheet, "Total (USD)");
        assertThat(total.getCell(CostsSheet.PLANNED).getCellFormula()).startsWith("SUBTOTAL(9,");
        assertThat(ev.evaluate(total.getCell(CostsSheet.PLANNED)).getNumberValue()).isEqualTo(7510.00);
        assertThat(ev.evaluate(total.getCell(CostsSheet.ACTUAL)).getNumberValue()).isEqualTo(1500.00);
        assertThat(ev.evaluate(total.getCell(CostsSheet.FORECAST)).getNumberValue()).isEqualTo(7910.00);
        assertThat(report.total().planned()).isEqualByComparingTo("7510.00");

        for (Map.Entry<CostCategory, CostReport.Totals> e : report.byCategory().entrySet()) {
            Row row = labelled(sheet, e.getKey().label());
            assertThat(row.getCell(CostsSheet.PLANNED).getCellFormula()).startsWith("SUMIF(");
            assertTotals(ev, row, e.getValue());
        }
        assertThat(ev.evaluate(labelled(sheet, "Compute").getCell(CostsSheet.DONE)).getNumberValue())
                .as("share of the planned total").isCloseTo(1200.0 / 7510.0, within(1e-9));
        assertThat(report.byPhase()).containsOnlyKeys("Fine-tuning", "Serving");
        for (Map.Entry<String, CostReport.Totals> e : report.byPhase().entrySet()) {
            assertTotals(ev, labelled(sheet, e.getKey()), e.getValue());
        }
    }

    private static void assertTotals(XSSFFormulaEvaluator ev, Row row, CostReport.Totals t) {
        assertThat(ev.evaluate(row.getCell(CostsSheet.PLANNED)).getNumberValue()).isCloseTo(t.planned().doubleValue(), within(0.001));
        assertThat(ev.evaluate(row.getCell(CostsSheet.ACTUAL)).getNumberValue()).isCloseTo(t.actual().doubleValue(), within(0.001));
        assertThat(ev.evaluate(row.getCell(CostsSheet.FORECAST)).getNumberValue()).isCloseTo(t.forecast().doubleValue(), within(0.001));
    }

    @Test
    void budgetsShowTheirSharesAndTheAlertsAreListed() {
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        Row whole = labelled(sheet, CostBlocks.WHOLE_PLAN);
        assertThat(number(whole, CostsSheet.UNIT_PRICE)).isEqualTo(8000.0);
        assertThat(ev.evaluate(whole.getCell(CostsSheet.FORECAST)).getNumberValue()).isEqualTo(7910.0);
        assertThat(ev.evaluate(whole.getCell(CostsSheet.WARNING)).getNumberValue()).isCloseTo(7910.0 / 8000, within(1e-9));
        assertThat(ev.evaluate(whole.getCell(CostsSheet.DONE)).getNumberValue()).isCloseTo(1500.0 / 8000, within(1e-9));
        List<Row> tuning = new ArrayList<>();
        for (Row row : sheet) {
            if (text(row, CostsSheet.LABEL).equals("Fine-tuning")) {
                tuning.add(row);
            }
        }
        Row budget = tuning.get(tuning.size() - 1);
        assertThat(number(budget, CostsSheet.UNIT_PRICE)).isEqualTo(5000.0);
        assertThat(ev.evaluate(budget.getCell(CostsSheet.WARNING)).getNumberValue()).isCloseTo(5600.0 / 5000, within(1e-9));

        List<BudgetAlert> alerts = report.alerts();
        assertThat(alerts).extracting(BudgetAlert::threshold).containsExactly(90, 100);
        for (BudgetAlert alert : alerts) {
            labelled(sheet, alert.message());
        }
        var cf = sheet.getSheetConditionalFormatting();
        assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
        assertThat(cf.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString())
                .isEqualTo(new CellReference(whole.getRowNum(), CostsSheet.DONE).formatAsString(false) + ":"
                        + new CellReference(budget.getRowNum(), CostsSheet.DONE).formatAsString(false));
    }

    @Test
    void contingencyIsTheExpectedCostOfOpenRisks() {
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        assertThat(number(labelled(sheet, CostBlocks.CONTINGENCY), CostsSheet.PLANNED)).isEqualTo(5000.0);
        assertThat(ev.evaluate(labelled(sheet, CostBlocks.WITH_CONTINGENCY).getCell(CostsSheet.PLANNED)).getNumberValue())
                .isEqualTo(12910.0);
        assertThat(ev.evaluate(labelled(sheet, CostBlocks.BUDGET_LEFT).getCell(CostsSheet.PLANNED)).getNumberValue())
                .isEqualTo(8000.0 - 12910.0);
    }

    @Test
    void priceTableShowsItsDate() {
        Row dated = labelled(sheet, "Prices checked on");
        assertThat(dated.getCell(PriceBlock.FIRST).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(plan.priceTable().pricedOn());
        assertThat(number(labelled(sheet, "ML Engineer"), PriceBlock.FIRST)).isEqualTo(100.0);
    }

    @Test
    void everyCachedValueIsWhatARecalculationGives() {
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    formulas++;
                    assertThat(ev.evaluate(c).getNumberValue()).as(c.getAddress().formatAsString())
                            .isCloseTo(c.getNumericCellValue(), within(0.0005));
                }
            }
        }
        assertThat(formulas).isGreaterThan(30);
    }

    @Test
    void aChangedGpuPriceFlowsIntoTheLineAndTheTotals() throws Exception {
        try (XSSFWorkbook copy = ExportFixtures.open(dir.resolve("costed.xlsx"))) {
            XSSFSheet s = copy.getSheet(CostsSheet.NAME);
            labelled(s, "H100").getCell(PriceBlock.FIRST).setCellValue(3.0);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(copy);
            assertThat(labelled(s, "Total (USD)").getCell(CostsSheet.PLANNED).getNumericCellValue())
                    .as("480 GPU-hours at 0.50 more").isEqualTo(7510.0 + 240.0);
            assertThat(labelled(s, "Compute").getCell(CostsSheet.PLANNED).getNumericCellValue()).isEqualTo(1440.0);
        }
    }

    @Test
    void itemsAreFilteredAndTheHeaderFrozen() {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P8");
        assertThat(sheet.getColumnWidth(CostsSheet.INPUTS)).isGreaterThan(sheet.getColumnWidth(CostsSheet.UNIT));
    }

    @Test
    void aPlanWithoutCostsStillGetsItsSheet() throws Exception {
        Plan empty = new Plan("Nothing priced", ExportFixtures.START);
        empty.addTask(null, "Think").setDurationMinutes(480);
        new org.genaiplan.schedule.CpmScheduler().schedule(empty);
        try (XSSFWorkbook book = ExportFixtures.open(ExportFixtures.export(empty, dir, "empty.xlsx"))) {
            XSSFSheet s = book.getSheet(CostsSheet.NAME);
            assertThat(text(s.getRow(1), CostsSheet.LABEL)).isEqualTo(CostsSheet.NO_ITEMS);
            XSSFFormulaEvaluator ev = book.getCreationHelper().createFormulaEvaluator();
            assertThat(ev.evaluate(labelled(s, "Total (USD)").getCell(CostsSheet.PLANNED)).getNumberValue()).isZero();
            assertThat(ev.evaluate(labelled(s, "People").getCell(CostsSheet.DONE)).getNumberValue()).isZero();
            labelled(s, "No budget set.");
            labelled(s, "No GPU types priced.");
            labelled(s, "No roles.");
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P2");
        }
    }

    @Test
    void importingTheWorkbookBringsBackRatesAndFixedCosts() throws Exception {
        ImportResult back = new ExcelImporter().read(dir.resolve("costed.xlsx"), "back", ExportFixtures.START);
        assertThat(back.plan().role("ML Engineer").ratePerHour()).isEqualByComparingTo(new BigDecimal("100"));
        org.genaiplan.model.Task pilot = back.plan().tasksInOrder().stream()
                .filter(t -> t.name().equals("Run pilot")).findFirst().orElseThrow();
        assertThat(pilot.fixedCost()).isEqualByComparingTo("250");
    }
}
