package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People in the Costs sheet's price table: their own rate, or a formula reading their role's rate. */
class PeopleCostsSheetTest {
    @TempDir
    Path dir;

    @Test
    void aPersonsWorkIsPricedAtTheirRoleRateCellSoChangingItInExcelFollows() throws Exception {
        Plan plan = new Plan("People", ExportFixtures.START);
        plan.putRole(new Role("Engineer", new BigDecimal("100")));
        plan.resources().putPerson(new Person("Dana", "Engineer", null, 100, ""));
        plan.resources().putPerson(new Person("Sam", null, new BigDecimal("60"), 100, ""));
        Task dana = plan.addTask(null, "Dana's work");
        dana.setDurationMinutes(480);
        dana.setOwnerRole("Dana");
        Task sam = plan.addTask(null, "Sam's work");
        sam.setDurationMinutes(960);
        sam.setOwnerRole("Sam");
        new CpmScheduler().schedule(plan);

        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "people.xlsx"))) {
            XSSFSheet sheet = wb.getSheet(CostsSheet.NAME);
            Row danaRow = item(sheet, "Dana's work");
            Row samRow = item(sheet, "Sam's work");
            Cell danaPrice = danaRow.getCell(CostsSheet.UNIT_PRICE);
            assertThat(danaPrice.getCellType()).isEqualTo(CellType.FORMULA);
            Row personRow = labelled(sheet, "Dana");
            Row roleRow = labelled(sheet, "Engineer");
            assertThat(danaPrice.getCellFormula()).isEqualTo("$C$" + (personRow.getRowNum() + 1));
            assertThat(personRow.getCell(PriceBlock.FIRST).getCellFormula()).isEqualTo("$C$" + (roleRow.getRowNum() + 1));
            assertThat(danaRow.getCell(CostsSheet.PLANNED).getNumericCellValue()).isCloseTo(800, within(0.001));
            assertThat(samRow.getCell(CostsSheet.PLANNED).getNumericCellValue()).isCloseTo(960, within(0.001));

            roleRow.getCell(PriceBlock.FIRST).setCellValue(150);
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            eval.evaluateAll();
            assertThat(danaRow.getCell(CostsSheet.PLANNED).getNumericCellValue()).as("8 h at the new 150")
                    .isCloseTo(1200, within(0.001));
            assertThat(samRow.getCell(CostsSheet.PLANNED).getNumericCellValue()).as("her own rate")
                    .isCloseTo(960, within(0.001));
        }
    }

    private static Row item(XSSFSheet sheet, String task) {
        for (Row row : sheet) {
            Cell c = row.getCell(CostsSheet.TASK);
            if (row.getRowNum() > 0 && c != null && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(task)) {
                return row;
            }
        }
        throw new AssertionError("no item for " + task);
    }

    private static Row labelled(XSSFSheet sheet, String label) {
        Row found = null;
        for (Row row : sheet) {
            Cell c = row.getCell(CostsSheet.LABEL);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                found = row; // the price table is at the foot: the last row with the label
            }
        }
        if (found == null) {
            throw new AssertionError("no row labelled " + label);
        }
        return found;
    }
}
