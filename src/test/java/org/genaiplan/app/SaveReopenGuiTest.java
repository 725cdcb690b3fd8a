package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.Dialogs.SaveChoice;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.command.TaskInputs;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.genaiplan.ui.wbs.WbsColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;

/** Edits every column in the real window, saves, closes, reopens the file and finds every field again. */
@ExtendWith(RobotExtension.class)
class SaveReopenGuiTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench bench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("genaiplan-gui-save");
        bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, null);
    }

    @BeforeEach
    void firstPlanOpen() throws Exception {
        FirstPlan.await(bench);
    }

    private String edit(FxRobot robot, Task task, WbsColumn column, String text) {
        String[] error = new String[1];
        robot.interact(() -> {
            error[0] = bench.edits().edit(bench.wbs().rows().row(task.id()), column, text);
        });
        return error[0];
    }

    private static List<String> fields(Plan plan) {
        return plan.tasksInOrder().stream().map(t -> plan.wbsCode(t) + " #" + t.id() + " " + TaskInputs.of(t)
                + " " + plan.predecessorsOf(t)).toList();
    }

    @Test
    void everyEditedFieldSurvivesSaveCloseAndReopen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            bench.editor().plan().putRole(new Role("Data engineer", new BigDecimal("80")));
            bench.wbs().insertTask();
            bench.wbs().insertChild();
            bench.wbs().insertTask();
            bench.wbs().insertMilestone();
        });
        Plan plan = bench.editor().plan();
        Task data = plan.taskByWbsCode("1");
        Task collect = plan.taskByWbsCode("1.1");
        Task clean = plan.taskByWbsCode("1.2");
        Task ready = plan.taskByWbsCode("1.3");
        assertThat(edit(robot, data, WbsColumn.NAME, "Data management")).isNull();
        assertThat(edit(robot, collect, WbsColumn.NAME, "Collect transcripts")).isNull();
        assertThat(edit(robot, collect, WbsColumn.DURATION, "1.5w")).isNull();
        // New plans start today; typed dates must lie after the project's start to take effect.
        assertThat(edit(robot, collect, WbsColumn.START, plan.startDate().plusWeeks(1).toString())).isNull();
        assertThat(edit(robot, collect, WbsColumn.PERCENT, "40")).isNull();
        assertThat(edit(robot, collect, WbsColumn.OWNER, "Data engineer")).isNull();
        assertThat(edit(robot, collect, WbsColumn.COST, "1,250.50")).isNull();
        assertThat(edit(robot, collect, WbsColumn.PHASE, "Data collection")).isNull();
        assertThat(edit(robot, collect, WbsColumn.NOTES, "Ask support for the export")).isNull();
        assertThat(edit(robot, clean, WbsColumn.DURATION, "12h")).isNull();
        assertThat(edit(robot, clean, WbsColumn.PREDECESSORS, "2SS+2d")).isNull();
        assertThat(edit(robot, clean, WbsColumn.FINISH, plan.startDate().plusWeeks(8).toString())).isNull();
        assertThat(edit(robot, ready, WbsColumn.PREDECESSORS, "W1.2")).isNull();
        // Costs, through the Costs tab's view-models: a compute line with an actual, a GPU price, budgets.
        robot.interact(() -> bench.window().costsView()); // the Costs tab is built on the FX thread when first asked
        org.genaiplan.ui.costs.CostViewModel costs = bench.window().costsView().viewModel();
        robot.interact(() -> {
            bench.wbs().select(List.of(collect.id()));
            assertThat(costs.prices().addGpu("H100")).isNull();
            int gpu = costs.prices().gpus().size() - 1;
            assertThat(costs.prices().gpus().get(gpu).name()).isEqualTo("H100");
            assertThat(costs.prices().editGpu(gpu, org.genaiplan.ui.costs.PriceTableViewModel.GpuColumn.PRICE, "2.75"))
                    .isNull();
            int line = costs.costLines().addLine(org.genaiplan.ui.costs.LineKind.COMPUTE);
            assertThat(line).isNotNegative();
            assertThat(costs.costLines().editInput(line, org.genaiplan.ui.costs.CostField.GPU_TYPE, "H100")).isNull();
            assertThat(costs.costLines().editInput(line, org.genaiplan.ui.costs.CostField.GPU_COUNT, "4")).isNull();
            assertThat(costs.costLines().editInput(line, org.genaiplan.ui.costs.CostField.HOURS, "120")).isNull();
            assertThat(costs.costLines().editDescription(line, "LoRA run")).isNull();
            assertThat(costs.costLines().editActual(line, "1,000")).isNull();
            assertThat(costs.budget().setPlanBudget("50,000")).isNull();
            assertThat(costs.budget().setPhaseBudget("Data collection", "20,000")).isNull();
        });
        List<org.genaiplan.model.cost.CostLine> lines = collect.costLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).input().amount(plan.prices(), 0)).isEqualByComparingTo("1320.00");
        List<String> before = fields(plan);
        assertThat(ready.isMilestone()).isTrue();

        Path file = folder.resolve("pilot.genaiplan");
        dialogs.files.add(file);
        robot.interact(() -> bench.main().save());
        FirstPlan.idle(bench, 20);
        assertThat(Files.exists(file)).isTrue();
        assertThat(bench.main().titleProperty().get()).isEqualTo("pilot.genaiplan \u2014 GenAI Planner");

        robot.interact(() -> bench.main().close());
        assertThat(bench.editor().plan()).isNull();
        robot.interact(() -> bench.main().open(file));
        FirstPlan.idle(bench, 20);
        Plan reopened = bench.editor().plan();
        assertThat(reopened).isNotNull().isNotSameAs(plan);
        assertThat(fields(reopened)).isEqualTo(before);
        assertThat(reopened.role("Data engineer").ratePerHour()).isEqualByComparingTo("80");
        assertThat(reopened.taskByWbsCode("1.1").costLines()).isEqualTo(lines);
        assertThat(reopened.priceTable()).isEqualTo(plan.priceTable());
        assertThat(reopened.budget()).isEqualTo(plan.budget());
        assertThat(reopened.budget().phase("data collection")).isEqualByComparingTo("20000");
        assertThat(reopened.taskByWbsCode("1.1").cost()).isEqualByComparingTo(collect.cost());
        assertThat(bench.editor().undoStack().canUndoProperty().get()).isFalse();
        assertThat(bench.main().titleProperty().get()).isEqualTo("pilot.genaiplan \u2014 GenAI Planner");
        var row = bench.wbs().rows().row(reopened.taskByWbsCode("1.2").id());
        assertThat(bench.texts().text(row, WbsColumn.PREDECESSORS)).isEqualTo("2SS+2d");
        assertThat(bench.texts().text(row, WbsColumn.DURATION)).isEqualTo("1.5d");
        assertThat(dialogs.errors).isEmpty();
        // Reopening asks nothing: there were no unsaved changes.
        assertThat(dialogs.asked).doesNotContain("save pilot.genaiplan?");
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
    }
}
