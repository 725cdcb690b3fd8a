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
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
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

    /**
     * A small plan with hand-worked costs (USD):
     * <pre>
     * 1   Fine-tuning (phase Fine-tuning, budget 5,000)
     * 1.1 Train adapter: 5 days, ML Engineer at 100/h = 4,000.00; compute 4 x H100 x 120 h x 2.50 = 1,200.00,
     *     actual 1,000.00; 50 % complete, so its forecast is 1,000 + 1,200 x 0.5 = 1,600.00
     * 2   Serving (phase Serving)
     * 2.1 Run pilot: 100 % complete; API 10,000 requests x (500 in x 3 + 300 out x 15) / 1M x 1 month = 60.00;
     *     licence 500.00 (actual 500.00); fixed cost 250.00
     * 2.2 Label data: annotation 2,000 items x 1.5 min x Annotator 30/h = 1,500.00; evaluation by "Red Teamer",
     *     a role without a rate: 0.00 and a missing-price warning
     * </pre>
     * Planned 7,510.00, actual 1,500.00, forecast 7,910.00; plan budget 8,000 (forecast at 98 %, the 90 % alert),
     * Fine-tuning forecast 5,600.00 of 5,000 (the 100 % alert); one open risk of 10,000 at probability 3 (50 %):
     * a contingency reserve of 5,000.00.
     */
    static Plan costed() {
        Plan plan = new Plan("Costed pilot", START);
        plan.putRole(new org.genaiplan.model.Role("ML Engineer", new BigDecimal("100")));
        plan.putRole(new org.genaiplan.model.Role("Annotator", new BigDecimal("30"), true));
        plan.setPriceTable(new PriceTable(LocalDate.of(2026, 12, 1),
                java.util.List.of(new GpuPrice("H100", new BigDecimal("2.50"), 989, true)),
                java.util.List.of(new TokenPrice("Claude-x", new BigDecimal("3"), new BigDecimal("15"), false))));
        Task tuning = plan.addTask(null, "Fine-tuning");
        tuning.setPhase("Fine-tuning");
        Task train = plan.addTask(tuning, "Train adapter");
        train.setDurationMinutes(5 * 480);
        train.setOwnerRole("ML Engineer");
        train.setPercentComplete(50);
        train.setCostLines(java.util.List.of(new CostLine("Adapter run",
                new ComputeCost("H100", 4, new BigDecimal("120")), new BigDecimal("1000"))));
        Task serving = plan.addTask(null, "Serving");
        serving.setPhase("Serving");
        Task pilot = plan.addTask(serving, "Run pilot");
        pilot.setDurationMinutes(10 * 480);
        pilot.setPercentComplete(100);
        pilot.setFixedCost(new BigDecimal("250"));
        pilot.setCostLines(java.util.List.of(
                new CostLine(new ApiCost("Claude-x", 10_000, 500, 300, BigDecimal.ONE)),
                new CostLine("Eval set", new LicenceCost(new BigDecimal("500")), new BigDecimal("500"))));
        Task label = plan.addTask(serving, "Label data");
        label.setDurationMinutes(5 * 480);
        label.setCostLines(java.util.List.of(
                new CostLine(new AnnotationCost("Annotator", 2000, new BigDecimal("1.5"))),
                new CostLine(new EvaluationCost("Red Teamer", BigDecimal.TEN))));
        plan.setBudget(new Budget(new BigDecimal("8000"), java.util.Map.of("Fine-tuning", new BigDecimal("5000"))));
        org.genaiplan.model.Risk risk = plan.addRisk("GPU prices rise");
        risk.setProbability(3);
        risk.setCostImpact(new BigDecimal("10000"));
        new CpmScheduler().schedule(plan);
        return plan;
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
