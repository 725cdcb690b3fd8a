package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.store.PlanFileWriter;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on hostile plans (issue 15): what it prints cannot drive the terminal, a failure is one
 * sentence without an exception's name, money totals agree with their parts, an export never replaces its own
 * plan and writes values a workbook cannot hold in a form it can.
 */
@ExtendWith(PrivateStoreHome.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileCommandTest {
    @TempDir
    Path dir;

    private Path save(Plan plan, String name) throws Exception {
        Path file = dir.resolve(name);
        new PlanFileWriter(new StoreHome(Path.of(System.getProperty("genaiplan.home")))).write(file, null, out -> new PlanPackageWriter().write(plan, null, out));
        return file;
    }

    private static Plan plan(String name) {
        Plan plan = new Plan(name, LocalDate.of(2027, 1, 4));
        plan.addTask(null, "Build").setDurationMinutes(480);
        return plan;
    }

    @Test
    void textFromThePlanCannotDriveTheTerminal() throws Exception {
        Plan plan = plan("Evil\u001b[2J\u001b]0;owned\u0007 plan\u202e\nWarning:     forged line");
        plan.addRisk("Bell\u0007 risk");
        CommandLineTest.Run run = CommandLineTest.run("info", save(plan, "evil.genaiplan").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\u202e").contains("Name:         Evil?[2J?]0;owned? plan?")
                .doesNotContain("\nWarning:     forged line");
        assertThat(run.out().chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
    }

    @Test
    void totalCostEqualsTheSumOfItsCategoriesAtTheLimits() throws Exception {
        Plan plan = new Plan("Expensive", LocalDate.of(2027, 1, 4));
        Task phase = plan.addTask(null, "Phase");
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 10_000; i++) {
            Task t = plan.addTask(phase, "T" + i);
            BigDecimal cost = new BigDecimal(i % 2 == 0 ? "9999999999999.9999" : "9000000000000.0049");
            t.setFixedCost(cost);
            expected = expected.add(cost.setScale(2, java.math.RoundingMode.HALF_UP));
        }
        CommandLineTest.Run run = CommandLineTest.run("info", save(plan, "expensive.genaiplan").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String total = String.format(java.util.Locale.US, "%,.2f", expected);
        assertThat(expected).isGreaterThan(new BigDecimal("9.2E16")); // past what a long of cents holds
        assertThat(run.out()).contains("Total cost:   USD " + total).contains("  Total ").containsPattern(
                "\\n  Total +" + java.util.regex.Pattern.quote(total) + "\\n");
    }

    @Test
    void anExportNeverReplacesItsOwnPlan() throws Exception {
        Path file = save(plan("Mine"), "p.xlsx");
        byte[] before = Files.readAllBytes(file);
        CommandLineTest.Run run = CommandLineTest.run("export", file.toString(), "--force", "--xlsx", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("genaiplan: p.xlsx is the plan being exported; write the export to another"
                + " file.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("p.xlsx.bak")).doesNotExist();
    }

    @Test
    void valuesAWorkbookCannotHoldAreWrittenInAFormItCan() throws Exception {
        Plan plan = new Plan("Far future", LocalDate.of(9999, 6, 1));
        plan.addTask(null, "Long").setDurationMinutes(480 * 300);
        Risk risk = plan.addRisk("Wordy");
        risk.setMitigation("m".repeat(40_000));
        Path out = dir.resolve("far.xlsx");
        CommandLineTest.Run run = CommandLineTest.run("export", save(plan, "far.genaiplan").toString(), "--xlsx",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row head = wb.getSheet("WBS").getRow(0);
            int column = 0;
            while (!"Finish".equals(head.getCell(column).getStringCellValue())) {
                column++;
            }
            Cell finish = wb.getSheet("WBS").getRow(1).getCell(column);
            assertThat(finish.getCellType()).isEqualTo(CellType.STRING);
            assertThat(finish.getStringCellValue()).startsWith("+10000-");
            String mitigation = wb.getSheet("Risks").getRow(1).getCell(10).getStringCellValue();
            assertThat(mitigation).hasSize(32_767).endsWith("[cut: too long for one cell]");
        }
    }

    @Test
    void aPlanWithEveryValueAtItsLimitIsExportedAndShown() throws Exception {
        Plan plan = new Plan("At the limits", LocalDate.of(1900, 1, 1));
        plan.setPriceTable(new org.genaiplan.model.cost.PriceTable(LocalDate.of(9999, 12, 31), java.util.List.of(
                new org.genaiplan.model.cost.GpuPrice("Big", new BigDecimal("1E13"), 1E12, false)), java.util.List.of()));
        plan.putRole(new org.genaiplan.model.Role("Owner", new BigDecimal("1E13")));
        plan.setBudget(new org.genaiplan.model.cost.Budget(new BigDecimal("0.0001"), java.util.Map.of()));
        for (int i = 0; i < 50; i++) {
            Task t = plan.addTask(null, "T".repeat(500));
            t.setDurationMinutes(org.genaiplan.store.PackageLimits.MAX_MINUTES);
            t.setOwnerRole("Owner");
            t.setFixedCost(new BigDecimal("1E13"));
            t.setNotes("n".repeat(100_000));
            t.setCostLines(java.util.List.of(new org.genaiplan.model.cost.CostLine("x",
                    new org.genaiplan.model.cost.ComputeCost("Big", 1_000_000_000_000L, new BigDecimal("1E12")),
                    new BigDecimal("1E13"))));
        }
        Path file = save(plan, "limits.genaiplan");
        CommandLineTest.Run info = CommandLineTest.run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Total cost:").contains("Alert:");
        CommandLineTest.Run export = CommandLineTest.run("export", file.toString(), "--xlsx",
                dir.resolve("limits.xlsx").toString(), "--csv", dir.resolve("limits.csv").toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
    }

    @Test
    void aFailureThatIsNotOursIsNamedByTheCommandNotByItsException() {
        picocli.CommandLine cli = new picocli.CommandLine(new GenaiPlanCommand());
        assertThat(GenaiPlanCommand.sentence(new IllegalStateException("java.lang.NullPointerException at x"), cli))
                .isEqualTo("the command \"genaiplan\" could not finish because of an internal error.");
    }

    @Test
    void generatingMoreTasksThanAPlanMayHoldIsRefused() {
        CommandLineTest.Run run = CommandLineTest.run("generate", "--tasks", "100001", dir.resolve("g.genaiplan").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--tasks must be between 1 and 100,000 (the most a plan file may hold).")
                .doesNotContain("Exception");
    }
}
