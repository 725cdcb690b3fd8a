package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.templates.TemplateFragment;
import org.genaiplan.ui.command.InsertTemplateFragmentCommand;
import org.junit.jupiter.api.Test;

/** Every shipped work package inserts as one command and undoes and redoes exactly. */
class TemplateFragmentsTest {

    private static List<String> shape(Plan plan) {
        return plan.tasksInOrder().stream().map(t -> plan.wbsCode(t) + " #" + t.id() + " " + t.name() + " "
                + t.durationMinutes() + " " + t.ownerRole() + " " + plan.predecessorsOf(t)).toList();
    }

    @Test
    void eachFragmentInsertsUndoesAndRedoesWithTheSameIds() {
        TemplateCatalog catalog = TemplateCatalog.load();
        assertThat(catalog.fragments()).isNotEmpty();
        for (TemplateFragment fragment : catalog.fragments()) {
            Plan plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
            Task model = plan.addTask(null, "Model development");
            List<String> before = shape(plan);
            int risks = plan.risks().size();
            InsertTemplateFragmentCommand command = new InsertTemplateFragmentCommand(new TemplateFragments(fragment),
                    model.id(), 0);
            command.execute(plan);
            List<String> after = shape(plan);
            assertThat(plan.taskCount()).as(fragment.id()).isEqualTo(1 + fragment.taskCount());
            assertThat(plan.task(command.createdRoots().getFirst()).parent()).isSameAs(model);
            assertThat(command.displayName()).isEqualTo("Insert " + fragment.name());
            command.undo(plan);
            assertThat(shape(plan)).as(fragment.id()).isEqualTo(before);
            assertThat(plan.risks()).hasSize(risks);
            command.redo(plan);
            assertThat(shape(plan)).as(fragment.id()).isEqualTo(after);
        }
    }
}
