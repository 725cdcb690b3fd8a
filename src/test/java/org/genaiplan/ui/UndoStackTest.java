package org.genaiplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaiplan.model.Plan;
import org.genaiplan.ui.command.PlanCommand;
import org.junit.jupiter.api.Test;

class UndoStackTest {

    private static PlanCommand named(String name) {
        return new PlanCommand() {
            @Override
            public String displayName() {
                return name;
            }

            @Override
            public void execute(Plan plan) {
            }

            @Override
            public void undo(Plan plan) {
            }
        };
    }

    @Test
    void dirtyFollowsTheSavedPoint() {
        UndoStack stack = new UndoStack();
        stack.clear(true);
        assertThat(stack.isDirty()).isFalse();
        stack.pushExecuted(named("Insert task"));
        stack.pushExecuted(named("Indent task"));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.stepBack();
        assertThat(stack.isDirty()).isTrue();
        assertThat(stack.undoTextProperty().get()).isEqualTo("Undo Insert task");
        assertThat(stack.redoTextProperty().get()).isEqualTo("Redo Indent task");
        stack.stepForward();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aNewBranchMakesTheSavedPointUnreachable() {
        UndoStack stack = new UndoStack();
        stack.clear(true);
        stack.pushExecuted(named("A"));
        stack.markSaved();
        stack.stepBack();
        stack.pushExecuted(named("B"));
        assertThat(stack.isDirty()).isTrue();
        stack.stepBack();
        assertThat(stack.isDirty()).isTrue();
        assertThat(stack.canRedoProperty().get()).isTrue();
        assertThat(stack.redoTextProperty().get()).isEqualTo("Redo B");
    }

    @Test
    void aNewUnsavedPlanIsDirtyUntilSaved() {
        UndoStack stack = new UndoStack();
        stack.clear(false);
        assertThat(stack.isDirty()).isTrue();
        assertThat(stack.canUndoProperty().get()).isFalse();
    }
}
