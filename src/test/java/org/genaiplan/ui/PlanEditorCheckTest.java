package org.genaiplan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PlanEditor.execute(command, check): the check runs on the rescheduled plan, which is kept or rolled back. */
class PlanEditorCheckTest {
    private final MemoryDocuments documents = new MemoryDocuments();
    private final PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
    private Plan plan;
    private Task task;

    @BeforeEach
    void setUp() {
        plan = new Plan("Check", LocalDate.of(2027, 1, 4));
        task = plan.addTask(null, "Train");
        task.setDurationMinutes(480);
        editor.setSession(documents.session(plan), true);
    }

    @Test
    void aCheckThatRefusesRollsTheCommandBackAndLeavesNoTrace() {
        long revision = editor.revisionProperty().get();
        int commits = documents.commits;

        assertThatThrownBy(() -> editor.execute(EditTaskFieldCommand.duration(task.id(), 5 * 480), p -> {
            assertThat(p.task(task.id()).finish().toLocalDate()).as("the check sees the rescheduled plan")
                    .isEqualTo(LocalDate.of(2027, 1, 8));
            throw new ValidationException("Too long.");
        })).isInstanceOf(ValidationException.class).hasMessage("Too long.");

        assertThat(task.durationMinutes()).isEqualTo(480);
        assertThat(task.finish().toLocalDate()).as("rescheduled back").isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(editor.undoStack().size()).isZero();
        assertThat(editor.undoStack().isDirty()).isFalse();
        assertThat(documents.commits).isEqualTo(commits);
        assertThat(editor.revisionProperty().get()).isEqualTo(revision);
    }

    @Test
    void aCheckThatPassesKeepsTheCommandAsOneUndoableAction() {
        editor.execute(EditTaskFieldCommand.duration(task.id(), 5 * 480), p -> { });

        assertThat(task.finish().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(editor.undoStack().size()).isEqualTo(1);
        assertThat(documents.commits).isEqualTo(1);
        assertThat(editor.undo()).isTrue();
        assertThat(task.finish().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
