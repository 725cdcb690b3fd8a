package org.genaiplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.lessons.LessonsViewModel;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.Test;

/** A tab without rows to cut or paste (Decisions, Stakeholders, Risk analysis) still undoes, and says the rest. */
class PlainEditTargetTest {
    @Test
    void undoAndRedoActOnThePlanAndTheClipboardKeysSayWhereTheyWork() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        plan.changes().drain();
        PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        StringProperty message = new SimpleStringProperty("");
        long id = new LessonsViewModel(editor, message, () -> LocalDate.of(2026, 5, 4))
                .add("Evaluation data came late", "Data collection & preparation");
        EditTarget target = new PlainEditTarget(new CommandRunner(editor, message));

        target.undo();
        assertThat(editor.plan().lessons().lesson(id)).isNull();
        target.redo();
        assertThat(editor.plan().lessons().lesson(id)).isNotNull();

        target.copy();
        assertThat(message.get()).isEqualTo(EditTarget.NO_CLIPBOARD);
        message.set("");
        target.paste();
        assertThat(message.get()).isEqualTo(EditTarget.NO_CLIPBOARD);
        target.delete();
        assertThat(message.get()).isEqualTo(PlainEditTarget.NO_DELETE);
        assertThat(target.isEditing()).isFalse();
    }
}
