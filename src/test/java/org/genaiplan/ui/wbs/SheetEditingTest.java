package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.ui.command.TaskInputs;
import org.genaiplan.ui.testing.SheetModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the WBS sheet does with typed values, outline commands and the clipboard, on its view-models without
 * a window (the robot tests keep the keys and the mouse): 1 Data / 1.1 Collect / 1.1.1 Transcripts /
 * 1.1.2 Tickets / 1.2 Clean / 2 Model, built with the sheet's own commands.
 */
class SheetEditingTest {
    private SheetModels m;

    @BeforeEach
    void threeLevels() {
        m = new SheetModels(new Plan("Sheet", LocalDate.of(2026, 3, 2)));
        add("Data");
        add("Collect");
        m.actions.indent();
        m.actions.insertChild();
        rename("Transcripts");
        m.actions.insertTask();
        rename("Tickets");
        select("1.1");
        m.actions.insertTask();
        rename("Clean");
        select("1");
        m.actions.insertTask();
        rename("Model");
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets",
                "1.2 Clean", "2 Model");
    }

    private void add(String name) {
        m.actions.insertTask();
        rename(name);
    }

    private void rename(String name) {
        assertThat(m.edits.edit(m.rows.row(m.selection.focusedId()), WbsColumn.NAME, name)).isNull();
    }

    private void select(String... codes) {
        List<Long> ids = new ArrayList<>();
        for (String c : codes) {
            ids.add(task(c).id());
        }
        m.actions.select(ids);
    }

    private Task task(String code) {
        return m.plan().taskByWbsCode(code);
    }

    private String edit(String code, WbsColumn column, String text) {
        return m.edits.edit(m.rows.row(task(code).id()), column, text);
    }

    private String cell(String code, WbsColumn column) {
        return m.texts.text(m.rows.row(task(code).id()), column);
    }

    @Test
    void everyColumnIsEditedAndSummariesRollUp() {
        m.plan().putRole(new Role("Data engineer", new BigDecimal("80")));
        assertThat(edit("1.1.1", WbsColumn.DURATION, "3d")).isNull();
        assertThat(edit("1.1.2", WbsColumn.DURATION, "1w")).isNull();
        assertThat(edit("1.2", WbsColumn.DURATION, "16h")).isNull();
        assertThat(edit("1.2", WbsColumn.PREDECESSORS, "3")).isNull();
        assertThat(edit("1.1.1", WbsColumn.PERCENT, "100")).isNull();
        assertThat(edit("1.1.2", WbsColumn.COST, "1,000")).isNull();
        assertThat(edit("1.1.1", WbsColumn.PHASE, "Data management")).isNull();
        assertThat(edit("1.1.1", WbsColumn.NOTES, "Export from the support desk")).isNull();
        assertThat(edit("2", WbsColumn.NAME, "Model training")).isNull();
        assertThat(edit("2", WbsColumn.START, "2026-04-06")).isNull();
        assertThat(edit("2", WbsColumn.DURATION, "0")).isNull();
        assertThat(edit("1.2", WbsColumn.OWNER, "data engineer")).isNull();

        assertThat(cell("1.1.1", WbsColumn.DURATION)).isEqualTo("3d");
        assertThat(cell("1.1.2", WbsColumn.DURATION)).isEqualTo("5d");
        assertThat(cell("1.2", WbsColumn.DURATION)).isEqualTo("2d");
        assertThat(cell("1.2", WbsColumn.PREDECESSORS)).as("shown by ID").isEqualTo("3");
        // 1.2 waits for 1.1.1 (3 days): it starts on the fourth day.
        assertThat(cell("1.2", WbsColumn.START)).isEqualTo("Thu 2026-03-05");
        // Summary 1.1 spans its children (5 days); % complete is weighted by duration: 3 of 8 days done.
        assertThat(cell("1.1", WbsColumn.DURATION)).isEqualTo("5d");
        assertThat(cell("1.1", WbsColumn.PERCENT)).isEqualTo("38%");
        assertThat(cell("1.1.1", WbsColumn.PHASE)).isEqualTo("Data management");
        assertThat(cell("1.1.1", WbsColumn.NOTES)).isEqualTo("Export from the support desk");
        assertThat(cell("2", WbsColumn.NAME)).isEqualTo("Model training");
        assertThat(m.rows.row(task("2").id()).isMilestone()).isTrue();
        assertThat(task("2").constraintDate()).isEqualTo(LocalDate.of(2026, 4, 6));
        // The owner typed in another case is the role; 16 hours at 80 an hour, rolled up with the fixed cost.
        assertThat(cell("1.2", WbsColumn.OWNER)).isEqualTo("Data engineer");
        assertThat(cell("1.2", WbsColumn.COST)).isEqualTo("1,280.00");
        assertThat(cell("1", WbsColumn.COST)).isEqualTo("2,280.00");
        assertThat(cell("2", WbsColumn.SLACK)).as("the last milestone sets the finish").isEqualTo("0d");
        assertThat(cell("1.1.2", WbsColumn.SLACK)).as("the data work ends weeks before it").isEqualTo("20d");

        // Summary columns are computed: typing a duration on a summary is refused.
        assertThat(edit("1", WbsColumn.DURATION, "9d")).contains("summary");
        assertThat(cell("1", WbsColumn.DURATION)).isEqualTo("5d");
    }

    @Test
    void theDeadlineColumnIsTypedLikeADateOnTasksAndSummariesAndBlankRemovesIt() {
        assertThat(edit("1.1.1", WbsColumn.DURATION, "3d")).isNull();
        String start = cell("1.1.1", WbsColumn.START);
        int steps = m.editor.undoStack().size();

        assertThat(edit("1.1.1", WbsColumn.DEADLINE, "2026-03-06")).isNull();
        assertThat(cell("1.1.1", WbsColumn.DEADLINE)).isEqualTo("2026-03-06");
        assertThat(task("1.1.1").deadline()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(m.editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Deadline");
        assertThat(edit("1.1.1", WbsColumn.DEADLINE, "Fri 2026-03-06")).as("the same day again").isNull();
        assertThat(m.editor.undoStack().size()).as("no step for the same deadline").isEqualTo(steps + 1);

        // A deadline before the finish (Wed 4th) never moves the task; it makes it late.
        assertThat(edit("1.1.1", WbsColumn.DEADLINE, "Tue 2026-03-03")).isNull();
        assertThat(cell("1.1.1", WbsColumn.START)).isEqualTo(start);
        assertThat(cell("1.1.1", WbsColumn.SLACK)).isEqualTo("-1d");
        assertThat(m.message.get()).isEqualTo("\"Transcripts\" finishes on Wed 2026-03-04, after its deadline of"
                + " Tue 2026-03-03: it is late. A deadline does not move the task.");
        assertThat(m.editor.lastReport().lateTaskIds()).contains(task("1.1.1").id());

        assertThat(edit("1", WbsColumn.DEADLINE, "2026-03-31")).as("a summary has a deadline of its own").isNull();
        assertThat(cell("1", WbsColumn.DEADLINE)).isEqualTo("2026-03-31");

        assertThat(edit("1.1.1", WbsColumn.DEADLINE, "")).isNull();
        assertThat(task("1.1.1").deadline()).isNull();
        assertThat(cell("1.1.1", WbsColumn.DEADLINE)).isEmpty();
        m.actions.undo();
        assertThat(task("1.1.1").deadline()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aDeadlineThatIsNoDateOrOutsideThePlansYearsIsRefused() {
        int steps = m.editor.undoStack().size();
        assertThat(edit("1.2", WbsColumn.DEADLINE, "next Friday")).startsWith("The deadline");
        assertThat(edit("1.2", WbsColumn.DEADLINE, "1850-01-01"))
                .isEqualTo("A deadline must lie in the years 1900 to 9999, not 1850-01-01.");
        assertThat(m.message.get()).isEqualTo("A deadline must lie in the years 1900 to 9999, not 1850-01-01.");
        assertThat(task("1.2").deadline()).isNull();
        assertThat(m.editor.undoStack().size()).isEqualTo(steps);
    }

    @Test
    void wrongEntriesAreRefusedWithASentenceAndChangeNothing() {
        assertThat(edit("1.2", WbsColumn.PREDECESSORS, "3")).isNull();
        int undoDepth = m.editor.undoStack().size();
        String before = snapshot();

        assertThat(edit("1.1.1", WbsColumn.DURATION, "abc")).contains("abc");
        assertThat(edit("1.1.1", WbsColumn.PERCENT, "-5")).containsIgnoringCase("between 0 and 100");
        assertThat(edit("1.2", WbsColumn.PREDECESSORS, "9")).contains("no task has the ID 9");
        assertThat(edit("1.2", WbsColumn.PREDECESSORS, "1.1.1")).contains("W1.1.1");
        assertThat(edit("1.1.1", WbsColumn.PREDECESSORS, "5")).containsIgnoringCase("loop");
        assertThat(edit("1.1.1", WbsColumn.NAME, " ")).containsIgnoringCase("name");
        assertThat(m.message.get()).containsIgnoringCase("name");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(m.editor.undoStack().size()).isEqualTo(undoDepth);
        assertThat(cell("1.2", WbsColumn.PREDECESSORS)).isEqualTo("3");
    }

    private String snapshot() {
        StringBuilder out = new StringBuilder();
        for (Task t : m.plan().tasksInOrder()) {
            out.append(m.plan().wbsCode(t)).append(' ').append(TaskInputs.of(t))
                    .append(m.plan().predecessorsOf(t)).append('\n');
        }
        return out.toString();
    }

    @Test
    void severalRowsIndentOutdentMoveAndDelete() {
        select("1.1.2", "1.2");
        m.actions.moveUp();
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.2.1 Tickets",
                "1.2.2 Transcripts", "2 Model");
        assertThat(m.editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Move up 2 tasks");
        select("1.2.1", "1.2.2");
        m.actions.outdent();
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.3 Tickets", "1.4 Transcripts",
                "2 Model");
        m.actions.indent();
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.2.1 Tickets",
                "1.2.2 Transcripts", "2 Model");
        m.actions.moveDown();
        assertThat(m.message.get()).contains("bottom");
        select("1.1", "1.2");
        m.actions.delete();
        assertThat(m.shown()).containsExactly("1 Data", "2 Model");
        assertThat(m.editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Delete 2 tasks");
        m.actions.undo();
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Clean", "1.2 Collect", "1.2.1 Tickets",
                "1.2.2 Transcripts", "2 Model");
    }

    @Test
    void copyCutAndPasteRows() {
        select("1.1");
        assertThat(m.rowClipboard.copy()).isTrue();
        assertThat(m.clipboard.text).contains("Transcripts").contains("\t");
        select("2");
        m.rowClipboard.paste();
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets",
                "1.2 Clean", "2 Model", "3 Collect", "3.1 Transcripts", "3.2 Tickets");
        select("1.2");
        m.rowClipboard.cut();
        assertThat(m.shown()).doesNotContain("1.2 Clean");
        select("3.2");
        m.rowClipboard.paste();
        assertThat(m.shown()).endsWith("3.2 Tickets", "3.3 Clean");
        m.actions.undo();
        m.actions.undo();
        m.actions.undo();
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets",
                "1.2 Clean", "2 Model");
    }

    @Test
    void findSelectsTheNextMatchingTaskAndWraps() {
        TaskFinder finder = new TaskFinder(m.actions);
        select("1");
        assertThat(finder.findNext("ts")).isTrue();
        assertThat(m.plan().wbsCode(m.plan().task(m.selection.focusedId()))).isEqualTo("1.1.1");
        finder.findNext("ts");
        assertThat(m.plan().wbsCode(m.plan().task(m.selection.focusedId()))).isEqualTo("1.1.2");
        finder.findNext("ts");
        assertThat(m.plan().wbsCode(m.plan().task(m.selection.focusedId()))).isEqualTo("1.1.1");
        assertThat(finder.findNext("nothing like it")).isFalse();
        assertThat(m.message.get()).contains("No task name contains");
    }

    @Test
    void collapseAndExpandAll() {
        m.actions.collapseAll();
        assertThat(m.shown()).containsExactly("1 Data", "2 Model");
        m.actions.expandAll();
        assertThat(m.shown()).hasSize(6);
    }

    @Test
    void dropOnARowMakesAChildAndOnAnEdgeReorders() {
        RowDrag drag = new RowDrag(m.actions, () -> false);
        long model = task("2").id();
        drag.drop(List.of(model), task("1.2").id(), DropZone.INTO);
        assertThat(m.shown()).endsWith("1.2 Clean", "1.2.1 Model");
        drag.drop(List.of(model), task("1").id(), DropZone.BEFORE);
        assertThat(m.shown()).startsWith("1 Model", "2 Data");
        drag.drop(List.of(model), task("2").id(), DropZone.AFTER);
        assertThat(m.shown()).endsWith("2 Model");
        assertThat(DropZone.at(2, 28)).isEqualTo(DropZone.BEFORE);
        assertThat(DropZone.at(14, 28)).isEqualTo(DropZone.INTO);
        assertThat(DropZone.at(26, 28)).isEqualTo(DropZone.AFTER);
        m.actions.undo();
        m.actions.undo();
        m.actions.undo();
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "1.1.2 Tickets",
                "1.2 Clean", "2 Model");
    }
}
