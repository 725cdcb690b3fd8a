package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's Risk analysis sheet on the chatbot template: settings, percentiles, drivers, a native chart. */
class RiskAnalysisSheetTest {
    @TempDir
    Path dir;

    @Test
    void theChatbotTemplateGetsPercentilesBeforeAndAfterMitigationWithAChart() throws Exception {
        Plan plan = ExportFixtures.template("llm-chatbot");
        Path xlsx = ExportFixtures.export(plan, dir, "chatbot.xlsx");
        try (XSSFWorkbook wb = ExportFixtures.open(xlsx)) {
            XSSFSheet sheet = wb.getSheet(RiskAnalysisSheet.NAME);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(10_000);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1);
            int p80 = -1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
                        && sheet.getRow(r).getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && "P80".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    p80 = r;
                }
            }
            assertThat(p80).isPositive();
            double before = sheet.getRow(p80).getCell(2).getNumericCellValue();
            double after = sheet.getRow(p80).getCell(5).getNumericCellValue();
            assertThat(after).isLessThan(before);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }
}
