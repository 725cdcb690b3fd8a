package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 3 added project information (status date, default duration, named calendar exceptions with date
 * ranges) and people; a format-2 file opens unchanged, with what format 3 added at its defaults.
 */
class FormatThreeTest {
    @TempDir
    Path dir;

    /**
     * A file the format-2 app wrote (SamplePlans.everyField() of that version), kept byte for byte as a test
     * resource; it is named .zip (what a package is) so that no .genaiplan file is ever committed.
     */
    private Path writtenByFormatTwoApp() throws Exception {
        Path file = dir.resolve("support.genaiplan");
        try (InputStream in = FormatThreeTest.class.getResourceAsStream("format2-sample.zip")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void fileWrittenByTheFormatTwoAppOpensWithItsHolidaysAsDaysOffAndNoPeople() throws Exception {
        PlanPackage pkg = new PlanPackageReader().read(writtenByFormatTwoApp());
        Plan plan = pkg.plan();

        assertThat(pkg.sourceFormat()).isEqualTo(2);
        assertThat(plan.calendar().exceptions()).containsExactly(CalendarException.on(LocalDate.of(2026, 5, 1)),
                CalendarException.on(LocalDate.of(2026, 12, 25)));
        assertThat(plan.statusDate()).isNull();
        assertThat(plan.defaultDurationMinutes()).as("a new task took one working day").isEqualTo(450);
        assertThat(plan.resources().people()).isEmpty();
        assertThat(plan.roles()).containsExactly(new Role("ML engineer", new BigDecimal("95.25")),
                new Role("Product owner", new BigDecimal("80"), true));
        assertThat(plan.roles()).allSatisfy(r -> {
            assertThat(r.maxUnits()).isEqualTo(100);
            assertThat(r.availability()).isEmpty();
        });
        // Everything format 2 held is unchanged.
        PlanData today = PlanRows.of(SamplePlans.withoutTaskDeadlines());
        PlanData read = PlanRows.of(plan);
        assertThat(read.tasks()).isEqualTo(today.tasks());
        assertThat(read.dependencies()).isEqualTo(today.dependencies());
        assertThat(read.risks()).isEqualTo(today.risks());
        assertThat(read.costs()).isEqualTo(today.costs());
        assertThat(plan.name()).isEqualTo("Support chatbot");
        assertThat(plan.currency()).isEqualTo("EUR");
        assertThat(plan.calendar().minutesPerDay()).isEqualTo(450);
    }

    @Test
    void formatTwoFileSavedAgainIsTodaysFormatWithPeopleAndNamedRanges() throws Exception {
        Plan plan = new PlanPackageReader().read(writtenByFormatTwoApp()).plan();
        plan.setCalendar(plan.calendar().withExceptions(List.of(new CalendarException(LocalDate.of(2026, 12, 24),
                LocalDate.of(2027, 1, 1), "Year-end shutdown"))));
        plan.resources().putPerson(new Person("Dana Reyes", "ML engineer", null, 50, "Mondays only"));

        Path saved = dir.resolve("saved.genaiplan");
        try (OutputStream out = Files.newOutputStream(saved)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(saved);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.manifest().entries()).containsKey(PackageFormat.PEOPLE);
        assertThat(again.plan().calendar().exceptions()).containsExactly(new CalendarException(
                LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), "Year-end shutdown"));
        assertThat(again.plan().resources().people()).containsExactly(
                new Person("Dana Reyes", "ML engineer", null, 50, "Mondays only"));
    }

    @Test
    void formatTwoPackageOfTodaysSampleUpgradesEveryExceptionToItsFirstDay() throws Exception {
        Path file = dir.resolve("two.genaiplan");
        Files.write(file, Packages.formatTwo(SamplePlans.everyField()));
        Plan plan = new PlanPackageReader().read(file).plan();
        assertThat(plan.calendar().exceptions()).extracting(CalendarException::first)
                .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 24));
        assertThat(plan.resources().people()).isEmpty();
    }

    @Test
    void formatTwoFileThatAlreadyListsPeopleIsRefused() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        Path file = dir.resolve("odd.genaiplan");
        Files.write(file, Packages.withManifest(data, m -> m.put("formatVersion", 2)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageStartingWith("odd.genaiplan cannot be upgraded from file format 2:");
    }

    @Test
    void personWhoseRoleIsMissingIsRefusedWithTheNames() throws Exception {
        Path file = dir.resolve("broken.genaiplan");
        Files.write(file, Packages.withEdited(SamplePlans.everyField(), PackageFormat.PEOPLE,
                json -> json.replace("\"role\":\"ML engineer\"", "\"role\":\"Astronaut\"")));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("broken.genaiplan cannot be opened because its data breaks a rule of the plan: the plan"
                        + " has no role \"Astronaut\" for \"Dana Reyes\".");
    }

    @Test
    void tooManyExceptionsOrPeopleAreRefusedBeforeAssembling() throws Exception {
        PackageLimits small = PackageLimits.defaults().with(PackageLimits.Count.EXCEPTIONS, 1);
        Path file = dir.resolve("many.genaiplan");
        Files.write(file, Packages.of(SamplePlans.everyField()));
        assertThatThrownBy(() -> new PlanPackageReader(small, FormatUpgrades.standard()).read(file))
                .hasMessage("many.genaiplan has more than 1 calendar exceptions in \"plan.json\", the most a plan file"
                        + " may hold.");
        PackageLimits fewPeople = PackageLimits.defaults().with(PackageLimits.Count.PEOPLE, 1);
        assertThatThrownBy(() -> new PlanPackageReader(fewPeople, FormatUpgrades.standard()).read(file))
                .hasMessage("many.genaiplan has more than 1 people in \"people.json\", the most a plan file may hold.");
    }
}
