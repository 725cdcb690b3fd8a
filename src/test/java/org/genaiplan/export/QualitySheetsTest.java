package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.IssueStatus;
import org.genaiplan.model.quality.Measurement;
import org.genaiplan.model.quality.QualityIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualitySheetsTest {
    @TempDir
    Path dir;

    @Test
    void workbookHasQualityIssuesDeliverablesAndGatesWithColouredStatuses() throws Exception {
        Plan plan = ExportFixtures.chatbot();
        plan.setQuality(plan.quality()
                .withMeasurements(List.of(new Measurement("hallucination-rate", LocalDate.of(2026, 5, 4), 7, 400,
                        "eval harness", "")))
                .withIssue(new QualityIssue(1, "Refund advice that could hurt", 2, IssueStatus.OPEN,
                        LocalDate.of(2026, 5, 5), null, "QA Engineer", null, "hallucination-rate", null, "")));
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "q.xlsx"))) {
            assertThat(wb.getSheetIndex(QualitySheets.QUALITY)).isGreaterThan(wb.getSheetIndex("Costs"));
            XSSFSheet quality = wb.getSheet(QualitySheets.QUALITY);
            assertThat(quality.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Hallucination rate");
            assertThat(quality.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(7.0);
            assertThat(quality.getRow(1).getCell(10).getStringCellValue()).isEqualTo("not met");
            assertThat(quality.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            XSSFSheet issues = wb.getSheet(QualitySheets.ISSUES);
            assertThat(issues.getRow(1).getCell(2).getStringCellValue()).isEqualTo("High");
            assertThat(issues.getRow(1).getCell(4).getStringCellValue()).isEqualTo("open");
            assertThat(wb.getSheet(QualitySheets.DELIVERABLES).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Deliverable");
            XSSFSheet gates = wb.getSheet(QualitySheets.GATES);
            assertThat(gates.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Go / no-go");
            assertThat(gates.getRow(1).getCell(2).getStringCellValue()).isEqualTo("blocked");
            assertThat(gates.getRow(1).getCell(3).getStringCellValue())
                    .contains("Hallucination rate is 7 %, target at most 5 %")
                    .contains("Grade 2 issue #1 \"Refund advice that could hurt\" is open");
        }
    }
}
