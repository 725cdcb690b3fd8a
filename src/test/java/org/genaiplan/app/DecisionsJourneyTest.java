package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.decision.BusinessCase;
import org.genaiplan.model.decision.SelectionMatrix;
import org.genaiplan.schedule.BusinessCaseReport;
import org.genaiplan.store.StoreHome;
import org.genaiplan.templates.Technique;
import org.genaiplan.testing.Slow;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey: a PM takes the LLM chatbot template through its GenAI decisions in the real window over the real store:
 * picks a technique on the fine-tuning task and applies its defaults; scores three candidate models and records
 * the decision; enters the benefits and reads the payback month; inserts the EU AI Act high-risk work package under
 * Evaluation with Ctrl+Shift+I and finds its milestone due on the regulatory date; saves, reopens and exports the
 * workbook, and finds every value again with the Model selection, Business case and Compliance sheets present.
 */
@Slow
@ExtendWith(RobotExtension.class)
class DecisionsJourneyTest {
    private static final String FINE_TUNING = "Run fine-tuning jobs";
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench bench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("genaiplan-decisions-journey");
        bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, null);
    }

    @BeforeEach
    void firstPlanOpen() throws Exception {
        FirstPlan.await(bench);
    }

    @Test
    void techniqueSelectionBusinessCaseSaveReopenExport(FxRobot robot) throws Exception {
        robot.interact(() -> bench.main().newFromTemplate("llm-chatbot"));
        FirstPlan.idle(bench, 30);
        Plan plan = bench.editor().plan();

        pickTechniqueAndApplyDefaults(robot);
        scoreCandidatesAndDecide(robot);
        String payback = enterBenefitsAndReadPayback(robot);
        long milestone = insertEuAiActPackage(robot);
        // the package's work costs money, so the payback is worked out again on the plan as it now stands
        String paybackNow = BusinessCaseReport.of(plan, plan.businessCase()).paybackText();
        assertThat(paybackNow).as("payback after the compliance work, was %s", payback).startsWith("month");
        saveReopenAndExport(plan, paybackNow, milestone);
        assertThat(dialogs.errors).isEmpty();
    }

    private Task task(Plan plan, String name) {
        return plan.tasksInOrder().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private void selectTab(FxRobot robot, TabPane tabs, String text) {
        robot.interact(() -> {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getText().equals(text)) {
                    tabs.getSelectionModel().select(tab);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void pickTechniqueAndApplyDefaults(FxRobot robot) {
        Task task = task(bench.editor().plan(), FINE_TUNING);
        robot.interact(() -> bench.wbs().select(List.of(task.id())));
        javafx.application.Platform.runLater(() -> bench.window().wbsView().openTaskInfo());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Technique> picker = robot.lookup("#taskInfoTechnique").queryAs(ComboBox.class);
        Technique fineTuning = picker.getItems().stream().filter(t -> t != null && t.id().equals("fine-tuning"))
                .findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(fineTuning));
        assertThat(robot.lookup("#taskInfoTechniqueSheet").queryAs(Label.class).getText()).contains("Training time");
        robot.clickOn("#taskInfoApplyTechnique");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#taskInfoDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.technique()).isEqualTo("fine-tuning");
        assertThat(task.durationMinutes()).isEqualTo(Math.round(fineTuning.defaultDays() * 480));
        assertThat(task.estimate()).isNotNull();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void scoreCandidatesAndDecide(FxRobot robot) {
        selectTab(robot, bench.window().tabs(), "Decisions");
        selectTab(robot, robot.lookup("#decisionsTabs").queryAs(TabPane.class), "Model selection");
        robot.clickOn("#starterCriteria");
        for (String name : new String[] {"Hosted API", "Open 8B", "Open 70B"}) {
            robot.clickOn("#newCandidate").write(name).type(KeyCode.ENTER);
        }
        TableView<?> table = robot.lookup("#candidateTable").queryAs(TableView.class);
        int quality = table.getColumns().size() - 7; // the first criterion's column, "Quality on our evaluation"
        String[] scores = {"3", "5", "4"};
        for (int row = 0; row < 3; row++) {
            int r = row;
            robot.interact(() -> {
                table.getSelectionModel().select(r);
                table.edit(r, (TableColumn) table.getColumns().get(quality));
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.write(scores[row]).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        SelectionMatrix m = bench.editor().plan().selection();
        assertThat(m.candidates()).extracting(c -> c.scores().get("Quality on our evaluation")).containsExactly(3, 5, 4);
        assertThat(robot.lookup("#selectionRanking").queryAs(Label.class).getText())
                .contains("1. Open 8B").contains("2. Open 70B").contains("3. Hosted API");
        ComboBox<String> chosen = robot.lookup("#decisionCandidate").queryAs(ComboBox.class);
        DatePicker date = robot.lookup("#decisionDate").queryAs(DatePicker.class);
        robot.interact(() -> {
            chosen.setValue("Open 8B");
            date.setValue(LocalDate.of(2026, 4, 10));
        });
        robot.clickOn("#decisionRationale").write("Best on our evaluation, data stays in house");
        robot.clickOn("#recordDecision");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.editor().plan().selection().decision().candidate()).isEqualTo("Open 8B");
        assertThat(task(bench.editor().plan(), "Foundation model selected").notes())
                .contains("Decision: Open 8B, decided 2026-04-10: Best on our evaluation, data stays in house");
    }

    private String enterBenefitsAndReadPayback(FxRobot robot) {
        selectTab(robot, robot.lookup("#decisionsTabs").queryAs(TabPane.class), "Business case");
        Label payback = robot.lookup("#businessCasePayback").queryAs(Label.class);
        robot.clickOn("#businessCaseSavings").write("30000").type(KeyCode.ENTER);
        robot.clickOn("#businessCaseRevenue").write("5000").type(KeyCode.ENTER);
        robot.clickOn("#businessCaseOneOff").write("10000").type(KeyCode.ENTER);
        robot.clickOn("#businessCaseRequests").write("100000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Plan plan = bench.editor().plan();
        assertThat(plan.businessCase()).isEqualTo(new BusinessCase(new java.math.BigDecimal("30000"),
                new java.math.BigDecimal("5000"), new java.math.BigDecimal("10000"), 0, 100_000, null, null));
        BusinessCaseReport expected = BusinessCaseReport.of(plan, plan.businessCase());
        assertThat(expected.paybackMonth()).isNotNull();
        assertThat(payback.getText()).isEqualTo(expected.paybackText());
        assertThat(robot.lookup("#businessCasePer1000").queryAs(Label.class).getText())
                .startsWith(org.genaiplan.ui.MoneyText.format(expected.costPer1000Requests()));

        // each field is one undoable step
        robot.interact(() -> bench.editor().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plan.businessCase().requestsPerMonth()).isZero();
        assertThat(robot.lookup("#businessCasePer1000").queryAs(Label.class).getText()).isEqualTo("enter the requests per month");
        robot.interact(() -> bench.editor().redo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plan.businessCase().requestsPerMonth()).isEqualTo(100_000);
        return payback.getText();
    }

    /** Task > Insert work package on the Evaluation phase, by its shortcut, as a PM would. */
    private long insertEuAiActPackage(FxRobot robot) {
        selectTab(robot, bench.window().tabs(), "WBS");
        Plan plan = bench.editor().plan();
        Task evaluation = task(plan, "Evaluation and testing");
        int before = plan.taskCount();
        robot.interact(() -> bench.wbs().select(List.of(evaluation.id())));
        dialogs.fragment = "eu-ai-act-high-risk";
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).contains("which fragment?");
        assertThat(plan.taskCount()).isGreaterThan(before);
        Task milestone = plan.tasksInOrder().stream().filter(t -> t.name().startsWith("High-risk obligations met"))
                .findFirst().orElseThrow();
        assertThat(milestone.isMilestone()).isTrue();
        assertThat(milestone.parent().parent()).isSameAs(evaluation);
        assertThat(milestone.deadline()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(milestone.notes()).contains("Date checked: 2026-12-06");
        return milestone.id();
    }

    private void saveReopenAndExport(Plan plan, String payback, long milestoneId) throws Exception {
        long fineTuningId = task(plan, FINE_TUNING).id();
        long duration = task(plan, FINE_TUNING).durationMinutes();
        SelectionMatrix selection = plan.selection();
        BusinessCase businessCase = plan.businessCase();
        Path file = folder.resolve("chatbot.genaiplan");
        dialogs.files.add(file);
        robotInteract(() -> bench.main().save());
        FirstPlan.idle(bench, 30);
        robotInteract(() -> bench.main().close());
        robotInteract(() -> bench.main().open(file));
        FirstPlan.idle(bench, 30);

        Plan reopened = bench.editor().plan();
        assertThat(reopened).isNotSameAs(plan);
        assertThat(reopened.task(fineTuningId).technique()).isEqualTo("fine-tuning");
        assertThat(reopened.task(fineTuningId).durationMinutes()).isEqualTo(duration);
        assertThat(reopened.selection()).isEqualTo(selection);
        assertThat(task(reopened, "Foundation model selected").notes()).contains("Decision: Open 8B");
        assertThat(reopened.businessCase()).isEqualTo(businessCase);
        assertThat(BusinessCaseReport.of(reopened, reopened.businessCase()).paybackText()).isEqualTo(payback);
        assertThat(reopened.task(milestoneId).deadline()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(reopened.task(milestoneId).notes()).isEqualTo(plan.task(milestoneId).notes());

        Path workbook = folder.resolve("chatbot.xlsx");
        dialogs.files.add(workbook);
        robotInteract(() -> bench.main().exportWorkbook());
        FirstPlan.idle(bench, 30);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).contains("Model selection", "Business case", "Compliance", "Stakeholders", "RACI",
                    "Communication");
            boolean dated = false;
            for (var row : book.getSheet("Compliance")) {
                for (var cell : row) {
                    dated |= cell.toString().contains("2027-12-02") || cell.toString().contains("02-Dec-2027");
                }
            }
            assertThat(dated).as("the Compliance sheet shows the regulatory date").isTrue();
            var chosen = book.getSheet("Model selection");
            boolean decided = false;
            for (var row : chosen) {
                if (row.getCell(0) != null && "Decision".equals(row.getCell(0).getStringCellValue())) {
                    decided = "Open 8B".equals(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(decided).as("the decision is on the Model selection sheet").isTrue();
            var business = book.getSheet("Business case");
            assertThat(business.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(30000.0);
            assertThat(business.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(100000.0);
        }
    }

    private void robotInteract(Runnable action) {
        new FxRobot().interact(action);
    }

}
