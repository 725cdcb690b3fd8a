package org.genaiplan.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.LessonAction;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LessonsViewModelTest {
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private LessonsViewModel lessons;

    @BeforeEach
    void setUp() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        lessons = new LessonsViewModel(editor, message, () -> LocalDate.of(2026, 5, 4));
    }

    @Test
    void eachEditIsOneUndoableStep() {
        assertThat(lessons.phases()).startsWith("Data collection & preparation");
        long id = lessons.add("Labelling guidelines came late", "Data collection & preparation");
        assertThat(lessons.rows()).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo("2026-05-04");
            assertThat(r.phase()).isEqualTo("Data collection & preparation");
            assertThat(r.action()).isEqualTo("Change");
        });
        assertThat(lessons.set(id, LessonsViewModel.Field.IMPACT, "Annotation started a week late")).isNull();
        assertThat(lessons.set(id, LessonsViewModel.Field.ACTION, "repeat")).isNull();
        assertThat(lessons.set(id, LessonsViewModel.Field.RECOMMENDATION, "Write them before sourcing ends")).isNull();
        assertThat(lessons.set(id, LessonsViewModel.Field.OWNER, "Data Scientist")).isNull();
        assertThat(editor.plan().lessons().lesson(id).action()).isEqualTo(LessonAction.REPEAT);
        assertThat(lessons.countsProperty().get()).isEqualTo("1 lesson \u00b7 1 to repeat \u00b7 0 to change");

        assertThat(lessons.undo()).isTrue(); // the owner
        assertThat(editor.plan().lessons().lesson(id).owner()).isEmpty();
        assertThat(editor.plan().lessons().lesson(id).recommendation()).isEqualTo("Write them before sourcing ends");
        assertThat(lessons.redo()).isTrue();
        assertThat(lessons.rows().getFirst().owner()).isEqualTo("Data Scientist");

        assertThat(lessons.delete(id)).isNull();
        assertThat(lessons.rows()).isEmpty();
        assertThat(lessons.undo()).isTrue();
        assertThat(lessons.rows()).singleElement().satisfies(r -> assertThat(r.impact()).isEqualTo("Annotation started a week late"));
    }

    @Test
    void badInputIsRefusedWithASentenceAndChangesNothing() {
        long id = lessons.add("Red team found injection early", "Evaluation and testing");
        assertThat(lessons.set(id, LessonsViewModel.Field.DATE, "4 May")).isEqualTo(
                "\"4 May\" is not a date; type it as YYYY-MM-DD, for example 2026-05-04.");
        assertThat(lessons.set(id, LessonsViewModel.Field.WHAT_HAPPENED, " ")).isEqualTo(
                "A lesson needs a sentence on what happened.");
        assertThat(lessons.set(id, LessonsViewModel.Field.ACTION, "maybe")).isEqualTo(
                "A lesson is either to repeat or to change, not \"maybe\".");
        assertThat(lessons.rows().getFirst().whatHappened()).isEqualTo("Red team found injection early");
        assertThat(lessons.undo()).isTrue();
        assertThat(lessons.rows()).isEmpty();
    }
}
