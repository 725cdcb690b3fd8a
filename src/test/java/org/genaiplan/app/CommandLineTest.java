package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(PrivateStoreHome.class)
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    /** The chatbot template as a plan file in {@code dir}, starting on Monday 4 January 2027. */
    static Path chatbotPlan(Path dir) {
        Path plan = dir.resolve("chatbot.genaiplan");
        assertThat(run("new", "--template", "llm-chatbot", "--start", "2027-01-04", plan.toString()).exitCode())
                .isZero();
        return plan;
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GenaiPlanCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommandAndExitsZero() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: genaiplan").contains("FILE");
    }

    @Test
    void unknownOptionIsAnErrorWithAMessage() {
        Run run = run("--frobnicate");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void versionNamesTheApp() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("GenAI Planner " + AppVersion.VERSION);
    }

    @Test
    void newThenInfoPrintsThePlan() {
        Path file = dir.resolve("a.genaiplan");
        Run created = run("new", "--start", "2026-01-05", file.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(file).exists();

        Run info = run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Name:         a").contains("Start:        2026-01-05")
                .contains("Tasks:        0").contains("Risks:        0").contains("File format:  " + org.genaiplan.store.PackageFormat.CURRENT_VERSION + " ");
        // a plan made from nothing still gets the starter price table, marked as examples
        assertThat(info.out()).contains("Prices:       4 GPU types, 4 models, not dated; 8 example values to replace")
                .contains("Budget:       none set").contains("  Total                       0.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"genai-lifecycle", "llm-chatbot", "scope-select-adapt", "agile-llm-pilot"})
    void everyTemplateMakesAPlanThatInfoCounts(String id) {
        Path file = dir.resolve(id + ".genaiplan");
        Run created = run("new", "--template", id, "--start", "2026-01-05", file.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        Run info = run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        String listed = run("templates").out().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
        String tasks = listed.replaceAll(".*tasks=(\\d+).*", "$1");
        String milestones = listed.replaceAll(".*milestones=(\\d+).*", "$1");
        String risks = listed.replaceAll(".*risks=(\\d+).*", "$1");
        assertThat(info.out()).contains("Tasks:        " + tasks + " (")
                .contains("Milestones:   " + milestones + "\n")
                .contains("Risks:        " + risks + " (");
        assertThat(info.out()).doesNotContain("Total cost:   USD 0.00");
        // every template plan is priced in every category but Fixed / other, which some leave empty
        for (String category : new String[] {"People", "Compute", "API / tokens", "Data"}) {
            assertThat(info.out()).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(category)
                    + " +[1-9][0-9,]*\\.[0-9]{2}$");
        }
        assertThat(info.out()).contains("Costs (USD)                Planned\n").doesNotContain("Warning:");
    }

    @Test
    void infoPrintsActualsForecastBudgetAlertsAndContingency() throws Exception {
        Plan plan = new Plan("Pilot", LocalDate.of(2026, 1, 5));
        plan.putRole(new Role("ML engineer", new BigDecimal("100")));
        plan.setPriceTable(new PriceTable(LocalDate.of(2026, 1, 2),
                List.of(new GpuPrice("H100 80GB", new BigDecimal("3.00"), 989, false)),
                List.of(new TokenPrice("Large model", new BigDecimal("3.00"), new BigDecimal("15.00"), false))));
        Task tune = plan.addTask(null, "Fine-tune");
        tune.setPhase("Model development");
        tune.setOwnerRole("ML engineer");
        tune.setDurationMinutes(2 * 480); // 16 h x 100 = 1,600.00 of owner's work
        tune.setActualStart(LocalDateTime.of(2026, 1, 5, 9, 0));
        tune.setPercentComplete(50);
        // 4 x 120 h x 3.00 = 1,440.00 planned; 1,500.00 spent; forecast 1,500 + 720 = 2,220.00
        tune.setCostLines(List.of(new CostLine("LoRA runs", new ComputeCost("H100 80GB", 4, new BigDecimal("120")),
                new BigDecimal("1500"))));
        Task pilot = plan.addTask(null, "Pilot traffic");
        pilot.setPhase("Deployment");
        pilot.setDurationMinutes(480);
        // 10,000 x (500 x 3.00 + 300 x 15.00) / 1,000,000 x 1 month = 60.00
        pilot.setCostLines(List.of(new CostLine("Pilot month", new ApiCost("Large model", 10_000, 500, 300,
                BigDecimal.ONE), null)));
        plan.setBudget(new Budget(new BigDecimal("4000"), Map.of("Model development", new BigDecimal("2000"))));
        Risk outage = plan.addRisk("GPU quota refused");
        outage.setProbability(3); // 50 %
        outage.setCostImpact(new BigDecimal("10000"));
        Risk closed = plan.addRisk("Vendor price rise");
        closed.setCostImpact(new BigDecimal("99999"));
        closed.setStatus(RiskStatus.CLOSED);
        Path file = dir.resolve("pilot.genaiplan");
        PlanFiles.writeNew(plan, file, false);

        Run info = run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains(String.join("\n",
                "Costs (USD)                Planned          Actual        Forecast",
                "  People                  1,600.00            0.00        1,600.00",
                "  Compute                 1,440.00        1,500.00        2,220.00",
                "  Infrastructure              0.00            0.00            0.00",
                "  API / tokens               60.00            0.00           60.00",
                "  Data                        0.00            0.00            0.00",
                "  Human evaluation            0.00            0.00            0.00",
                "  Fixed / other               0.00            0.00            0.00",
                "  Total                   3,100.00        1,500.00        3,880.00",
                "Budget:       USD 4,000.00, planned 78 %, actual 38 %, forecast 97 % used",
                "Phase budget: Model development: USD 2,000.00, planned 152 %, actual 75 %, forecast 191 % used",
                "Alert:        Forecast for the plan has reached 90 % of the plan's budget (97 %).",
                "Alert:        Actual cost for Model development has reached 75 % of its budget (75 %).",
                "Alert:        Forecast for Model development has reached 100 % of its budget (191 %).",
                "Contingency:  USD 5,000.00 (cost exposure of 1 open risk)",
                "Prices:       1 GPU type, 1 model, priced on 2026-01-02\n"));
    }

    @Test
    void infoWarnsAboutCostLinesWithoutAPrice() throws Exception {
        Plan plan = new Plan("Unpriced", LocalDate.of(2026, 1, 5));
        Task t = plan.addTask(null, "Train");
        t.setDurationMinutes(480);
        t.setCostLines(List.of(new CostLine("Runs", new ComputeCost("TPU v9", 8, new BigDecimal("10")), null)));
        Path file = dir.resolve("unpriced.genaiplan");
        PlanFiles.writeNew(plan, file, false);

        Run info = run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Warning:      The price table has no GPU type \"TPU v9\". Its cost lines count as zero.")
                .contains("  Compute                     0.00");
    }

    @Test
    void templatesListsFour() {
        Run run = run("templates");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(4);
    }

    @Test
    void unknownTemplateIsOneLineError() {
        Run run = run("new", "--template", "nope", dir.resolve("x.genaiplan").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).startsWith("genaiplan: ").contains("nope");
        assertThat(dir.resolve("x.genaiplan")).doesNotExist();
    }

    @Test
    void newRefusesToOverwriteWithoutForce() throws Exception {
        Path file = dir.resolve("keep.genaiplan");
        Files.writeString(file, "precious");
        Run run = run("new", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void infoOnABadFileIsOneLineWithoutStackTrace() throws Exception {
        Path file = dir.resolve("notes.genaiplan");
        Files.writeString(file, "just some text");
        Run run = run("info", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("notes.genaiplan").doesNotContain("Exception");
    }

    @Test
    void generateWritesThePlanSize() {
        Path file = dir.resolve("big.genaiplan");
        Run run = run("generate", "--tasks", "500", "--seed", "7", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run("info", file.toString()).out()).contains("Tasks:        500 (");
    }
}
