package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.Lesson;
import org.genaiplan.model.lessons.LessonAction;
import org.genaiplan.model.lessons.LessonLog;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceSheetsTest {
    @TempDir
    Path dir;

    @Test
    void aPlanWithoutComplianceMilestonesOrLessonsGetsNeitherSheet() throws Exception {
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(ExportFixtures.template("llm-chatbot"), dir,
                "plain.xlsx"))) {
            assertThat(wb.getSheet("Compliance")).isNull();
            assertThat(wb.getSheet("Lessons")).isNull();
        }
    }

    @Test
    void theComplianceSheetComparesEachMilestoneWithItsDateAndTheLessonsSheetHoldsTheLog() throws Exception {
        Plan plan = ExportFixtures.template("llm-chatbot");
        TemplateCatalog catalog = TemplateCatalog.load();
        catalog.fragment("eu-ai-act-high-risk").apply(plan, null, 0, ExportFixtures.TODAY);
        catalog.fragment("eu-ai-act-gpai").apply(plan, null, 0, ExportFixtures.TODAY);
        plan.setLessons(new LessonLog(List.of(new Lesson(1, LocalDate.of(2027, 2, 1), "Data management",
                "Labelling guidelines came late", "A week lost", LessonAction.CHANGE, "Write them first", "Data Scientist"))));
        new CpmScheduler().schedule(plan);

        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "c.xlsx"))) {
            XSSFSheet compliance = wb.getSheet("Compliance");
            assertThat(compliance.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Regulatory date");
            XSSFRow gpai = compliance.getRow(1);
            assertThat(gpai.getCell(0).getStringCellValue()).endsWith("General-purpose model obligations met");
            assertThat(gpai.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 8, 2));
            assertThat(gpai.getCell(3).getStringCellValue()).as("a 2027 plan is late for a 2025 date").isEqualTo("no");
            XSSFRow highRisk = compliance.getRow(2);
            assertThat(highRisk.getCell(0).getStringCellValue()).endsWith("High-risk obligations met (Annex III)");
            assertThat(highRisk.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 12, 2));
            assertThat(highRisk.getCell(3).getStringCellValue()).isEqualTo("yes");
            assertThat(highRisk.getCell(4).getNumericCellValue()).isPositive();
            assertThat(highRisk.getCell(6).getStringCellValue()).contains("7 May 2026");
            assertThat(highRisk.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 6));

            XSSFSheet deliverables = wb.getSheet("Deliverables");
            assertThat(deliverables.getRow(1).getCell(0).getStringCellValue())
                    .startsWith("a scoping memo");
            assertThat(deliverables.getRow(1).getCell(2).getStringCellValue())
                    .endsWith("General-purpose model obligations met");
            assertThat(deliverables.getRow(1).getCell(3).getStringCellValue()).isEqualTo("open");

            XSSFSheet lessons = wb.getSheet("Lessons");
            assertThat(lessons.getRow(0).getCell(2).getStringCellValue()).isEqualTo("What happened");
            assertThat(lessons.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Labelling guidelines came late");
            assertThat(lessons.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Change");
        }
    }
}
