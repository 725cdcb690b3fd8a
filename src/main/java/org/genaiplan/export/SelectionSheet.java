package org.genaiplan.export;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.decision.SelectionMatrix;
import org.genaiplan.model.decision.SelectionMatrix.Candidate;
import org.genaiplan.model.decision.SelectionMatrix.Criterion;

/**
 * The Model selection sheet: the criteria with their weights, each candidate's facts, scores, weighted score and
 * rank, and the decision; below them the tasks' techniques. Written when the plan has a matrix or a technique.
 */
final class SelectionSheet {
    static final String NAME = "Model selection";

    private SelectionSheet() {
    }

    static boolean applies(Plan plan) {
        SelectionMatrix m = plan.selection();
        return !m.criteria().isEmpty() || !m.candidates().isEmpty()
                || plan.tasksInOrder().stream().anyMatch(t -> t.technique() != null);
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SelectionMatrix m = plan.selection();
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Model selection matrix (scores 1 to 5, weights 0 to 10)", true, 0);
        r++;
        cells.headers(sheet.createRow(r++), "Criterion", "Weight");
        for (Criterion c : m.criteria()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, c.name());
            cells.number(row, 1, c.weight(), st.integer);
        }
        r++;
        List<String> headers = new java.util.ArrayList<>(List.of("Candidate", "Approach", "Weights", "Hosting", "Size", "Licence",
                "Price / M tokens", "Context tokens"));
        m.criteria().forEach(c -> headers.add(c.name()));
        headers.add("Weighted score");
        headers.add("Rank");
        cells.headers(sheet.createRow(r++), headers.toArray(String[]::new));
        for (Candidate c : m.candidates()) {
            Row row = sheet.createRow(r++);
            int col = 0;
            cells.text(row, col++, c.name());
            cells.text(row, col++, c.approach().phrase());
            cells.text(row, col++, c.openWeights() ? "open" : "closed");
            cells.text(row, col++, c.selfHosted() ? "self-hosted" : "hosted");
            cells.text(row, col++, c.size());
            cells.text(row, col++, c.licence());
            if (c.pricePerMillionTokens() != null) {
                cells.number(row, col, c.pricePerMillionTokens().doubleValue(), st.unitPrice);
            }
            col++;
            if (c.contextTokens() > 0) {
                cells.number(row, col, c.contextTokens(), st.integer);
            }
            col++;
            for (Criterion k : m.criteria()) {
                Integer s = c.scores().get(k.name());
                if (s != null) {
                    cells.number(row, col, s, st.integer);
                }
                col++;
            }
            cells.number(row, col++, Math.round(m.score(c) * 100) / 100.0, null);
            cells.number(row, col, m.rankOf(c.name()), st.integer);
        }
        r++;
        Row decided = sheet.createRow(r++);
        cells.text(decided, 0, "Decision", true, 0);
        if (m.decision() == null) {
            cells.text(decided, 1, "not recorded");
        } else {
            cells.text(decided, 1, m.decision().candidate());
            cells.date(decided, 2, LocalDateTime.of(m.decision().date(), java.time.LocalTime.MIDNIGHT), st.date);
            cells.sentence(decided, 3, m.decision().rationale());
        }
        r++;
        cells.headers(sheet.createRow(r++), "Task", "Technique");
        for (Task t : plan.tasksInOrder()) {
            if (t.technique() != null) {
                Row row = sheet.createRow(r++);
                cells.text(row, 0, t.name());
                cells.text(row, 1, t.technique());
            }
        }
        PageSetup.table(Math.max(1, r - 1), headers.size() - 1).apply(wb, sheet, plan.name());
        sheet.setColumnWidth(0, 34 * 256);
        for (int c = 1; c < headers.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }
}
