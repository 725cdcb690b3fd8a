package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.Workbench;
import org.genaiplan.ui.rows.TaskRow;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the WBS sheet with the keyboard and mouse as a PM would, and checks what the sheet shows. */
@ExtendWith(ApplicationExtension.class)
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
    void everyColumnIsEditedInPlaceAndSummariesRollUp(FxRobot robot) {
        buildThreeLevels(robot);
        robot.interact(() -> plan().putRole(new org.genaiplan.model.Role("Data engineer", new java.math.BigDecimal("80"))));
        editCell(robot, "1.1.1", WbsColumn.DURATION, "3d");
        editCell(robot, "1.1.2", WbsColumn.DURATION, "1w");
        editCell(robot, "1.2", WbsColumn.DURATION, "16h");
        editCell(robot, "1.2", WbsColumn.PREDECESSORS, "W1.1.1");
        editCell(robot, "1.1.1", WbsColumn.PERCENT, "100");
        editCell(robot, "1.1.2", WbsColumn.COST, "1,000");
        editCell(robot, "1.1.1", WbsColumn.PHASE, "Data management");
        editCell(robot, "1.1.1", WbsColumn.NOTES, "Export from the support desk");
        editCell(robot, "2", WbsColumn.NAME, "Model training");
        editCell(robot, "2", WbsColumn.START, "2026-04-06");
        editCell(robot, "2", WbsColumn.DURATION, "0");

        assertThat(cell("1.1.1", WbsColumn.DURATION)).isEqualTo("3d");
        assertThat(cell("1.1.2", WbsColumn.DURATION)).isEqualTo("5d");
        assertThat(cell("1.2", WbsColumn.DURATION)).isEqualTo("2d");
        assertThat(cell("1.2", WbsColumn.PREDECESSORS)).as("shown by ID").isEqualTo("3");
        // 1.2 waits for 1.1.1 (3 days): it starts on the fourth day.
        assertThat(cell("1.2", WbsColumn.START)).isEqualTo("Thu 2026-03-05");
        // Summary 1.1 spans its children (5 days); % complete is weighted by duration: 3 of 8 days done.
        assertThat(cell("1.1", WbsColumn.DURATION)).isEqualTo("5d");
        assertThat(cell("1.1", WbsColumn.PERCENT)).isEqualTo("38%");
        assertThat(cell("1", WbsColumn.COST)).isEqualTo("1,000.00");
        assertThat(cell("1.1.1", WbsColumn.PHASE)).isEqualTo("Data management");
        assertThat(cell("1.1.1", WbsColumn.NOTES)).isEqualTo("Export from the support desk");
        assertThat(cell("2", WbsColumn.NAME)).isEqualTo("Model training");
        assertThat(row("2").isMilestone()).isTrue();
        assertThat(plan().taskByWbsCode("2").constraintDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 6));

        // Owner: typed, as the suggestions offer it.
        editCell(robot, "1.2", WbsColumn.OWNER, "Data engineer");
        assertThat(cell("1.2", WbsColumn.OWNER)).isEqualTo("Data engineer");
        // 16 hours at 80 an hour.
        assertThat(cell("1.2", WbsColumn.COST)).isEqualTo("1,280.00");
        assertThat(cell("1", WbsColumn.COST)).isEqualTo("2,280.00");

        // The notes column shows an icon, not the text.
        assertThat(robot.lookup(".notes-icon").queryAll()).hasSize(1);

        // Summary columns are computed: typing a duration on a summary is refused.
        editCell(robot, "1", WbsColumn.DURATION, "9d");
        assertThat(bench.main().messageProperty().get()).contains("summary");
        assertThat(cell("1", WbsColumn.DURATION)).isEqualTo("5d");
    }

    @Test
    void wrongEntriesAreRefusedWithAMessageAndChangeNothing(FxRobot robot) {
        buildThreeLevels(robot);
        editCell(robot, "1.2", WbsColumn.PREDECESSORS, "3");
        int undoDepth = bench.editor().undoStack().size();
        String before = snapshot();

        editCell(robot, "1.1.1", WbsColumn.DURATION, "abc");
        assertRefused(robot, "abc", "1d", cell("1.1.1", WbsColumn.DURATION));
        editCell(robot, "1.1.1", WbsColumn.PERCENT, "-5");
        assertRefused(robot, "between 0 and 100", "0%", cell("1.1.1", WbsColumn.PERCENT));
        editCell(robot, "1.2", WbsColumn.PREDECESSORS, "9");
        assertRefused(robot, "no task has the ID 9", "3", cell("1.2", WbsColumn.PREDECESSORS));
        editCell(robot, "1.1.1", WbsColumn.PREDECESSORS, "5");
        assertRefused(robot, "loop", "", cell("1.1.1", WbsColumn.PREDECESSORS));
        editCell(robot, "1.1.1", WbsColumn.NAME, " ");
        assertRefused(robot, "name", "Transcripts", cell("1.1.1", WbsColumn.NAME));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(bench.editor().undoStack().size()).isEqualTo(undoDepth);
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
    void multiRowIndentOutdentMoveAndDelete(FxRobot robot) {
        buildThreeLevels(robot);
        selectRows(robot, "1.1.2", "1.2");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP);
        assertThat(rows()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.2.1 Tickets",
                "1.2.2 Transcripts", "2 Model");
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo("Undo Move up 2 tasks");
        selectRows(robot, "1.2.1", "1.2.2");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(rows()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.3 Tickets", "1.4 Transcripts",
                "2 Model");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        assertThat(rows()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.2.1 Tickets",
                "1.2.2 Transcripts", "2 Model");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.DOWN);
        assertThat(bench.main().messageProperty().get()).contains("bottom");
        selectRows(robot, "1.1", "1.2");
        robot.type(KeyCode.DELETE);
        assertThat(rows()).containsExactly("1 Data", "2 Model");
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo("Undo Delete 2 tasks");
        undo(robot);
        assertThat(rows()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.2.1 Tickets",
                "1.2.2 Transcripts", "2 Model");
    }

    @Test
    void copyCutAndPasteRows(FxRobot robot) {
        buildThreeLevels(robot);
        selectRows(robot, "1.1");
        chord(robot, KeyCode.CONTROL, KeyCode.C);
        assertThat(fixture.clipboard.text).contains("Transcripts").contains("\t");
        selectRows(robot, "2");
        chord(robot, KeyCode.CONTROL, KeyCode.V);
        assertThat(rows()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets", "1.2 Clean",
                "2 Model", "3 Collect", "3.1 Transcripts", "3.2 Tickets");
        selectRows(robot, "1.2");
        chord(robot, KeyCode.CONTROL, KeyCode.X);
        assertThat(rows()).doesNotContain("1.2 Clean");
        selectRows(robot, "3.2");
        chord(robot, KeyCode.CONTROL, KeyCode.V);
        assertThat(rows()).endsWith("3.2 Tickets", "3.3 Clean");
        undo(robot);
        undo(robot);
        undo(robot);
        assertThat(rows()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets", "1.2 Clean",
                "2 Model");
    }

    @Test
    void findSelectsTheNextMatchingTask(FxRobot robot) {
        buildThreeLevels(robot);
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
    void collapseAndExpandAll(FxRobot robot) {
        buildThreeLevels(robot);
        robot.interact(() -> bench.wbs().collapseAll());
        assertThat(rows()).containsExactly("1 Data", "2 Model");
        robot.interact(() -> bench.wbs().expandAll());
        assertThat(rows()).hasSize(6);
    }

    @Test
    void dropOnARowMakesAChildAndOnAnEdgeReorders(FxRobot robot) {
        buildThreeLevels(robot);
        RowDrag drag = bench.window().wbsView().drag();
        long model = plan().taskByWbsCode("2").id();
        long clean = plan().taskByWbsCode("1.2").id();
        long data = plan().taskByWbsCode("1").id();
        robot.interact(() -> drag.drop(List.of(model), clean, DropZone.INTO));
        assertThat(rows()).endsWith("1.2 Clean", "1.2.1 Model");
        robot.interact(() -> drag.drop(List.of(model), data, DropZone.BEFORE));
        assertThat(rows()).startsWith("1 Model", "2 Data");
        robot.interact(() -> drag.drop(List.of(model), data, DropZone.AFTER));
        assertThat(rows()).endsWith("2 Model");
        assertThat(DropZone.at(2, 28)).isEqualTo(DropZone.BEFORE);
        assertThat(DropZone.at(14, 28)).isEqualTo(DropZone.INTO);
        assertThat(DropZone.at(26, 28)).isEqualTo(DropZone.AFTER);
        undo(robot);
        undo(robot);
        undo(robot);
        assertThat(rows()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets", "1.2 Clean",
                "2 Model");
    }

    @Test
    void dragARowWithTheMouseOntoAnotherRow(FxRobot robot) {
        buildThreeLevels(robot);
        javafx.scene.Node model = rowNamed(robot, "Model");
        javafx.scene.Node clean = rowNamed(robot, "Clean");
        robot.drag(model, javafx.scene.input.MouseButton.PRIMARY).dropTo(clean);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).endsWith("1.2 Clean", "1.2.1 Model");
    }

    private javafx.scene.Node rowNamed(FxRobot robot, String name) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getParent() != null && r.getTableView() == table() && r.getItem() instanceof TaskRow row
                && bench.texts().text(row, WbsColumn.NAME).equals(name)).query();
    }
}
