package org.genaiplan.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.IssueStatus;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.ReferenceData;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityViewModelTest {
    @TempDir
    Path dir;
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private QualityViewModel quality;
    private IssueLogViewModel issues;

    @BeforeEach
    void setUp() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        quality = new QualityViewModel(editor, message);
        issues = new IssueLogViewModel(editor, message, ReferenceData.load(), () -> LocalDate.of(2026, 5, 4));
    }

    @Test
    void theChatbotStartsWithEverySeedMetricIncludingBothLatencyTargetsAndBothToxicityRules() {
        assertThat(quality.rows()).extracting(MetricRow::id).startsWith("hallucination-rate", "toxicity-average",
                "toxicity", "pii-leakage", "latency-p95", "latency-p95-ceiling").contains("user-satisfaction");
        assertThat(quality.row("latency-p95").target()).isEqualTo("at most 500 ms");
        assertThat(quality.row("latency-p95-ceiling").target()).isEqualTo("at most 800 ms");
        assertThat(quality.row("toxicity-average").target()).isEqualTo("at most 0.1");
        assertThat(quality.row("toxicity").target()).isEqualTo("at most 1 %");
        assertThat(quality.row("hallucination-rate").gate()).endsWith("Go / no-go");
        assertThat(quality.row("hallucination-rate").measuredBy()).contains("Score answers");
    }

    @Test
    void aFileWithABadRowChangesNothingAndAGoodOneIsOneUndoableStep() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "hallucination-rate,2026-05-04,7\nnope,2026-05-04,1\n");
        assertThat(quality.importEvaluation(bad)).containsExactly(
                "Row 2: the metric \"nope\" is not in the quality plan.");
        assertThat(editor.plan().quality().measurements()).isEmpty();
        assertThat(editor.undoStack().canUndoProperty().get()).isFalse();

        Path good = Files.writeString(dir.resolve("good.csv"), "Hallucination rate,2026-05-04,7 %,400,harness\n");
        assertThat(quality.importEvaluation(good)).isNull();
        assertThat(quality.row("hallucination-rate").status()).isEqualTo("not met");
        assertThat(quality.row("hallucination-rate").points()).hasSize(1);
        assertThat(message.get()).isEqualTo("Imported 1 measurement from good.csv.");
        assertThat(quality.undo()).isTrue();
        assertThat(quality.row("hallucination-rate").status()).isEqualTo("not measured yet");
    }

    @Test
    void usersAddTheirOwnMetricAndChangeATarget() {
        assertThat(quality.putMetric(new MetricInput("", "Answer groundedness", "Quality and safety", "judged",
                false, "90", "92", "%", "200"), true)).isNull();
        assertThat(quality.row("answer-groundedness").target()).isEqualTo("at least 90 %");
        assertThat(quality.putMetric(new MetricInput("", "Answer groundedness", "", "", false, "", "", "", ""), true))
                .contains("already has a metric");
        MetricInput throughput = quality.metricInput("throughput");
        assertThat(quality.putMetric(new MetricInput(throughput.id(), throughput.name(), throughput.group(),
                throughput.measure(), false, "fast", "", "req/s", ""), false)).isEqualTo("The target \"fast\" is not a number.");
        assertThat(quality.putMetric(new MetricInput(throughput.id(), throughput.name(), throughput.group(),
                throughput.measure(), false, "30", "", "req/s", ""), false)).isNull();
        assertThat(quality.row("throughput").target()).isEqualTo("at least 30 req/s");
        assertThat(quality.row("throughput").measuredBy()).as("its task stays").contains("Load and latency");
        quality.undo();
        assertThat(quality.row("throughput").target()).isEqualTo("no target yet");
    }

    @Test
    void issuesAreCountedAndFilteredByGradeAndStatus() {
        long first = issues.record(new IssueInput("Wrong refund advice", 2, IssueStatus.OPEN,
                LocalDate.of(2026, 5, 4), "QA", "hallucination-rate", null, null, ""));
        issues.record(new IssueInput("Typo", 4, IssueStatus.OPEN, null, "", null, null, null, ""));
        assertThat(issues.countsProperty().get()).startsWith("Grade 1: 0 \u00b7 Grade 2: 1 \u00b7 Grade 3: 0 \u00b7 Grade 4: 1")
                .contains("open: 2");
        issues.gradeFilterProperty().set(2);
        assertThat(issues.rows()).extracting(IssueRow::title).containsExactly("Wrong refund advice");
        assertThat(issues.rows().getFirst().metric()).isEqualTo("Hallucination rate");
        issues.gradeFilterProperty().set(null);
        assertThat(issues.setStatus(first, IssueStatus.FIXED)).isNull();
        assertThat(editor.plan().quality().issue(first).fixed()).isEqualTo(LocalDate.of(2026, 5, 4));
        issues.statusFilterProperty().set(IssueStatus.FIXED);
        assertThat(issues.rows()).hasSize(1);
        assertThat(issues.gradeHelp(2)).contains("Response: Patch the behaviour")
                .contains("switch the feature off");
        assertThat(issues.gradeHelp(3)).contains("fix it in the next planned release");
        assertThat(issues.record(new IssueInput(" ", 2, IssueStatus.OPEN, null, "", null, null, null, ""))).isEqualTo(-1);
        assertThat(message.get()).isEqualTo("An issue needs a title.");
    }

    @Test
    void aMilestoneBecomesAGateAndItsCriteriaChangeAsUndoableSteps() {
        assertThat(quality.gateLines()).hasSize(2);
        assertThat(quality.gateLines().getFirst()).startsWith("Gate Go / no-go: pending");
        long signoff = quality.gates().milestones().entrySet().stream()
                .filter(e -> e.getValue().endsWith("UAT signed off")).findFirst().orElseThrow().getKey();
        assertThat(quality.gates().put(new GateInput(signoff, java.util.List.of("hallucination-rate"), 1, 10))).isNull();
        assertThat(quality.gateLines()).hasSize(3).anySatisfy(line -> assertThat(line)
                .startsWith("Gate UAT signed off: blocked").contains("risk \"Confident but invented answers\" scores 16, above 10"));
        GateInput again = quality.gates().input(signoff);
        assertThat(again.metricIds()).containsExactly("hallucination-rate");
        assertThat(again.issueGrade()).isEqualTo(1);
        assertThat(again.riskScore()).isEqualTo(10);
        long live = quality.gates().milestones().entrySet().stream()
                .filter(e -> e.getValue().endsWith("Chatbot live")).findFirst().orElseThrow().getKey();
        assertThat(quality.gates().input(live).riskScore()).isEqualTo(15);
        assertThat(quality.gates().put(new GateInput(live, java.util.List.of(), null, null))).isNull();
        assertThat(editor.plan().quality().gate(live).criteria()).as("its tasks-complete condition stays")
                .extracting(org.genaiplan.model.quality.GateCriterion::kind)
                .containsExactly(org.genaiplan.model.quality.GateCriterion.Kind.TASKS_COMPLETE);
        assertThat(quality.gates().remove(signoff)).isNull();
        assertThat(quality.gateLines()).hasSize(2);
        quality.undo();
        quality.undo();
        assertThat(quality.gates().input(live).riskScore()).isEqualTo(15);
        quality.undo();
        assertThat(quality.gateLines()).hasSize(2);
    }

    @Test
    void anIssueLinksATaskByItsWbsCodeAndARiskOfTheRegister() {
        Long task = issues.taskOf("3.2.2");
        long risk = issues.riskChoices().keySet().iterator().next();
        long id = issues.record(new IssueInput("Invented refund rule", 2, IssueStatus.OPEN, null, "", null, task, risk,
                ""));
        IssueRow row = issues.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.task()).isEqualTo("3.2.2 Score answers and sample for hallucinations");
        assertThat(row.risk()).isNotBlank();
        assertThat(issues.taskCode(task)).isEqualTo("3.2.2");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> issues.taskOf("9.9")))
                .hasMessage("There is no task 9.9 in the WBS.");
        assertThat(issues.taskOf(" ")).isNull();
    }
}
