package org.genaiplan.ui.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each command: execute changes what it says, undo restores exactly (ids, order, fields), redo repeats. */
class CommandsTest {
    private Plan plan;
    private Task a;
    private Task a1;
    private Task a2;
    private Task a3;
    private Task b;
    private Task c;

    @BeforeEach
    void setUp() {
        plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("ML engineer", new BigDecimal("95")));
        a = plan.addTask(null, "Data");
        a1 = plan.addTask(a, "Collect");
        a2 = plan.addTask(a, "Clean");
        a3 = plan.addTask(a, "Label");
        b = plan.addTask(null, "Model");
        c = plan.addTask(null, "Deploy");
        a1.setDurationMinutes(960);
        a2.setOwnerRole("ML engineer");
        a3.setNotes("two annotators");
        plan.addDependency(Dependency.finishToStart(a1.id(), a2.id()));
        plan.addDependency(new Dependency(a2.id(), b.id(), DependencyType.SS, -120));
    }

    /** Runs execute, undo, redo, undo and checks each state against the one before or after. */
    private PlanShape roundTrip(PlanCommand command) {
        PlanShape before = PlanShape.of(plan);
        command.execute(plan);
        PlanShape after = PlanShape.of(plan);
        assertThat(after).isNotEqualTo(before);
        command.undo(plan);
        assertThat(PlanShape.of(plan)).isEqualTo(before);
        command.redo(plan);
        assertThat(PlanShape.of(plan)).isEqualTo(after);
        command.undo(plan);
        assertThat(PlanShape.of(plan)).isEqualTo(before);
        command.redo(plan);
        return after;
    }

    private List<String> codes() {
        return plan.tasksInOrder().stream().map(t -> plan.wbsCode(t) + " " + t.name()).toList();
    }

    @Test
    void insertTaskAddsBelowAndRedoKeepsTheSameId() {
        InsertTaskCommand insert = new InsertTaskCommand(a.id(), 1, "Dedupe", false, 480);
        roundTrip(insert);
        Task created = plan.task(insert.createdId());
        assertThat(created.name()).isEqualTo("Dedupe");
        assertThat(plan.wbsCode(created)).isEqualTo("1.2");
        assertThat(created.durationMinutes()).isEqualTo(480);
        assertThat(insert.displayName()).isEqualTo("Insert task");
    }

    @Test
    void insertMilestoneHasZeroDuration() {
        InsertTaskCommand insert = new InsertTaskCommand(0, 3, "Go-live", true, 480);
        roundTrip(insert);
        Task m = plan.task(insert.createdId());
        assertThat(m.isMilestone()).isTrue();
        assertThat(m.durationMinutes()).isZero();
        assertThat(plan.wbsCode(m)).isEqualTo("4");
    }

    @Test
    void deleteRemovesSubtreesAndLinksAndUndoRestoresThemInPlace() {
        DeleteTasksCommand delete = new DeleteTasksCommand(List.of(a.id(), a2.id(), c.id()));
        roundTrip(delete);
        assertThat(codes()).containsExactly("1 Model");
        assertThat(plan.dependencies()).isEmpty();
        assertThat(delete.displayName()).isEqualTo("Delete 2 tasks");
        delete.undo(plan);
        assertThat(plan.predecessorsOf(b)).hasSize(1);
        assertThat(plan.task(a3.id())).isSameAs(a3);
    }

    @Test
    void indentMakesRowsChildrenOfTheRowAbove() {
        IndentTasksCommand indent = new IndentTasksCommand(List.of(b.id(), c.id()));
        roundTrip(indent);
        assertThat(codes()).containsExactly("1 Data", "1.1 Collect", "1.2 Clean", "1.3 Label", "1.4 Model",
                "1.5 Deploy");
        assertThat(indent.displayName()).isEqualTo("Indent 2 tasks");
    }

    @Test
    void indentOfAFirstChildIsRefusedWithoutChange() {
        PlanShape before = PlanShape.of(plan);
        assertThatThrownBy(() -> new IndentTasksCommand(List.of(a1.id())).execute(plan))
                .isInstanceOf(ValidationException.class).hasMessageContaining("indented");
        assertThat(PlanShape.of(plan)).isEqualTo(before);
    }

    @Test
    void outdentTakesTheFollowingSiblingsAlongAsChildren() {
        roundTrip(new OutdentTasksCommand(List.of(a2.id())));
        assertThat(codes()).containsExactly("1 Data", "1.1 Collect", "2 Clean", "2.1 Label", "3 Model", "4 Deploy");
    }

    @Test
    void outdentOfTwoRowsKeepsTheirOrder() {
        roundTrip(new OutdentTasksCommand(List.of(a2.id(), a3.id())));
        assertThat(codes()).containsExactly("1 Data", "1.1 Collect", "2 Clean", "3 Label", "4 Model", "5 Deploy");
    }

    @Test
    void outdentOfATopLevelRowIsRefused() {
        assertThatThrownBy(() -> new OutdentTasksCommand(List.of(b.id())).execute(plan))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void moveUpAndDownKeepABlockTogether() {
        roundTrip(MoveTasksCommand.down(List.of(a1.id(), a2.id())));
        assertThat(codes()).containsExactly("1 Data", "1.1 Label", "1.2 Collect", "1.3 Clean", "2 Model", "3 Deploy");
        roundTrip(MoveTasksCommand.up(List.of(c.id())));
        assertThat(codes()).containsExactly("1 Data", "1.1 Label", "1.2 Collect", "1.3 Clean", "2 Deploy", "3 Model");
    }

    @Test
    void moveUpAtTheTopIsRefused() {
        assertThatThrownBy(() -> MoveTasksCommand.up(List.of(a.id(), a1.id())).execute(plan))
                .isInstanceOf(ValidationException.class).hasMessageContaining("top");
    }

    @Test
    void relocateMovesRowsUnderAnotherParentBeforeARow() {
        roundTrip(new RelocateTasksCommand(List.of(a1.id(), a3.id()), c.id(), 0));
        assertThat(codes()).containsExactly("1 Data", "1.1 Clean", "2 Model", "3 Deploy", "3.1 Collect", "3.2 Label");
        roundTrip(new RelocateTasksCommand(List.of(c.id()), 0, a.id()));
        assertThat(codes()).containsExactly("1 Deploy", "1.1 Collect", "1.2 Label", "2 Data", "2.1 Clean", "3 Model");
    }

    @Test
    void relocateUnderItselfIsRefused() {
        PlanShape before = PlanShape.of(plan);
        assertThatThrownBy(() -> new RelocateTasksCommand(List.of(a.id()), a2.id(), 0).execute(plan))
                .isInstanceOf(ValidationException.class).hasMessageContaining("under itself");
        assertThat(PlanShape.of(plan)).isEqualTo(before);
    }

    @Test
    void cellEditsUndoExactly() {
        roundTrip(EditTaskFieldCommand.name(a1.id(), "Collect transcripts"));
        roundTrip(EditTaskFieldCommand.duration(a2.id(), 2400));
        roundTrip(EditTaskFieldCommand.percentComplete(a1.id(), 40));
        roundTrip(EditTaskFieldCommand.actualStart(a1.id(), java.time.LocalDateTime.of(2026, 3, 3, 8, 0)));
        roundTrip(EditTaskFieldCommand.owner(a1.id(), "ML engineer"));
        roundTrip(EditTaskFieldCommand.phase(a1.id(), "Data management"));
        roundTrip(EditTaskFieldCommand.notes(a1.id(), "use the support archive"));
        roundTrip(EditTaskFieldCommand.fixedCost(a1.id(), new BigDecimal("1200.50")));
        roundTrip(EditTaskFieldCommand.startNoEarlierThan(a3.id(), LocalDate.of(2026, 4, 1)));
        roundTrip(EditTaskFieldCommand.finishNoEarlierThan(a3.id(), LocalDate.of(2026, 4, 9)));
        roundTrip(EditTaskFieldCommand.clearConstraint(a3.id(), "Finish"));
        assertThat(a1.name()).isEqualTo("Collect transcripts");
        assertThat(a2.durationMinutes()).isEqualTo(2400);
        assertThat(a1.percentComplete()).isEqualTo(40);
        assertThat(a1.fixedCost()).isEqualByComparingTo("1200.50");
    }

    @Test
    void zeroDurationMakesAMilestoneAndUndoMakesItATaskAgain() {
        EditTaskFieldCommand zero = EditTaskFieldCommand.duration(a1.id(), 0);
        roundTrip(zero);
        assertThat(a1.isMilestone()).isTrue();
        zero.undo(plan);
        assertThat(a1.isMilestone()).isFalse();
        assertThat(a1.durationMinutes()).isEqualTo(960);
    }

    @Test
    void refusedEditsChangeNothing() {
        PlanShape before = PlanShape.of(plan);
        assertThatThrownBy(() -> EditTaskFieldCommand.percentComplete(a1.id(), -5).execute(plan))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> EditTaskFieldCommand.name(a1.id(), "  ").execute(plan))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> EditTaskFieldCommand.duration(a.id(), 480).execute(plan))
                .isInstanceOf(ValidationException.class).hasMessageContaining("summary");
        assertThat(PlanShape.of(plan)).isEqualTo(before);
    }

    @Test
    void setPredecessorsReplacesTheListAndUndoRestoresIt() {
        roundTrip(new SetPredecessorsCommand(b.id(), List.of(Dependency.finishToStart(a1.id(), b.id()),
                new Dependency(a3.id(), b.id(), DependencyType.FF, 480))));
        assertThat(plan.predecessorsOf(b)).extracting(Dependency::predecessorId).containsExactly(a1.id(), a3.id());
    }

    @Test
    void pasteCopiesBranchesWithTheirLinksAsNewTasks() {
        TaskSubtree rows = TaskSubtree.copyOf(plan, List.of(a));
        PasteTasksCommand paste = new PasteTasksCommand(rows, c.id(), 0);
        roundTrip(paste);
        assertThat(codes()).containsSubsequence("3 Deploy", "3.1 Data", "3.1.1 Collect", "3.1.2 Clean", "3.1.3 Label");
        Task copy = plan.task(paste.createdRoots().getFirst());
        assertThat(copy.id()).isNotIn(a.id(), a1.id(), a2.id(), a3.id());
        Task copiedClean = copy.children().get(1);
        assertThat(plan.predecessorsOf(copiedClean)).singleElement()
                .extracting(Dependency::predecessorId).isEqualTo(copy.children().get(0).id());
        assertThat(copiedClean.ownerRole()).isEqualTo("ML engineer");
        assertThat(copy.children().get(2).notes()).isEqualTo("two annotators");
    }

    @Test
    void deadlineIsSetAndClearedOnATaskOrASummaryAndUndoPutsItBack() {
        roundTrip(EditTaskFieldCommand.deadline(a1.id(), LocalDate.of(2026, 3, 6)));
        assertThat(a1.deadline()).isEqualTo(LocalDate.of(2026, 3, 6));
        roundTrip(EditTaskFieldCommand.deadline(a.id(), LocalDate.of(2026, 3, 31)));
        assertThat(a.deadline()).as("a summary has its own deadline").isEqualTo(LocalDate.of(2026, 3, 31));
        EditTaskFieldCommand clear = EditTaskFieldCommand.deadline(a1.id(), null);
        roundTrip(clear);
        assertThat(a1.deadline()).isNull();
        assertThat(clear.displayName()).isEqualTo("Edit Deadline");
    }

    @Test
    void pasteKeepsEachTasksDeadline() {
        a.setDeadline(LocalDate.of(2026, 4, 30));
        a2.setDeadline(LocalDate.of(2026, 3, 20));
        TaskSubtree rows = TaskSubtree.copyOf(plan, List.of(a));
        PasteTasksCommand paste = new PasteTasksCommand(rows, c.id(), 0);
        roundTrip(paste);
        Task copy = plan.task(paste.createdRoots().getFirst());
        assertThat(copy.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(copy.children()).extracting(Task::deadline).containsExactly(null, LocalDate.of(2026, 3, 20), null);
    }

    @Test
    void pasteIntoAnotherPlanBringsTheRolesItNeeds() {
        TaskSubtree rows = TaskSubtree.copyOf(plan, List.of(a2));
        Plan other = new Plan("Other", LocalDate.of(2026, 1, 5));
        PasteTasksCommand paste = new PasteTasksCommand(rows, 0, 0);
        paste.execute(other);
        assertThat(other.role("ML engineer")).isNotNull();
        paste.undo(other);
        assertThat(other.roles()).isEmpty();
        assertThat(other.taskCount()).isZero();
        paste.redo(other);
        assertThat(other.tasksInOrder()).extracting(Task::name).containsExactly("Clean");
    }

    @Test
    void templateFragmentInsertsAsOneStep() {
        TaskSubtree fragment = new TaskSubtree(List.of(new TaskSubtree.Node(
                inputs("RLHF", 0), List.of(new TaskSubtree.Node(inputs("Collect preferences", 4800), List.of()),
                        new TaskSubtree.Node(inputs("Train reward model", 2400), List.of())))),
                List.of(new TaskSubtree.Link(1, 2, DependencyType.FS, 0)), List.of());
        InsertTemplateFragmentCommand insert = new InsertTemplateFragmentCommand(PlanFragment.of("RLHF", fragment), b.id(), 0);
        roundTrip(insert);
        assertThat(codes()).containsSubsequence("2 Model", "2.1 RLHF", "2.1.1 Collect preferences",
                "2.1.2 Train reward model");
        assertThat(insert.displayName()).isEqualTo("Insert RLHF");
    }

    private static TaskInputs inputs(String name, long minutes) {
        return new TaskInputs(name, false, minutes, 0, null, null, "", null, null, null, BigDecimal.ZERO);
    }
}
