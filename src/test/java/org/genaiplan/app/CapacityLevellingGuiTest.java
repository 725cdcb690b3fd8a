package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.ResourceUsage;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.resources.CapacityPane;
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
 * Issue 22's acceptance: the chatbot template with a 16-GPU pool, two overlapping 8-GPU trainings and an
 * evaluation. The usage view shows the over-allocation; Level... proposes moves that remove it, with reasons;
 * accepting is one undoable step; save and reopen keep the pool, the assignments and the accepted delays.
 */
@ExtendWith(RobotExtension.class)
class CapacityLevellingGuiTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench bench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("genaiplan-gui-level");
        bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, null);
    }

    @BeforeEach
    void firstPlanOpen() throws Exception {
        FirstPlan.await(bench);
    }

    private CapacityPane pane() {
        return bench.window().resourcesView().capacityPane();
    }

    @Test
    void usageShowsTheOverAllocationAndAcceptedLevellingRemovesItUndoesAndSurvivesReopening(FxRobot robot)
            throws Exception {
        Path file = CapacityScenario.write(folder);
        robot.interact(() -> bench.main().open(file));
        FirstPlan.idle(bench, 20);
        robot.interact(() -> bench.window().tabs().getSelectionModel().select(bench.window().resourcesTab()));
        WaitForAsyncUtils.waitForFxEvents();
        Plan plan = bench.editor().plan();
        Task run = CapacityScenario.find(plan, "Run fine-tuning jobs");
        Task second = CapacityScenario.find(plan, "Run full fine-tuning job");
        Task eval = CapacityScenario.find(plan, "Evaluate checkpoints on the validation set");

        // The usage view: the pool is over-allocated (20 H100 asked of 16), in red, with the tasks causing it.
        assertThat(robot.lookup("#usageView").tryQuery()).isPresent();
        assertThat(pane().usageView().overloadList().getItems())
                .anyMatch(l -> l.startsWith(CapacityScenario.POOL + ":") && l.contains("20 H100 80GB needed, 16 H100"
                        + " 80GB available") && l.contains(run.name()) && l.contains(second.name())
                        && l.contains(eval.name()));
        assertThat(pane().usageView().chart().getChildren()).anyMatch(n -> n.getStyleClass().contains("usage-bar-over"));
        var table = pane().loadTable();
        int row = table.getItems().stream().map(r -> r.taskId()).toList().indexOf(second.id());
        assertThat(table.getColumns().getLast().getCellData(row)).isEqualTo("over");
        ResourceUsage before = pane().viewModel().usageProperty().get();
        assertThat(before.overloadedTasks()).contains(run.id(), second.id(), eval.id());

        // Level... proposes a change list with reasons; nothing changes yet.
        robot.clickOn("#levelButton");
        assertThat(pane().levelView().items()).isNotEmpty();
        assertThat(pane().levelView().items()).extracting(i -> i.move().reason())
                .anyMatch(r -> r.startsWith("waits for ") && r.contains(CapacityScenario.POOL) && r.contains("used by"));
        assertThat(plan.capacity().state().loads().values()).allMatch(l -> l.levelingDelayMinutes() == 0);
        String startsBefore = starts(plan);

        // Accept all: one undoable step, no over-allocation left.
        robot.clickOn("#levelAcceptAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane().viewModel().usageProperty().get().overloads()).isEmpty();
        assertThat(pane().usageView().overloadList().getItems()).containsExactly(
                "No role, person or GPU pool is over-allocated.");
        assertThat(bench.editor().undoStack().canUndoProperty().get()).isTrue();
        String levelled = starts(plan);
        assertThat(levelled).isNotEqualTo(startsBefore);

        robot.interact(() -> bench.editor().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(starts(plan)).isEqualTo(startsBefore);
        assertThat(pane().viewModel().usageProperty().get().overloads()).isNotEmpty();
        robot.interact(() -> bench.editor().redo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(starts(plan)).isEqualTo(levelled);

        // Save, close, reopen: the pool, assignments and delays are kept, and the plan is still levelled.
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        FirstPlan.idle(bench, 20);
        var state = plan.capacity().state();
        robot.interact(() -> bench.main().close());
        robot.interact(() -> bench.main().open(file));
        FirstPlan.idle(bench, 20);
        Plan reopened = bench.editor().plan();
        assertThat(reopened).isNotSameAs(plan);
        assertThat(reopened.capacity().state()).isEqualTo(state);
        assertThat(starts(reopened)).isEqualTo(levelled);
        assertThat(new ResourceUsage(reopened).overloads()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    private static String starts(Plan plan) {
        StringBuilder b = new StringBuilder();
        plan.tasksInOrder().forEach(t -> b.append(t.id()).append('=').append(t.start()).append(' '));
        return b.toString();
    }
}
