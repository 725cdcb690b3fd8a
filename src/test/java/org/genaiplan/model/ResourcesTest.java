package org.genaiplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Roles and people: one name space, a person's rate or their role's, checks with sentences. */
class ResourcesTest {
    private final Plan plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
    private final Resources team = plan.resources();

    ResourcesTest() {
        plan.putRole(new Role("ML engineer", new BigDecimal("120")));
        team.putPerson(new Person("Dana Reyes", "ML engineer", null, 80, "Mondays off"));
        team.putPerson(new Person("Sam Okafor", "ML engineer", new BigDecimal("90"), 100, ""));
        team.putPerson(new Person("Lee Chen"));
    }

    @Test
    void aPersonCostsTheirOwnRateElseTheirRolesAndAnUnknownNameNothing() {
        assertThat(team.rateOf("ML engineer")).isEqualByComparingTo("120");
        assertThat(team.rateOf("Dana Reyes")).isEqualByComparingTo("120");
        assertThat(team.rateOf("Sam Okafor")).isEqualByComparingTo("90");
        assertThat(team.rateOf("Lee Chen")).as("no role, no rate").isNull();
        assertThat(team.rateOf("Nobody")).isNull();
        assertThat(plan.prices().roleRate("Dana Reyes")).isEqualByComparingTo("120");
        assertThat(team.rates()).containsOnlyKeys("ML engineer", "Dana Reyes", "Sam Okafor");
    }

    @Test
    void ownerNamesAreFoundIgnoringCaseAndSpelledAsThePlanHasThem() {
        assertThat(team.ownerName("  ml ENGINEER ")).isEqualTo("ML engineer");
        assertThat(team.ownerName("dana reyes")).isEqualTo("Dana Reyes");
        assertThat(team.ownerName("Data engineer")).isNull();
        assertThat(team.ownerName(" ")).isNull();
        assertThat(team.isOwner("Dana Reyes")).isTrue();
        assertThat(team.isOwner("dana reyes")).isFalse();
    }

    @Test
    void aNameIsARoleOrAPersonNeverBoth() {
        assertThatThrownBy(() -> team.putPerson(new Person("ml engineer")))
                .hasMessage("\"ML engineer\" is already a role; give the person another name.");
        assertThatThrownBy(() -> plan.putRole(new Role("DANA REYES", BigDecimal.ONE)))
                .hasMessage("\"Dana Reyes\" is already a person; give the role another name.");
        assertThatThrownBy(() -> team.putPerson(new Person("lee chen")))
                .hasMessage("The plan already has a person called \"Lee Chen\".");
        assertThatThrownBy(() -> team.putPerson(new Person("Kim", "Astronaut", null, 100, "")))
                .hasMessage("The plan has no role \"Astronaut\" for \"Kim\".");
        assertThatThrownBy(() -> new Person("Kim", null, null, 0, ""))
                .hasMessage("The max units of person \"Kim\" must be between 1 % and 100,000 %.");
        assertThatThrownBy(() -> new Person("Kim", null, new BigDecimal("-1"), 100, ""))
                .hasMessage("The rate of \"Kim\" cannot be negative.");
    }

    @Test
    void putAtAPositionKeepsTheOrderForUndo() {
        Person dana = team.person("Dana Reyes");
        team.removePerson("Dana Reyes");
        team.putPerson(0, dana);
        assertThat(team.people()).extracting(Person::name).containsExactly("Dana Reyes", "Sam Okafor", "Lee Chen");
        team.putPerson(team.person("Sam Okafor").withMaxUnits(50));
        assertThat(team.indexOfPerson("Sam Okafor")).as("replaced where it stood").isEqualTo(1);
        plan.putRole(new Role("Annotator", new BigDecimal("40")));
        Role ml = plan.removeRole("ML engineer");
        team.putRole(0, ml);
        assertThat(plan.roles()).extracting(Role::name).containsExactly("ML engineer", "Annotator");
        assertThat(plan.changes().drain().roles()).isTrue();
    }
}
