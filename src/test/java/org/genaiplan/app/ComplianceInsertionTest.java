package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.templates.TemplateFragment;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.command.InsertTemplateFragmentCommand;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.Test;

/** Inserting the EU AI Act high-risk package through the editor, as the window's Insert fragment action does. */
class ComplianceInsertionTest {
    @Test
    void oneUndoableCommandPutsTheMilestoneAtTheRegulatoryDate() {
        TemplateCatalog catalog = TemplateCatalog.load();
        Plan plan = catalog.template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        plan.changes().drain();
        PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        TemplateFragment fragment = catalog.fragment("eu-ai-act-high-risk");
        int before = editor.plan().taskCount();

        editor.execute(new InsertTemplateFragmentCommand(new TemplateFragments(fragment), 0, 0));

        Task milestone = editor.plan().tasksInOrder().stream()
                .filter(t -> t.name().startsWith("High-risk obligations met")).findFirst().orElseThrow();
        assertThat(milestone.isMilestone()).isTrue();
        assertThat(milestone.deadline()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(milestone.notes()).contains("Provisional political agreement", "Date checked: 2026-12-06");
        assertThat(editor.plan().taskCount()).isEqualTo(before + fragment.taskCount());
        assertThat(editor.undo()).isTrue();
        assertThat(editor.plan().taskCount()).isEqualTo(before);
        assertThat(editor.redo()).isTrue();
        assertThat(editor.plan().task(milestone.id()).deadline()).isEqualTo(LocalDate.of(2027, 12, 2));
    }
}
