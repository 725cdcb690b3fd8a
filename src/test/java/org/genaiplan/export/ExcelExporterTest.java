package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.schedule.PredecessorFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelExporterTest {
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
    void sheetsComeInTheOrderOfTheIssue() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "WBS", "Gantt", "Risks", "Costs", "Risk analysis", "Quality",
                "Issues", "Deliverables", "Gates", "Model selection");
        assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }

    @Test
    void wbsRowsHoldIdsCodesNamesDatesAndRollUps() {
        XSSFSheet sheet = wb.getSheet("WBS");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ID");
        assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Task Name");
        List<Task> rows = plan.tasksInOrder();
        assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
        PredecessorFormat preds = new PredecessorFormat(plan);
        int nestedPredecessors = 0;
        for (int i = 0; i < rows.size(); i++) {
            Task t = rows.get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(plan.wbsCode(t));
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(t.name());
            assertThat(row.getCell(2).getCellStyle().getIndention()).isEqualTo((short) (t.level() - 1));
            Cell start = row.getCell(4);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue()).isEqualTo(t.start());
            assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(t.finish());
            assertThat(row.getCell(3).getNumericCellValue() * 480).isCloseTo(t.rolledUpDurationMinutes(),
                    org.assertj.core.data.Offset.offset(0.001));
            String p = preds.format(t);
            assertThat(row.getCell(6) == null || row.getCell(6).getCellType() == CellType.BLANK)
                    .as("no deadline in the template").isTrue();
            Cell pc = row.getCell(7);
            assertThat(pc == null ? "" : pc.getStringCellValue()).isEqualTo(p);
            if (!plan.predecessorsOf(t).isEmpty()) {
                Task first = plan.task(plan.predecessorsOf(t).getFirst().predecessorId());
                assertThat(p.split("[^0-9]")[0]).as("predecessors are named by ID")
                        .isEqualTo(Integer.toString(rows.indexOf(first) + 1));
                nestedPredecessors += first.parent() != null ? 1 : 0;
            }
            assertThat(p).doesNotContain(".");
            assertThat(BigDecimal.valueOf(row.getCell(10).getNumericCellValue()).setScale(2))
                    .isEqualByComparingTo(t.cost());
            Cell crit = row.getCell(11);
            assertThat(crit != null && "Yes".equals(crit.getStringCellValue())).isEqualTo(t.isCritical());
            assertThat(wb.getFontAt(row.getCell(2).getCellStyle().getFontIndex()).getBold()).isEqualTo(t.hasChildren());
            assertThat(row.getOutlineLevel()).isEqualTo(t.level() - 1);
        }
        assertThat(nestedPredecessors).as("the plan links nested tasks").isPositive();
    }

    @Test
    void wbsSheetIsGroupedFrozenAndFiltered() {
        XSSFSheet sheet = wb.getSheet("WBS");
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitPosition()).as("ID, WBS and name stay in view").isEqualTo((short) 3);
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P" + (plan.taskCount() + 1));
        assertThat(sheet.getRowSumsBelow()).as("the +/- button sits on the summary row above its children").isFalse();
        assertThat(sheet.getCTWorksheet().getSheetFormatPr().getOutlineLevelRow()).isEqualTo((short) 2);
        assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(7));
    }

    @Test
    void eachTasksDeadlineIsADateCellAfterTheFinish() throws Exception {
        Plan p = ExportFixtures.chatbot();
        Task summary = p.roots().getFirst();
        Task leaf = summary.children().getFirst();
        summary.setDeadline(java.time.LocalDate.of(2027, 2, 26));
        leaf.setDeadline(java.time.LocalDate.of(2027, 1, 8));
        try (XSSFWorkbook book = ExportFixtures.open(ExportFixtures.export(p, dir, "deadlines.xlsx"))) {
            XSSFSheet sheet = book.getSheet("WBS");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Deadline");
            Cell first = sheet.getRow(1).getCell(6);
            assertThat(DateUtil.isCellDateFormatted(first)).isTrue();
            assertThat(first.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2027, 2, 26));
            assertThat(book.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as("a summary's row").isTrue();
            assertThat(sheet.getRow(2).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2027, 1, 8));
            Cell none = sheet.getRow(3).getCell(6);
            assertThat(none == null || none.getCellType() == CellType.BLANK).as("no deadline, no date").isTrue();
        }
    }

    @Test
    void costsAreLiveFormulasWithCachedTotalsThatMatchThePlan() {
        XSSFSheet sheet = wb.getSheet("Costs");
        Cell total = CostsSheetTest.labelled(sheet, "Total (USD)").getCell(CostsSheet.PLANNED);
        assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(total.getCellFormula()).startsWith("SUBTOTAL(9,");
        BigDecimal expected = ExportFixtures.totalCost(plan);
        assertThat(BigDecimal.valueOf(total.getNumericCellValue()).setScale(2)).isEqualByComparingTo(expected);
        Cell amount = sheet.getRow(1).getCell(CostsSheet.PLANNED);
        assertThat(amount.getCellFormula()).isEqualTo("ROUND(G2*I2,2)");
        assertThat(sheet.getRow(1).getCell(CostsSheet.UNIT_PRICE).getCellFormula()).startsWith("$C$");

        // every cached value is what a recalculation gives
        Map<String, Double> cached = new HashMap<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    cached.put(c.getAddress().formatAsString(), c.getNumericCellValue());
                }
            }
        }
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (Map.Entry<String, Double> e : cached.entrySet()) {
            var ref = new org.apache.poi.ss.util.CellReference(e.getKey());
            Cell c = sheet.getRow(ref.getRow()).getCell(ref.getCol());
            assertThat(evaluator.evaluate(c).getNumberValue()).as(e.getKey()).isCloseTo(e.getValue(),
                    org.assertj.core.data.Offset.offset(0.001));
        }
        assertThat(cached).hasSizeGreaterThan(plan.taskCount());
    }

    /** The rate cell of a role in the Costs sheet's price table. */
    static Cell rateCell(XSSFSheet sheet, String role) {
        for (Row row : sheet) {
            Cell label = row.getCell(PriceBlock.NAME);
            Cell value = row.getCell(PriceBlock.FIRST);
            if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals(role)
                    && value != null && value.getCellType() == CellType.NUMERIC) {
                return value;
            }
        }
        throw new AssertionError("no rate for " + role);
    }

    @Test
    void changingARateChangesTheTotals() throws Exception {
        XSSFWorkbook copy = ExportFixtures.open(dir.resolve("chatbot.xlsx"));
        XSSFSheet sheet = copy.getSheet("Costs");
        Cell rate = rateCell(sheet, "Data Engineer");
        double hours = 0;
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren() && "Data Engineer".equals(t.ownerRole())) {
                hours += t.durationMinutes() / 60.0;
            }
        }
        assertThat(hours).isPositive();
        Cell total = CostsSheetTest.labelled(sheet, "Total (USD)").getCell(CostsSheet.PLANNED);
        double before = total.getNumericCellValue();
        rate.setCellValue(rate.getNumericCellValue() + 10);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(copy);
        assertThat(total.getNumericCellValue()).isCloseTo(before + 10 * hours, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void subtotalsByCategoryAndPhaseAddUpToTheTotal() {
        XSSFSheet sheet = wb.getSheet("Costs");
        double total = CostsSheetTest.labelled(sheet, "Total (USD)").getCell(CostsSheet.PLANNED).getNumericCellValue();
        double categories = 0;
        double phases = 0;
        for (Row row : sheet) {
            Cell v = row.getCell(CostsSheet.PLANNED);
            if (v != null && v.getCellType() == CellType.FORMULA) {
                if (v.getCellFormula().startsWith("SUMIF($D")) {
                    categories += v.getNumericCellValue();
                } else if (v.getCellFormula().startsWith("SUMIF($C")) {
                    phases += v.getNumericCellValue();
                }
            }
        }
        assertThat(categories).isCloseTo(total, org.assertj.core.data.Offset.offset(0.001));
        assertThat(phases).isCloseTo(total, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void phaseNamesWithWildcardsOrOperatorsGetTheirOwnSubtotals() throws Exception {
        Plan p = new Plan("Phases", ExportFixtures.START);
        String[] phases = {"Data*", "Data prep", ">1", "=x", "a?c", "abc"};
        for (int i = 0; i < phases.length; i++) {
            Task t = p.addTask(null, "Task " + i);
            t.setDurationMinutes(480);
            t.setPhase(phases[i]);
            t.setFixedCost(BigDecimal.valueOf(100L << i));
        }
        new org.genaiplan.schedule.CpmScheduler().schedule(p);
        Path file = dir.resolve("phases.xlsx");
        new ExcelExporter().export(p, file, null, null);
        try (XSSFWorkbook book = ExportFixtures.open(file)) {
            XSSFSheet sheet = book.getSheet("Costs");
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Map<String, Double> subtotal = new HashMap<>();
            for (Row row : sheet) {
                Cell v = row.getCell(CostsSheet.PLANNED);
                if (v != null && v.getCellType() == CellType.FORMULA && v.getCellFormula().startsWith("SUMIF($C")) {
                    subtotal.put(row.getCell(CostsSheet.LABEL).getStringCellValue(), evaluator.evaluate(v).getNumberValue());
                    assertThat(v.getNumericCellValue()).isEqualTo(evaluator.evaluate(v).getNumberValue());
                }
            }
            for (int i = 0; i < phases.length; i++) {
                assertThat(subtotal.get(phases[i])).as(phases[i]).isEqualTo(100.0 * (1L << i));
            }
        }
    }

    @Test
    void risksHaveScoreFormulasBandColoursAndAHeatMap() {
        XSSFSheet sheet = wb.getSheet("Risks");
        List<Risk> risks = plan.risks();
        for (int i = 0; i < risks.size(); i++) {
            Cell score = sheet.getRow(i + 1).getCell(RisksSheet.SCORE);
            assertThat(score.getCellFormula()).isEqualTo("F" + (i + 2) + "*G" + (i + 2));
            assertThat(score.getNumericCellValue()).isEqualTo(risks.get(i).score());
        }
        var cf = sheet.getSheetConditionalFormatting();
        assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
        var formatting = cf.getConditionalFormattingAt(0);
        assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("H2:H" + (risks.size() + 1));
        assertThat(formatting.getNumberOfRules()).isEqualTo(3);
        assertThat(formatting.getRule(0).getFormula1()).isEqualTo("1");
        assertThat(formatting.getRule(0).getFormula2()).isEqualTo("4");
        assertThat(formatting.getRule(2).getFormula1()).isEqualTo("15");
        assertThat(((XSSFColor) formatting.getRule(2).getPatternFormatting().getFillBackgroundColorColor()).getRGB())
                .isEqualTo(Styles.RED);

        int[][] counts = RisksSheet.counts(risks);
        int sum = 0;
        int at = RisksSheet.HEAT_COLUMN;
        int top = risks.size() + 2;
        assertThat(sheet.getRow(top).getCell(at).getStringCellValue()).as("under the register")
                .isEqualTo(RisksSheet.HEAT_CAPTION);
        for (int p = 5; p >= 1; p--) {
            Row row = sheet.getRow(top + 2 + (5 - p));
            assertThat(row.getCell(at).getNumericCellValue()).isEqualTo(p);
            for (int i = 1; i <= 5; i++) {
                Cell c = row.getCell(at + i);
                assertThat(c.getCellFormula()).startsWith("COUNTIFS($F$2:$F$" + (risks.size() + 1));
                assertThat((int) c.getNumericCellValue()).isEqualTo(counts[p - 1][i - 1]);
                sum += (int) c.getNumericCellValue();
            }
        }
        assertThat(sum).isEqualTo(risks.stream().filter(r -> r.status() != org.genaiplan.model.RiskStatus.CLOSED).count());
    }

    @Test
    void ganttFillsSpansMarksMilestonesAndToday() {
        XSSFSheet sheet = wb.getSheet("Gantt");
        List<Task> rows = plan.tasksInOrder();
        LocalDate first = sheet.getRow(0).getCell(GanttSheet.FIRST_TIME_COLUMN).getLocalDateTimeCellValue().toLocalDate();
        LocalDate second = sheet.getRow(0).getCell(GanttSheet.FIRST_TIME_COLUMN + 1).getLocalDateTimeCellValue().toLocalDate();
        assertThat(second).as("a plan of about ten weeks gets week columns").isEqualTo(first.plusWeeks(1));
        int todayCol = GanttSheet.FIRST_TIME_COLUMN
                + (int) java.time.temporal.ChronoUnit.WEEKS.between(first, ExportFixtures.TODAY);
        assertThat(((XSSFCellStyle) sheet.getRow(0).getCell(todayCol).getCellStyle()).getFillForegroundColorColor().getRGB())
                .isEqualTo(Styles.TODAY);
        int milestones = 0;
        for (int i = 0; i < rows.size(); i++) {
            Task t = rows.get(i);
            Row row = sheet.getRow(i + 1);
            int col = GanttSheet.FIRST_TIME_COLUMN
                    + (int) java.time.temporal.ChronoUnit.WEEKS.between(first, t.start().toLocalDate());
            Cell c = row.getCell(col);
            if (t.kind() == TaskKind.MILESTONE) {
                assertThat(c.getStringCellValue()).isEqualTo(GanttSheet.MILESTONE);
                milestones++;
                continue;
            }
            byte[] expected = t.hasChildren() ? Styles.SUMMARY_BAR : t.isCritical() ? Styles.CRITICAL : Styles.BAR;
            assertThat(((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor().getRGB()).as(t.name())
                    .isEqualTo(expected);
            Cell before = row.getCell(col - 1);
            assertThat(before == null || col - 1 == todayCol
                    || ((XSSFCellStyle) before.getCellStyle()).getFillForegroundColorColor() == null)
                    .as("nothing is filled before " + t.name() + " starts").isTrue();
        }
        assertThat(milestones).isPositive();
    }

    @Test
    void summaryShowsTheFiguresTheHeatMapAndNativeCostCharts() {
        XSSFSheet sheet = wb.getSheet("Summary");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(plan.name());
        Map<String, Cell> facts = new HashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING && row.getCell(1) != null) {
                facts.put(label.getStringCellValue(), row.getCell(1));
            }
        }
        assertThat(facts.get("Tasks").getNumericCellValue()).isEqualTo(plan.taskCount());
        assertThat(facts.get("Dependencies").getNumericCellValue()).isEqualTo(plan.dependencies().size());
        assertThat(BigDecimal.valueOf(facts.get("Total cost (USD)").getNumericCellValue()).setScale(2))
                .isEqualByComparingTo(ExportFixtures.totalCost(plan));
        assertThat(DateUtil.isCellDateFormatted(facts.get("Start"))).isTrue();
        assertThat(facts.get("Status").getStringCellValue()).isEqualTo("Not started");
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        assertThat(drawing.getCharts()).as("three cost charts").hasSize(3);
        assertThat(drawing.getShapes()).as("one picture: the whole plan's Gantt chart")
                .filteredOn(shape -> shape instanceof XSSFPicture).hasSize(1);
        assertThat(wb.getAllPictures()).hasSize(1);
        Row heatTop = sheet.getRow(SummarySheet.HEAT_ROW + 2);
        assertThat(heatTop.getCell(SummarySheet.HEAT_COLUMN).getNumericCellValue()).as("probability 5 on top")
                .isEqualTo(5);
        assertThat(heatTop.getCell(SummarySheet.HEAT_COLUMN + 1).getCellFormula()).startsWith("COUNTIFS(Risks!$F$2:");
    }

    @Test
    void theGivenGanttPictureIsEmbeddedAsGiven() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] gantt = png.toByteArray();
        Path file = dir.resolve("images.xlsx");
        new ExcelExporter().export(plan, file, ExportOptions.defaults().withGanttPng(gantt), null);
        try (XSSFWorkbook book = ExportFixtures.open(file)) {
            List<byte[]> pictures = book.getAllPictures().stream().map(p -> p.getData()).toList();
            assertThat(pictures).as("the given Gantt view, the only picture").hasSize(1);
            assertThat(pictures.getFirst()).isEqualTo(gantt);
            assertThat(book.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(3);
        }
    }

    @Test
    void formulaLookingTextStaysText() throws Exception {
        Plan p = new Plan("=SUM(1,2)", ExportFixtures.START);
        Task parent = p.addTask(null, "Phase");
        for (String name : ExportFixtures.FORMULA_NAMES) {
            Task t = p.addTask(parent, name);
            t.setDurationMinutes(480);
            t.setFixedCost(new BigDecimal("10"));
        }
        new org.genaiplan.schedule.CpmScheduler().schedule(p);
        Path file = dir.resolve("formulas.xlsx");
        new ExcelExporter().export(p, file, ExportOptions.defaults(), null);
        try (XSSFWorkbook book = ExportFixtures.open(file)) {
            Cell title = book.getSheet("Summary").getRow(0).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=SUM(1,2)");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            for (String sheetName : List.of("WBS", "Gantt")) {
                XSSFSheet sheet = book.getSheet(sheetName);
                int nameColumn = sheetName.equals("WBS") ? 2 : 1;
                for (int i = 0; i < ExportFixtures.FORMULA_NAMES.length; i++) {
                    Cell c = sheet.getRow(i + 2).getCell(nameColumn);
                    assertThat(c.getCellType()).as(sheetName).isEqualTo(CellType.STRING);
                    assertThat(c.getStringCellValue()).isEqualTo(ExportFixtures.FORMULA_NAMES[i]);
                    assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            XSSFSheet costs = book.getSheet("Costs");
            Cell c = costs.getRow(1).getCell(1);
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).isEqualTo(ExportFixtures.FORMULA_NAMES[0]);
        }
        ImportResult back = new ExcelImporter().read(file, "back", ExportFixtures.START);
        List<String> names = back.plan().tasksInOrder().stream().map(Task::name).toList();
        assertThat(names.subList(1, names.size())).containsExactly(ExportFixtures.FORMULA_NAMES);
    }

    @Test
    void cancellingStopsAndLeavesTheOldFileAlone() throws Exception {
        Plan big = new org.genaiplan.bench.SyntheticPlanGenerator().generate(3000, 7);
        Path file = dir.resolve("cancel.xlsx");
        Files.writeString(file, "old");
        ProgressListener cancelling = new ProgressListener() {
            @Override
            public void progress(long done, long total, String step) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new ExcelExporter().export(big, file, null, cancelling))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void progressClimbsToTheTotal() throws Exception {
        Plan big = new org.genaiplan.bench.SyntheticPlanGenerator().generate(2000, 7);
        List<long[]> seen = new ArrayList<>();
        new ExcelExporter().export(big, dir.resolve("progress.xlsx"), null, (done, total, step) -> seen.add(new long[] {done, total}));
        assertThat(seen.size()).isGreaterThan(5);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        }
        long[] last = seen.get(seen.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
    }
}
