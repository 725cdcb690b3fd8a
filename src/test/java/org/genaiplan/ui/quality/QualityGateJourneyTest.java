package org.genaiplan.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.quality.GateStatus;
import org.genaiplan.model.quality.Gates;
import org.genaiplan.model.quality.IssueStatus;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.gantt.GanttChart;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.testing.Slow;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The release gate journey on the chatbot template: evaluation results with hallucination at 7 % and a Grade 2
 * issue block the Go / no-go gate (both reasons in the Gantt tooltip and the status bar); fixing and verifying the
 * issue and importing 4 % pass it; undo takes each step back.
 */
@Slow
@ExtendWith(RobotExtension.class)
class QualityGateJourneyTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    @TempDir
    Path dir;

    static final String FIRST_RUN = """
            metric,date,value,samples,source
            hallucination-rate,2026-05-04,7%,400,eval harness
            toxicity-average,2026-05-04,0.04,10000,eval harness
            toxicity,2026-05-04,0.5,10000,eval harness
            pii-leakage,2026-05-04,0,2000,red-team round 1
            latency-p95,2026-05-05,420,,load test
            """;
    static final String SECOND_RUN = """
            hallucination-rate,2026-05-11,4,400,eval harness
            """;
    static final String HALLUCINATION = "Hallucination rate is 7 %, target at most 5 %";
    static final String ISSUE = "Grade 2 issue #1 \"Refund advice that could hurt\" is ";

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    private Plan plan() {
        return bench.editor().plan();
    }

    private Task gate() {
        return plan().tasksInOrder().stream().filter(t -> t.name().equals("Go / no-go")).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, String tab) {
        robot.interact(() -> bench.window().tabs().getTabs().stream().filter(t -> t.getText().equals(tab))
                .findFirst().ifPresent(t -> bench.window().tabs().getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void importCsv(FxRobot robot, String name, String text) throws Exception {
        Path csv = Files.writeString(dir.resolve(name), text);
        fixture.dialogs.files.add(csv);
        select(robot, "Quality");
        robot.clickOn("#qualityImport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.problems).isEmpty();
    }

    /** The status bar's gate text and its tooltip. */
    private String statusBar(FxRobot robot) {
        Label badge = robot.lookup("#statusGate").queryAs(Label.class);
        return badge.getText() + "\n" + badge.getTooltip().getText();
    }

    /** Hovers over the gate's diamond in the Gantt chart and returns the chart's tooltip text. */
    private String ganttTooltip(FxRobot robot) {
        select(robot, "Gantt");
        GanttChart chart = bench.window().ganttView().chart();
        Task gate = gate();
        BarShape[] bar = new BarShape[1];
        robot.interact(() -> {
            bench.wbs().rows().collapseAll();
            bench.wbs().rows().reveal(List.of(gate.id()));
            chart.scrollToDate(gate.start().toLocalDate().minusDays(3));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            chart.draw();
            bar[0] = chart.barOf(gate.id());
        });
        assertThat(bar[0]).as("the gate's diamond is on screen").isNotNull();
        Point2D at = chart.canvas().localToScreen(bar[0].centerX(), bar[0].centerY());
        robot.moveTo(at.add(-200, 0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(at);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = (Tooltip) chart.canvas().getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tip).as("a tooltip over the gate").isNotNull();
        String text = tip.getText();
        robot.moveTo(at.add(0, 200));
        return text;
    }

    private void recordGradeTwoIssue(FxRobot robot) {
        select(robot, "Issues");
        robot.clickOn("#issueAdd");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#issueTitle").write("Refund advice that could hurt");
        robot.interact(() -> robot.lookup("#issueGrade").queryAs(javafx.scene.control.ChoiceBox.class).setValue(2));
        Label help = robot.lookup("#issueGradeHelp").queryAs(Label.class);
        assertThat(help.getText()).as("the grade picker explains the grade")
                .startsWith("Grade 2 (High)").contains("Covers: Frequent hallucinations")
                .contains("Example: ").contains("Response: Patch the behaviour");
        robot.interact(() -> robot.lookup("#issueMetric").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue("hallucination-rate"));
        DialogPane pane = robot.lookup("#issueDialog").queryAs(DialogPane.class);
        Button record = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()).findFirst().orElseThrow());
        robot.clickOn(record);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setIssueStatus(FxRobot robot, IssueStatus status) {
        select(robot, "Issues");
        robot.interact(() -> robot.lookup("#issueTable").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        robot.clickOn("#issueSetStatus");
        robot.clickOn("#issueStatus-" + status.name());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GateStatus status() {
        return Gates.of(plan(), gate().id()).status();
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> bench.editor().undo());
    }

    @Test
    void evaluationAndAGradeTwoIssueBlockTheGoNoGoGateUntilFixedVerifiedAndMeasuredAgain(FxRobot robot)
            throws Exception {
        Plan template = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        template.changes().drain();
        robot.interact(() -> bench.editor().setSession(fixture.documents.session(template), true));
        assertThat(status()).as("nothing measured yet").isEqualTo(GateStatus.PENDING);

        importCsv(robot, "evals.csv", FIRST_RUN);
        assertThat(robot.lookup("#qualitySummary").queryAs(Label.class).getText())
                .startsWith("Quality: 4 met, 0 at risk, 1 not met");
        recordGradeTwoIssue(robot);
        assertThat(plan().quality().issues()).hasSize(1);
        assertThat(status()).isEqualTo(GateStatus.BLOCKED);
        String tooltip = ganttTooltip(robot);
        assertThat(tooltip).contains("Go / no-go").contains("Gate: blocked").contains(HALLUCINATION)
                .contains(ISSUE + "open");
        assertThat(statusBar(robot)).startsWith("Next gate: Go / no-go: blocked (2 reasons)")
                .contains(HALLUCINATION).contains(ISSUE + "open");

        setIssueStatus(robot, IssueStatus.FIXED);
        assertThat(statusBar(robot)).as("a fix counts once it is verified").contains(ISSUE + "fixed");
        setIssueStatus(robot, IssueStatus.VERIFIED);
        assertThat(statusBar(robot)).startsWith("Next gate: Go / no-go: blocked (1 reason)")
                .contains(HALLUCINATION).doesNotContain("Grade 2");
        importCsv(robot, "evals-2.csv", SECOND_RUN);
        assertThat(status()).isEqualTo(GateStatus.PASSED);
        assertThat(ganttTooltip(robot)).contains("Gate: passed").doesNotContain(HALLUCINATION);
        assertThat(robot.lookup("#statusGate").queryAs(Label.class).getText())
                .isEqualTo("Next gate: Go / no-go: passed");

        undo(robot); // the second import
        assertThat(statusBar(robot)).contains(HALLUCINATION).doesNotContain("Grade 2");
        undo(robot); // verified
        assertThat(statusBar(robot)).contains(ISSUE + "fixed");
        undo(robot); // fixed
        assertThat(statusBar(robot)).contains(ISSUE + "open").contains(HALLUCINATION);
        undo(robot); // the issue
        assertThat(plan().quality().issues()).isEmpty();
        assertThat(statusBar(robot)).startsWith("Next gate: Go / no-go: blocked (1 reason)");
        undo(robot); // the first import
        assertThat(plan().quality().measurements()).isEmpty();
        assertThat(status()).isEqualTo(GateStatus.PENDING);
        assertThat(fixture.failures).isEmpty();
    }
}
