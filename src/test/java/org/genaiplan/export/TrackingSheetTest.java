package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.tracking.BaselineCapture;
import org.genaiplan.schedule.tracking.WorkedExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tracking sheet of the worked example: Excel's own formulas give the hand-computed figures. */
class TrackingSheetTest {
    @TempDir
    Path dir;

    private static Row labelled(XSSFSheet s, String label) {
        for (Row row : s) {
            Cell c = row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    @Test
    void formulasRecomputedByPoiGiveTheWorkedExample() throws Exception {
        Plan plan = WorkedExample.plan();
        plan.setTracking(plan.tracking().withBaseline(BaselineCapture.of(plan, "Approved", LocalDateTime.now())));
        WorkedExample.recordProgress(plan);
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "ev.xlsx"))) {
            XSSFSheet s = wb.getSheet(TrackingSheet.NAME);
            assertThat(s).isNotNull();
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Row total = labelled(s, "Plan");
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(12_300.0);
            assertThat(total.getCell(10).getNumericCellValue()).isEqualTo(10_700.0);
            assertThat(total.getCell(11).getNumericCellValue()).isEqualTo(9_900.0);
            assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(10_450.0);
            assertThat(total.getCell(13).getNumericCellValue()).isEqualTo(-800.0);
            assertThat(total.getCell(14).getNumericCellValue()).isEqualTo(-550.0);
            assertThat(total.getCell(15).getNumericCellValue()).isEqualTo(0.93);
            assertThat(total.getCell(16).getNumericCellValue()).isEqualTo(0.95);
            assertThat(labelled(s, "EAC").getCell(2).getNumericCellValue()).isEqualTo(12_850.0);
            assertThat(labelled(s, "ETC").getCell(2).getNumericCellValue()).isEqualTo(2_400.0);
            assertThat(labelled(s, "VAC").getCell(2).getNumericCellValue()).isEqualTo(-550.0);
            assertThat(labelled(s, "TCPI").getCell(2).getNumericCellValue()).isEqualTo(1.30);
            Row evaluation = labelled(s, "Evaluation");
            assertThat(evaluation.getCell(4).getNumericCellValue()).as("EV by SUMIF").isEqualTo(1_600.0);
            assertThat(evaluation.getCell(7).getNumericCellValue()).as("CPI").isEqualTo(1.07);
            assertThat(labelled(s, "2026-03").getCell(2).getNumericCellValue()).isEqualTo(12_300.0);
        }
    }

    @Test
    void aPlanWithoutABaselineHasNoTrackingSheet() throws Exception {
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(WorkedExample.plan(), dir, "none.xlsx"))) {
            assertThat(wb.getSheet(TrackingSheet.NAME)).isNull();
        }
    }
}
