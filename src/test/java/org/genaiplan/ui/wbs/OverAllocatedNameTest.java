package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.stage.Stage;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.TaskLoad;
import org.genaiplan.ui.command.InsertTaskCommand;
import org.genaiplan.ui.command.PutPersonCommand;
import org.genaiplan.ui.command.SetCapacityCommand;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The name cell of a task working while its person is over-allocated is marked (style {@code :overallocated})
 * with the sentence naming the person and the week as its tooltip; the mark goes when the clash does.
 */
@ExtendWith(RobotExtension.class)
class OverAllocatedNameTest {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("overallocated");
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    private WbsCell nameCell(FxRobot robot, int row) {
        return robot.lookup(".wbs-sheet .wbs-cell-name").queryAll().stream().map(n -> (WbsCell) n)
                .filter(c -> c.getIndex() == row && !c.isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void theNameCellIsMarkedWhileThePersonIsOverAllocated(FxRobot robot) {
        long[] ids = new long[2];
        robot.interact(() -> {
            bench.editor().execute(new InsertTaskCommand(0, 0, "Fine-tune", false, 480));
            bench.editor().execute(new InsertTaskCommand(0, 1, "Evaluate", false, 480));
            Plan plan = bench.editor().plan();
            ids[0] = plan.roots().get(0).id();
            ids[1] = plan.roots().get(1).id();
            bench.editor().execute(new PutPersonCommand(new Person("Dana Reyes", null, null, 100, "")));
            TaskLoad dana = TaskLoad.NONE.withAssignments(List.of(new Assignment("Dana Reyes", 100)));
            bench.editor().execute(new SetCapacityCommand("Assign", plan.capacity().state()
                    .withLoad(ids[0], dana).withLoad(ids[1], dana)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.wbs().rows().overAllocation(ids[0])).as("worked out").isNotNull();
        WbsCell first = nameCell(robot, 0);
        assertThat(first.getPseudoClassStates()).contains(OVER);
        assertThat(first.getTooltip().getText()).startsWith("Over-allocated: Dana Reyes in the week of ");
        assertThat(nameCell(robot, 1).getPseudoClassStates()).contains(OVER);

        robot.interact(() -> bench.editor().execute(new SetCapacityCommand("Unassign", bench.editor().plan()
                .capacity().state().withLoad(ids[1], TaskLoad.NONE))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameCell(robot, 0).getPseudoClassStates()).doesNotContain(OVER);
        assertThat(nameCell(robot, 0).getTooltip()).isNull();
    }
}
