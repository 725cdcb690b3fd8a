package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.rows.TaskRow;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the WBS sheet with the keyboard and mouse as a PM would, and checks what the sheet shows. */
@ExtendWith(RobotExtension.class)
class WbsEditorTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bench = fixture.start(stage);
    }

    // ---- helpers ----

    private TableView<TaskRow> table() {
        return bench.window().wbsView().table();
    }

    /** The visible rows as "code name". */
    private List<String> rows() {
        List<String> out = new ArrayList<>();
        for (TaskRow r : table().getItems()) {
            out.add(bench.texts().text(r, WbsColumn.WBS) + " " + bench.texts().text(r, WbsColumn.NAME));
        }
        return out;
    }

    private TaskRow row(String code) {
        Task t = plan().taskByWbsCode(code);
        return bench.wbs().rows().row(t.id());
    }

    /** What the sheet shows in a cell. */
    private String cell(String code, WbsColumn column) {
        return bench.texts().text(row(code), column);
    }

    private Plan plan() {
        return bench.editor().plan();
    }

    private void typeName(FxRobot robot, String name) {
        robot.type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(name);
        robot.type(KeyCode.ENTER);
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the cell of {@code code} in {@code column} and presses Enter. */
    private void editCell(FxRobot robot, String code, WbsColumn column, String text) {
        long id = plan().taskByWbsCode(code).id();
        robot.interact(() -> bench.window().wbsView().startEdit(id, column));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private void selectRows(FxRobot robot, String... codes) {
        List<Long> ids = new ArrayList<>();
        for (String c : codes) {
            ids.add(plan().taskByWbsCode(c).id());
        }
        robot.interact(() -> bench.wbs().select(ids));
        robot.interact(() -> table().requestFocus());
    }

    private void undo(FxRobot robot) {
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
    }

    private void redo(FxRobot robot) {
        chord(robot, KeyCode.CONTROL, KeyCode.Y);
    }

    /** Builds: 1 Data / 1.1 Collect / 1.1.1 Transcripts / 1.1.2 Tickets / 1.2 Clean / 2 Model. */
    private void buildThreeLevels(FxRobot robot) {
        robot.clickOn(table());
        robot.type(KeyCode.INSERT);
        typeName(robot, "Data");
        robot.type(KeyCode.INSERT);
        typeName(robot, "Collect");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        chord(robot, KeyCode.CONTROL, KeyCode.ENTER);
        typeName(robot, "Transcripts");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        robot.type(KeyCode.INSERT);
        typeName(robot, "Tickets");
        robot.type(KeyCode.INSERT);
        typeName(robot, "Clean");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        robot.type(KeyCode.INSERT);
        typeName(robot, "Model");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
    }

    // ---- tests ----

    @Test
    void buildsAThreeLevelWbsThenUndoesAllOfItAndRedoesIt(FxRobot robot) {
        buildThreeLevels(robot);
        List<String> built = List.of("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets", "1.2 Clean",
                "2 Model");
        assertThat(rows()).containsExactlyElementsOf(built);
        assertThat(stage.getTitle()).isEqualTo("*Untitled \u2014 GenAI Planner");
        assertThat(row("1").isSummary()).isTrue();
        assertThat(row("1.1").isSummary()).isTrue();
        assertThat(row("1.1.1").isSummary()).isFalse();

        int steps = 0;
        while (bench.editor().undoStack().canUndoProperty().get()) {
            undo(robot);
            steps++;
        }
        assertThat(rows()).isEmpty();
        assertThat(plan().taskCount()).isZero();
        assertThat(stage.getTitle()).isEqualTo("Untitled \u2014 GenAI Planner");
        // Six inserts, six names, two indents, two outdents.
        assertThat(steps).isEqualTo(16);

        for (int i = 0; i < steps; i++) {
            redo(robot);
        }
        assertThat(rows()).containsExactlyElementsOf(built);
        // Redo brings back the same tasks, not copies.
        assertThat(plan().tasksInOrder()).extracting(Task::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aRefusedValueShowsItsReasonUnderTheCellAndKeepsTheOldValue(FxRobot robot) {
        buildByCommands(robot);
        int undoDepth = bench.editor().undoStack().size();
        editCell(robot, "1.1.1", WbsColumn.DURATION, "abc");
        assertRefused(robot, "abc", "1d", cell("1.1.1", WbsColumn.DURATION));
        robot.type(KeyCode.ESCAPE);
        assertThat(bench.editor().undoStack().size()).isEqualTo(undoDepth);
    }

    @Test
    void theShortcutsMoveCopyPasteAndDeleteRows(FxRobot robot) {
        buildByCommands(robot);
        selectRows(robot, "1.1.2", "1.2");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP);
        assertThat(rows()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.2.1 Tickets",
                "1.2.2 Transcripts", "2 Model");
        selectRows(robot, "1.2.1");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(rows()).contains("1.3 Tickets");
        selectRows(robot, "2");
        chord(robot, KeyCode.CONTROL, KeyCode.C);
        chord(robot, KeyCode.CONTROL, KeyCode.V);
        assertThat(rows()).endsWith("2 Model", "3 Model");
        robot.type(KeyCode.DELETE);
        assertThat(rows()).endsWith("2 Model");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(rows()).endsWith("2 Model", "3 Model");
    }

    /** The same three levels as {@link #buildThreeLevels}, made with the sheet's commands (no typing). */
    private void buildByCommands(FxRobot robot) {
        robot.interact(() -> {
            var wbs = bench.wbs();
            Runnable[] steps = {
                wbs::insertTask, () -> rename("Data"), wbs::insertTask, () -> rename("Collect"), wbs::indent,
                wbs::insertChild, () -> rename("Transcripts"), wbs::insertTask, () -> rename("Tickets"),
            };
            for (Runnable step : steps) {
                step.run();
            }
            wbs.select(List.of(plan().taskByWbsCode("1.1").id()));
            wbs.insertTask();
            rename("Clean");
            wbs.select(List.of(plan().taskByWbsCode("1").id()));
            wbs.insertTask();
            rename("Model");
        });
        robot.type(KeyCode.ESCAPE);
        assertThat(rows()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets", "1.2 Clean",
                "2 Model");
    }

    private void rename(String name) {
        bench.edits().edit(bench.wbs().rows().row(bench.selection().focusedId()), WbsColumn.NAME, name);
    }

    private void assertRefused(FxRobot robot, String messagePart, String expectedValue, String shownValue) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.window().wbsView().cellErrorText()).containsIgnoringCase(messagePart);
        assertThat(robot.lookup(".cell-error").queryAll()).isNotEmpty();
        assertThat(bench.main().messageProperty().get()).containsIgnoringCase(messagePart);
        assertThat(shownValue).isEqualTo(expectedValue);
    }

    private String snapshot() {
        StringBuilder out = new StringBuilder();
        for (Task t : plan().tasksInOrder()) {
            out.append(plan().wbsCode(t)).append(' ').append(org.genaiplan.ui.command.TaskInputs.of(t))
                    .append(plan().predecessorsOf(t)).append('\n');
        }
        return out.toString();
    }

    @Test
    void findSelectsTheNextMatchingTask(FxRobot robot) {
        buildByCommands(robot);
        selectRows(robot, "1");
        chord(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("ts");
        robot.type(KeyCode.ENTER);
        assertThat(focusedCode()).isEqualTo("1.1.1");
        robot.type(KeyCode.ENTER);
        assertThat(focusedCode()).isEqualTo("1.1.2");
        robot.type(KeyCode.ENTER);
        assertThat(focusedCode()).isEqualTo("1.1.1");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#findField").query().getParent().isVisible()).isFalse();
        assertThat(table().isFocused()).isTrue();
    }

    private String focusedCode() {
        Task t = plan().task(bench.selection().focusedId());
        return t == null ? null : plan().wbsCode(t);
    }

    @Test
    void dragARowWithTheMouseOntoAnotherRow(FxRobot robot) {
        buildByCommands(robot);
        javafx.scene.Node model = rowNamed(robot, "Model");
        javafx.scene.Node clean = rowNamed(robot, "Clean");
        robot.drag(model, javafx.scene.input.MouseButton.PRIMARY).dropTo(clean);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).endsWith("1.2 Clean", "1.2.1 Model");
    }

    private javafx.scene.Node rowNamed(FxRobot robot, String name) {
        return robot.lookup(".wbs-row").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getParent() != null && r.getTableView() == table() && r.getItem() instanceof TaskRow row
                && bench.texts().text(row, WbsColumn.NAME).equals(name)).query();
    }
}
