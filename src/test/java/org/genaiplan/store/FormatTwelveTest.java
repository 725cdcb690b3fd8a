package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.Lesson;
import org.genaiplan.model.lessons.LessonAction;
import org.genaiplan.model.lessons.LessonLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lessons-learned log (since format 12): a format-11 file opens unchanged with none; packages and stores keep it. */
class FormatTwelveTest {
    @TempDir
    Path dir;

    static LessonLog sample() {
        return new LessonLog(List.of(
                new Lesson(1, LocalDate.of(2027, 3, 1), "Data management", "Labelling guidelines came late",
                        "Annotation started a week late", LessonAction.CHANGE, "Write guidelines before sourcing ends",
                        "Data Scientist"),
                new Lesson(2, LocalDate.of(2027, 4, 2), "Evaluation and testing", "Red team found \u00ab injection \u00bb early",
                        "", LessonAction.REPEAT, "Red-team before UAT", "")));
    }

    @Test
    void formatElevenFileOpensUnchangedWithAnEmptyLog() throws Exception {
        Plan plan = SamplePlans.everyField();
        Path file = dir.resolve("nine.genaiplan");
        Files.write(file, Packages.formatEleven(plan));

        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(11);
        PlanData read = PlanRows.of(pkg.plan());
        PlanData expected = PlanRows.of(plan);
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.roles()).isEqualTo(expected.roles());
        assertThat(read.quality()).isEqualTo(expected.quality());
        assertThat(read.decisions()).isEqualTo(expected.decisions());
        assertThat(pkg.plan().lessons()).isEqualTo(LessonLog.EMPTY);
    }

    @Test
    void aFileClaimingFormatElevenThatHoldsLessonsIsRefused() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setLessons(sample());
        Path file = dir.resolve("fake.genaiplan");
        Files.write(file, Packages.withManifest(Packages.data(plan), m -> m.put("formatVersion", 11)));

        assertThatThrownBy(() -> new PlanPackageReader().read(file))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("fake.genaiplan cannot be upgraded from file format 11: it already has a lessons-learned log,"
                        + " which format 11 did not have.");
    }

    @Test
    void packageKeepsTheLessons() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setLessons(sample());
        Path file = dir.resolve("l.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(file);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().lessons()).isEqualTo(sample());
    }

    @Test
    void workingStoreKeepsTheLessonsAcrossCommits() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setLessons(sample());
        StoreHome home = new StoreHome(dir.resolve("home"));
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertThat(store.load().lessons()).isEqualTo(sample());
            plan.setLessons(plan.lessons().without(1));
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().lessons().lessons()).extracting(Lesson::id).containsExactly(2L);
        }
    }

    @Test
    void aLessonWithoutWhatHappenedIsRefusedWithASentence() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setLessons(sample());
        Path file = dir.resolve("blank.genaiplan");
        Files.write(file, Packages.withEdited(plan, PackageFormat.LESSONS,
                json -> json.replace("Labelling guidelines came late", " ")));

        assertThatThrownBy(() -> new PlanPackageReader().read(file))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("blank.genaiplan cannot be opened because the entry \"lessons.json\" breaks a rule of the plan:"
                        + " a lesson needs a sentence on what happened.");
    }
}
