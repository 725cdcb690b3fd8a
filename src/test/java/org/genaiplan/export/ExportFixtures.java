package org.genaiplan.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;

/** Plans and workbooks the export tests share. */
final class ExportFixtures {
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final LocalDate TODAY = LocalDate.of(2027, 2, 10);
    static final String[] FORMULA_NAMES = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "=1+1"};

    private ExportFixtures() {
    }

    static Plan template(String id) {
        Plan plan = TemplateCatalog.load().template(id).instantiate("Plan " + id, START);
        new CpmScheduler().schedule(plan);
        return plan;
    }

    static Plan chatbot() {
        return template("llm-chatbot");
    }

    static BigDecimal totalCost(Plan plan) {
        BigDecimal total = BigDecimal.ZERO;
        for (Task t : plan.roots()) {
            total = total.add(t.cost());
        }
        return total;
    }

    static Path export(Plan plan, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        new ExcelExporter().export(plan, file, ExportOptions.defaults().withToday(TODAY), ProgressListener.NONE);
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
