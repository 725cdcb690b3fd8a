package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chatbot template's stakeholders, RACI (letters coloured) and communication plan in the workbook. */
class StakeholderSheetsTest {
    @TempDir
    Path dir;

    @Test
    void theRegisterTheColouredRaciAndTheCommunicationPlanAreWritten() throws Exception {
        Plan plan = ExportFixtures.chatbot();
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "people.xlsx"))) {
            XSSFSheet register = wb.getSheet("Stakeholders");
            assertThat(register.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Project sponsor");
            assertThat(register.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Manage closely");

            XSSFSheet raci = wb.getSheet("RACI");
            XSSFRow head = raci.getRow(0);
            int sponsor = -1;
            for (int c = 0; c < head.getLastCellNum(); c++) {
                if (head.getCell(c).getStringCellValue().equals("Project sponsor")) {
                    sponsor = c;
                }
            }
            assertThat(sponsor).isGreaterThan(1);
            XSSFRow charter = raci.getRow(1);
            assertThat(charter.getCell(0).getStringCellValue()).isEqualTo("Project charter");
            XSSFCell a = charter.getCell(sponsor);
            assertThat(a.getStringCellValue()).isEqualTo("A");
            assertThat(((XSSFCellStyle) a.getCellStyle()).getFillForegroundXSSFColor().getARGBHex()).endsWith("FFCDD2");

            XSSFSheet comms = wb.getSheet("Communication");
            assertThat(comms.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Weekly status update");
            assertThat(comms.getRow(1).getCell(3).getStringCellValue()).isEqualTo("weekly");
        }
    }
}
