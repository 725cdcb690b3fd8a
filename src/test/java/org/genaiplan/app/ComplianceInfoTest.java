package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.Lesson;
import org.genaiplan.model.lessons.LessonAction;
import org.genaiplan.model.lessons.LessonLog;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code genaiplan info} counts the compliance milestones late for their date and the lessons learned. */
@ExtendWith(PrivateStoreHome.class)
class ComplianceInfoTest {
    @TempDir
    Path dir;

    @Test
    void infoPrintsComplianceAndLessonsLinesOnlyWhenThereAreAny() throws Exception {
        Path file = CommandLineTest.chatbotPlan(dir);
        assertThat(CommandLineTest.run("info", file.toString()).out()).doesNotContain("Compliance:", "Lessons:");

        Plan plan = new PlanPackageReader().read(file).plan();
        TemplateCatalog catalog = TemplateCatalog.load();
        catalog.fragment("eu-ai-act-high-risk").apply(plan, null, 0, LocalDate.of(2027, 1, 4));
        catalog.fragment("eu-ai-act-gpai").apply(plan, null, 0, LocalDate.of(2027, 1, 4));
        plan.setLessons(new LessonLog(List.of(
                new Lesson(1, null, "", "Guidelines came late", "", LessonAction.CHANGE, "", ""),
                new Lesson(2, null, "", "Early red team", "", LessonAction.REPEAT, "", ""),
                new Lesson(3, null, "", "Shared GPU pool", "", LessonAction.CHANGE, "", ""))));
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        CommandLineTest.Run run = CommandLineTest.run("info", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Compliance:   2 milestones, 1 after its regulatory date\n")
                .contains("Lessons:      3 lessons (1 to repeat, 2 to change)\n");
    }
}
