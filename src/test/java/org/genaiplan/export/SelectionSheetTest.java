package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.SelectionMatrix;
import org.genaiplan.model.decision.SelectionMatrix.Candidate;
import org.genaiplan.model.decision.SelectionMatrix.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Model selection sheet: criteria, candidates with scores, weighted score and rank, the decision, the techniques. */
class SelectionSheetTest {
    @TempDir
    Path dir;

    @Test
    void theSheetListsCriteriaCandidatesRankAndDecision() throws Exception {
        Plan plan = ExportFixtures.chatbot();
        plan.setSelection(new SelectionMatrix(List.of(new Criterion("Quality", 10), new Criterion("Cost", 5)), List.of(
                new Candidate("Hosted API", false, false, "", "Commercial", new BigDecimal("2.5"), 200_000,
                        Map.of("Quality", 5, "Cost", 2)),
                new Candidate("Open 8B", true, true, "8B", "Apache-2.0", null, 128_000, Map.of("Quality", 4, "Cost", 5))),
                new SelectionMatrix.Decision("Open 8B", LocalDate.of(2027, 1, 20), "Data stays in house")));
        try (XSSFWorkbook wb = ExportFixtures.open(ExportFixtures.export(plan, dir, "sel.xlsx"))) {
            XSSFSheet sheet = wb.getSheet("Model selection");
            assertThat(sheet).isNotNull();
            DataFormatter f = new DataFormatter();
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> {
                row.forEach(cell -> all.append(f.formatCellValue(cell)).append('|'));
                all.append('\n');
            });
            assertThat(all.toString())
                    .contains("Quality|10|")
                    .contains("Candidate|Approach|Weights|Hosting|Size|Licence|Price / M tokens|Context tokens|Quality|Cost|Weighted score|Rank|")
                    .contains("Open 8B|adapt an existing model|open|self-hosted|8B|Apache-2.0|128000|4|5|4.33|1|")
                    .contains("Decision|Open 8B|")
                    .contains("Data stays in house")
                    .contains("Run fine-tuning jobs|lora|");
        }
    }
}
