package org.genaiplan.ui.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.templates.Technique;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Task information's technique picker: choosing LoRA shows its cheat-sheet row; Apply defaults and OK set the
 * technique, the duration and the three-point estimate, add the missing roles and a compute line sized by the
 * training-hours helper, as one undoable step.
 */
@ExtendWith(RobotExtension.class)
class TechniquePickerTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Task task;
    private Plan plan;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
        plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("AI/ML Engineer", new BigDecimal("125")));
        Task phase = plan.addTask(null, "Model adaptation");
        task = plan.addTask(phase, "Run fine-tuning jobs");
        task.setDurationMinutes(5 * 480);
        task.setOwnerRole("AI/ML Engineer");
        plan.changes().drain();
        bench.editor().setSession(fixture.documents.session(plan), true);
    }

    @SuppressWarnings("unchecked")
    @Test
    void pickingLoraAndApplyingItsDefaultsIsOneUndoableStep(FxRobot robot) {
        robot.interact(() -> bench.wbs().select(List.of(task.id())));
        javafx.application.Platform.runLater(() -> bench.window().wbsView().openTaskInfo());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Technique> picker = robot.lookup("#taskInfoTechnique").queryAs(ComboBox.class);
        Label sheet = robot.lookup("#taskInfoTechniqueSheet").queryAs(Label.class);
        assertThat(picker.getValue()).isNull();
        Technique lora = picker.getItems().stream().filter(t -> t != null && t.id().equals("lora")).findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(lora));
        assertThat(sheet.getText()).contains("Training time: minutes to hours").contains("Expertise: medium")
                .contains("MLOps Engineer");
        robot.clickOn("#taskInfoApplyTechnique");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#taskInfoTechniqueApplied").queryAs(Label.class).getText())
                .contains("Data Scientist").contains("MLOps Engineer")
                .contains("OK adds one: 1 \u00d7 H100 80GB for 11.3 hours");
        DialogPane pane = robot.lookup("#taskInfoDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        Plan p = bench.editor().plan();
        Task t = p.task(task.id());
        assertThat(t.technique()).isEqualTo("lora");
        assertThat(t.durationMinutes()).isEqualTo(8 * 480);
        assertThat(t.estimate().optimisticMinutes()).isEqualTo(6 * 480);
        assertThat(t.estimate().pessimisticMinutes()).isEqualTo(12 * 480);
        assertThat(p.role("MLOps Engineer")).isNotNull();
        assertThat(p.role("MLOps Engineer").responsibilities()).contains("pipelines");
        assertThat(p.role("Data Scientist").example()).isTrue();
        assertThat(t.costLines()).singleElement().satisfies(line ->
                assertThat(line.input()).isEqualTo(new org.genaiplan.model.cost.ComputeCost("H100 80GB", 1, new BigDecimal("11.3"))));

        robot.interact(() -> bench.editor().undo());
        assertThat(t.technique()).isNull();
        assertThat(t.durationMinutes()).isEqualTo(5 * 480);
        assertThat(t.estimate()).isNull();
        assertThat(p.role("MLOps Engineer")).isNull();
        assertThat(t.costLines()).isEmpty();
    }
}
