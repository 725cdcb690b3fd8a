package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.BusinessCase;
import org.genaiplan.schedule.BusinessCaseReport;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code genaiplan info} prints the payback month and the cost per 1,000 requests, and the workbook's Business
 * case sheet works the same figures out with formulas that give the app's values when recalculated.
 */
@ExtendWith(PrivateStoreHome.class)
class BusinessCaseInfoTest {
    @TempDir
    Path dir;

    @Test
    void infoAndWorkbookCarryTheBusinessCase() throws Exception {
        Path file = CommandLineTest.chatbotPlan(dir);
        assertThat(CommandLineTest.run("info", file.toString()).out()).doesNotContain("Payback:");

        Plan plan = new PlanPackageReader().read(file).plan();
        plan.setBusinessCase(new BusinessCase(new BigDecimal("30000"), new BigDecimal("5000"), new BigDecimal("10000"),
                0, 100_000, new BigDecimal("2"), null));
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        BusinessCaseReport expected = BusinessCaseReport.of(new PlanPackageReader().read(file).plan(), plan.businessCase());
        CommandLineTest.Run info = CommandLineTest.run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Payback:      " + expected.paybackText())
                .contains("per 1,000 requests").contains("Run-rate:");
        assertThat(expected.paybackMonth()).isNotNull();
        assertThat(expected.operatingLines()).hasSize(2);

        Path xlsx = dir.resolve("plan.xlsx");
        CommandLineTest.Run export = CommandLineTest.run("export", file.toString(), "--xlsx", xlsx.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Business case");
            assertThat(sheet).isNotNull();
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            eval.evaluateAll();
            assertThat(value(sheet, "Payback month", eval)).isEqualTo((double) expected.paybackMonth());
            assertThat(value(sheet, "Cost per 1,000 requests", eval))
                    .isCloseTo(expected.costPer1000Requests().doubleValue(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(value(sheet, "ROI at 36 months", eval))
                    .isCloseTo(expected.roi36().doubleValue(), org.assertj.core.data.Offset.offset(0.0001));
            assertThat(sheet.getRow(13).getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    private static double value(XSSFSheet sheet, String name, FormulaEvaluator eval) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(name)) {
                return eval.evaluate(row.getCell(1)).getNumberValue();
            }
        }
        throw new AssertionError(name);
    }
}
