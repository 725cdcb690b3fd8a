package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.genaiplan.ui.wbs.WbsColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey: a PM builds a plan from scratch with the keyboard only, as in MS Project: Insert and type a
 * name, Tab to the next column and type, Alt+Shift+Right to make a summary, durations in days, hours and
 * weeks, a milestone, predecessors with a start-to-start lag, % complete; then saves (Ctrl+S), closes
 * (Ctrl+W), reopens (Ctrl+O) and finds every value again, in the real window over the real store.
 */
@ExtendWith(RobotExtension.class)
class KeyboardPlanJourneyTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench bench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("genaiplan-keyboard-journey");
        bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, null);
    }

    @BeforeEach
    void firstPlanOpen() throws Exception {
        FirstPlan.await(bench);
    }

    private static void keys(FxRobot robot, KeyCode... chord) {
        robot.press(chord);
        robot.release(chord);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the cell under the cursor (typing starts the edit) and keeps the value with Tab. */
    private static void cell(FxRobot robot, String text) {
        robot.write(text);
        robot.type(KeyCode.TAB);
    }

    /** Insert, the new row's name, then Tab to Duration and its value; Enter keeps the last value. */
    private static void task(FxRobot robot, String name, String duration) {
        robot.type(KeyCode.INSERT);
        cell(robot, name);
        robot.write(duration);
        robot.type(KeyCode.ENTER);
    }

    /** Moves the cursor to a column of the focused row with Tab and Shift+Tab from the Duration column. */
    private static void toColumn(FxRobot robot, int tabs) {
        for (int i = 0; i < Math.abs(tabs); i++) {
            if (tabs > 0) {
                robot.type(KeyCode.TAB);
            } else {
                keys(robot, KeyCode.SHIFT, KeyCode.TAB);
            }
        }
    }

    @Test
    void aPlanTypedFromScratchSurvivesSaveCloseAndReopen(FxRobot robot) throws Exception {
        robot.clickOn(bench.window().wbsView().table());
        task(robot, "Discovery", "3d");
        task(robot, "Use cases", "16h");
        keys(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        task(robot, "Success metrics", "2d");
        task(robot, "Data", "1w");
        keys(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        task(robot, "Collect", "1w");
        keys(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        task(robot, "Label", "6d");
        task(robot, "Fine-tune", "2w");
        keys(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        robot.write("Go / no-go");
        robot.type(KeyCode.ENTER);

        Plan plan = bench.editor().plan();
        assertThat(plan.tasksInOrder()).extracting(Task::name).containsExactly("Discovery", "Use cases",
                "Success metrics", "Data", "Collect", "Label", "Fine-tune", "Go / no-go");
        // Predecessors by ID (the row number): Label starts 2 days after Collect starts; Fine-tune follows Label.
        // From Duration, Tab goes to Start, Finish, Deadline, Predecessors and % Complete.
        select(robot, "Label", WbsColumn.DURATION);
        toColumn(robot, 4);
        cell(robot, "5SS+2d");
        select(robot, "Fine-tune", WbsColumn.DURATION);
        toColumn(robot, 4);
        cell(robot, "6");
        select(robot, "Go / no-go", WbsColumn.DURATION);
        toColumn(robot, 4);
        cell(robot, "7");
        select(robot, "Use cases", WbsColumn.DURATION);
        toColumn(robot, 5);
        cell(robot, "50");

        Task label = byName(plan, "Label");
        assertThat(plan.predecessorsOf(label)).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DependencyType.SS);
            assertThat(d.lagMinutes()).isEqualTo(2 * 480);
        });
        List<String> before = values(plan);
        assertThat(before).extracting(v -> v.substring(0, v.indexOf(" | start"))).containsExactly(
                "1 Discovery | 2d | 25%", "1.1 Use cases | 2d | 50%", "1.2 Success metrics | 2d | 0%",
                "2 Data | 8d | 0%", "2.1 Collect | 5d | 0%", "2.2 Label | 6d | 0%", "3 Fine-tune | 10d | 0%",
                "4 Go / no-go | 0d | 0%");
        assertThat(byName(plan, "Discovery").hasChildren()).isTrue();
        assertThat(byName(plan, "Go / no-go").isMilestone()).isTrue();

        Path file = folder.resolve("scratch.genaiplan");
        dialogs.files.add(file);
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        FirstPlan.idle(bench, 20);
        assertThat(Files.exists(file)).isTrue();
        keys(robot, KeyCode.CONTROL, KeyCode.W);
        assertThat(bench.editor().plan()).isNull();
        dialogs.files.add(file);
        keys(robot, KeyCode.CONTROL, KeyCode.O);
        FirstPlan.idle(bench, 20);

        Plan reopened = bench.editor().plan();
        assertThat(reopened).isNotNull().isNotSameAs(plan);
        assertThat(values(reopened)).isEqualTo(before);
        Task reLabel = byName(reopened, "Label");
        assertThat(bench.texts().text(bench.wbs().rows().row(reLabel.id()), WbsColumn.PREDECESSORS)).isEqualTo("5SS+2d");
        assertThat(bench.texts().text(bench.wbs().rows().row(reLabel.id()), WbsColumn.ID)).isEqualTo("6");
        assertThat(dialogs.errors).isEmpty();
    }

    /** Puts the cursor on a task's cell, as clicking it would. */
    private void select(FxRobot robot, String name, WbsColumn column) {
        long id = byName(bench.editor().plan(), name).id();
        robot.interact(() -> {
            var sheet = bench.window().wbsView();
            int row = bench.wbs().rows().rowOf(id);
            sheet.table().getSelectionModel().clearAndSelect(row, sheet.table().getColumns().get(column.ordinal()));
            sheet.table().getFocusModel().focus(row, sheet.table().getColumns().get(column.ordinal()));
            sheet.table().requestFocus();
        });
    }

    private static Task byName(Plan plan, String name) {
        return plan.tasksInOrder().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Each task as "WBS name | duration | % complete | start .. finish | predecessors", as the sheet shows it. */
    private List<String> values(Plan plan) {
        return plan.tasksInOrder().stream().map(t -> {
            var row = bench.wbs().rows().row(t.id());
            var texts = bench.texts();
            return texts.text(row, WbsColumn.WBS) + " " + texts.text(row, WbsColumn.NAME) + " | "
                    + texts.text(row, WbsColumn.DURATION) + " | " + texts.text(row, WbsColumn.PERCENT) + " | start "
                    + texts.text(row, WbsColumn.START) + " .. " + texts.text(row, WbsColumn.FINISH) + " | "
                    + texts.text(row, WbsColumn.PREDECESSORS);
        }).toList();
    }

}
