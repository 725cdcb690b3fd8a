package org.genaiplan.model.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;

class StakeholderPlanTest {
    @Test
    void raciRowsWarnWithoutExactlyOneAccountableOrAnyResponsible() {
        RaciItem ok = new RaciItem("Charter", false, Map.of("Sponsor", RaciLetter.A, "PM", RaciLetter.R));
        RaciItem none = new RaciItem("Data", true);
        RaciItem twoA = ok.with("PO", RaciLetter.A);
        RaciItem noR = new RaciItem("Go live", false, Map.of("PO", RaciLetter.A, "Users", RaciLetter.I));
        StakeholderPlan p = StakeholderPlan.EMPTY.withRaci(List.of(ok, none, twoA.withName("Charter 2"), noR));
        assertThat(ok.warning()).isNull();
        assertThat(p.raciWarnings()).containsExactly(
                "Phase \"Data\" has no one accountable (A) and no one responsible (R).",
                "Deliverable \"Charter 2\" has 2 parties accountable (A); give it exactly one.",
                "Deliverable \"Go live\" has no one responsible (R).");
        assertThat(p.summaryLine()).isEqualTo("0 stakeholders, RACI 4 rows with 3 warnings, 0 communications");
    }

    @Test
    void lettersAndFrequenciesAreReadAsTyped() {
        assertThat(RaciLetter.parse("a")).isEqualTo(RaciLetter.A);
        assertThat(RaciLetter.parse(" ")).isNull();
        assertThat(RaciLetter.parse("informed")).isEqualTo(RaciLetter.I);
        assertThatThrownBy(() -> RaciLetter.parse("x")).isInstanceOf(ValidationException.class)
                .hasMessage("A RACI cell holds R, A, C or I (or is empty), not \"x\".");
        assertThat(Frequency.parse("bi-weekly")).isEqualTo(Frequency.FORTNIGHTLY);
        assertThat(Frequency.parse("gate")).isEqualTo(Frequency.PHASE_GATE);
        assertThat(Frequency.parse("Month")).isEqualTo(Frequency.MONTHLY);
        assertThat(Level.parse("h", "Interest")).isEqualTo(Level.HIGH);
        assertThat(Attitude.parse("scep")).isEqualTo(Attitude.SCEPTICAL);
    }

    @Test
    void duplicateNamesAreRefused() {
        assertThatThrownBy(() -> StakeholderPlan.EMPTY.withStakeholders(List.of(new Stakeholder("Legal"), new Stakeholder("legal"))))
                .hasMessage("The plan already has a stakeholder called \"legal\".");
    }

    @Test
    void engagementFollowsThePowerInterestGrid() {
        Stakeholder s = new Stakeholder("Sponsor").withInfluence(Level.HIGH).withInterest(Level.HIGH);
        assertThat(s.engagement()).isEqualTo("Manage closely");
        assertThat(s.withInterest(Level.LOW).engagement()).isEqualTo("Keep satisfied");
        assertThat(s.withInfluence(Level.LOW).engagement()).isEqualTo("Keep informed");
    }

    @Test
    void meetingDatesRecurBetweenStartAndFinish() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        LocalDate finish = LocalDate.of(2026, 2, 2);
        assertThat(MeetingDates.between(Frequency.WEEKLY, start, finish, List.of())).hasSize(5)
                .startsWith(start).endsWith(finish);
        assertThat(MeetingDates.between(Frequency.FORTNIGHTLY, start, finish, List.of())).hasSize(3);
        assertThat(MeetingDates.between(Frequency.MONTHLY, start, finish, List.of())).containsExactly(start);
        assertThat(MeetingDates.between(Frequency.PHASE_GATE, start, finish,
                List.of(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 1)))).containsExactly(LocalDate.of(2026, 1, 20));
        assertThatThrownBy(() -> MeetingDates.between(Frequency.DAILY, start, finish, List.of()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aRoleIsSharedByTheLibraryOrByOwningTasksInSeveralPhases() {
        Role library = new Role("UX Designer", java.math.BigDecimal.TEN).withResponsibilities("Shared role: design.");
        Role plain = new Role("QA Engineer", java.math.BigDecimal.TEN);
        assertThat(SharedRoles.reason(library, Set.of("Build"))).isEqualTo("Shared role");
        assertThat(SharedRoles.reason(plain, Set.of("Build", "Test"))).isEqualTo("Owns tasks in 2 phases");
        assertThat(SharedRoles.reason(plain, Set.of("Build"))).isNull();

        Plan plan = new Plan("p", LocalDate.of(2026, 1, 5));
        plan.putRole(plain);
        var build = plan.addTask(null, "Build");
        plan.addTask(build, "Code").setOwnerRole("QA Engineer");
        var test = plan.addTask(null, "Test");
        plan.addTask(test, "Run").setOwnerRole("QA Engineer");
        assertThat(SharedRoles.reasons(plan)).containsEntry("QA Engineer", "Owns tasks in 2 phases");
    }
}
