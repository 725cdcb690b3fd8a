package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.testing.SheetModels;
import org.junit.jupiter.api.Test;

/** The sheet's commands on the shared selection, without a window. */
class WbsActionsTest {

    private static Plan plan() {
        Plan plan = new Plan("Actions", LocalDate.of(2026, 3, 2));
        for (String name : List.of("Collect", "Clean", "Train", "Evaluate")) {
            plan.addTask(null, name).setDurationMinutes(2 * 480);
        }
        plan.changes().drain();
        return plan;
    }

    private static List<Long> ids(SheetModels m, String... codes) {
        return java.util.Arrays.stream(codes).map(c -> m.plan().taskByWbsCode(c).id()).toList();
    }

    @Test
    void insertSelectsTheNewRowAndAsksTheSheetToEditItsName() {
        SheetModels m = new SheetModels(plan());
        m.actions.select(ids(m, "2"));
        assertThat(m.actions.insertTask()).isTrue();
        Task created = m.plan().taskByWbsCode("3");
        assertThat(created.name()).isEqualTo("New task");
        assertThat(m.selection.focusedId()).isEqualTo(created.id());
        assertThat(m.actions.editRequestProperty().get().taskId()).isEqualTo(created.id());
        assertThat(m.actions.editRequestProperty().get().column()).isEqualTo(WbsColumn.NAME);
    }

    @Test
    void linkChainsTheSelectedTasksInRowOrderAndUnlinkRemovesThoseLinksInOneUndoStep() {
        SheetModels m = new SheetModels(plan());
        m.actions.select(ids(m, "3", "1", "2"));
        assertThat(m.actions.link()).isTrue();
        Plan p = m.plan();
        assertThat(p.predecessorsOf(p.taskByWbsCode("2"))).extracting(d -> d.predecessorId(), d -> d.type())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p.taskByWbsCode("1").id(), DependencyType.FS));
        assertThat(p.predecessorsOf(p.taskByWbsCode("3"))).hasSize(1);
        assertThat(p.taskByWbsCode("3").start().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(m.editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Link Tasks");

        m.actions.select(ids(m, "1", "2", "3"));
        assertThat(m.actions.unlink()).isTrue();
        assertThat(p.dependencies()).isEmpty();
        m.actions.undo();
        assertThat(p.dependencies()).hasSize(2);
        m.actions.select(ids(m, "1", "2"));
        assertThat(m.actions.link()).as("already linked").isFalse();
        assertThat(m.message.get()).contains("already linked");
    }

    @Test
    void lateTasksAreNamedShownAndSelected() {
        Plan plan = plan();
        Task collect = plan.taskByWbsCode("1");
        Task clean = plan.taskByWbsCode("2");
        plan.addDependency(org.genaiplan.model.Dependency.finishToStart(collect.id(), clean.id()));
        clean.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, LocalDate.of(2026, 3, 3));
        plan.changes().drain();
        SheetModels m = new SheetModels(plan);
        assertThat(m.editor.problemProperty().get()).contains("2 tasks cannot meet their dates")
                .contains("1 Collect").contains("2 Clean");
        assertThat(m.actions.showLateTasks()).isTrue();
        assertThat(m.shown()).containsExactly("1 Collect", "2 Clean");
        assertThat(m.selection.selectedIds()).containsExactly(collect.id(), clean.id());
        m.actions.showAllTasks();
        assertThat(m.shown()).hasSize(4);
    }

    @Test
    void aRefusedCellLeavesThePlanAndTheUndoStackAsTheyWere() {
        SheetModels m = new SheetModels(plan());
        var row = m.rows.row(m.plan().taskByWbsCode("1").id());
        int depth = m.editor.undoStack().size();
        assertThat(m.edits.edit(row, WbsColumn.DURATION, "soon")).isNotNull();
        assertThat(m.edits.edit(row, WbsColumn.ID, "7")).contains("row number");
        assertThat(m.edits.edit(row, WbsColumn.SLACK, "1d")).contains("calculated");
        assertThat(m.editor.undoStack().size()).isEqualTo(depth);
        assertThat(m.texts.text(row, WbsColumn.DURATION)).isEqualTo("2d");
    }

    @Test
    void copyAndPasteBringTheRowsAndTheirTextAlong() {
        SheetModels m = new SheetModels(plan());
        m.actions.select(ids(m, "2"));
        assertThat(m.rowClipboard.copy()).isTrue();
        assertThat(m.clipboard.text).startsWith("ID\tWBS\tTask name").contains("2\t2\tClean\t2d");
        m.actions.select(ids(m, "4"));
        assertThat(m.rowClipboard.paste()).isTrue();
        assertThat(m.shown()).endsWith("4 Evaluate", "5 Clean");
    }

    @Test
    void aTypedOwnerTheTeamLacksIsAddedAsAPersonInTheSameUndoStep() {
        SheetModels m = new SheetModels(plan());
        var row = m.rows.row(m.plan().taskByWbsCode("1").id());
        m.newOwnerAnswer = java.util.Optional.of(org.genaiplan.ui.command.CreateOwnerCommand.Kind.PERSON);
        assertThat(m.edits.edit(row, WbsColumn.OWNER, "Ana Ruiz")).isNull();
        assertThat(m.askedAbout).containsExactly("Ana Ruiz");
        assertThat(m.plan().resources().person("Ana Ruiz")).isNotNull();
        assertThat(m.texts.text(row, WbsColumn.OWNER)).isEqualTo("Ana Ruiz");
        // Typed again in another case, the name is known: no second question.
        var other = m.rows.row(m.plan().taskByWbsCode("2").id());
        assertThat(m.edits.edit(other, WbsColumn.OWNER, "ana ruiz")).isNull();
        assertThat(m.askedAbout).hasSize(1);
        assertThat(m.texts.text(other, WbsColumn.OWNER)).isEqualTo("Ana Ruiz");
        m.actions.undo();
        m.actions.undo();
        assertThat(m.plan().resources().person("Ana Ruiz")).isNull();
        assertThat(m.texts.text(row, WbsColumn.OWNER)).isEmpty();

        // Declined: nothing changes and the sentence says why.
        m.newOwnerAnswer = java.util.Optional.empty();
        assertThat(m.edits.edit(row, WbsColumn.OWNER, "Vendor team")).contains("not a role or person");
        assertThat(m.texts.text(row, WbsColumn.OWNER)).isEmpty();
    }
}
