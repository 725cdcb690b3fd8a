package org.genaiplan.ui.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ProjectInfo;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.Leave;
import org.genaiplan.model.capacity.TaskLoad;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.store.PlanRows;
import org.junit.jupiter.api.Test;

/** Roles, people and project information: each change is one step that undo puts back exactly. */
class ResourceCommandsTest {
    private final Plan plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
    private final Task build;
    private final Task review;

    ResourceCommandsTest() {
        plan.putRole(new Role("Annotator", new BigDecimal("40")));
        plan.putRole(new Role("ML engineer", new BigDecimal("120"), false, 200, "Two from April"));
        plan.resources().putPerson(new Person("Dana Reyes", "ML engineer", null, 80, ""));
        build = plan.addTask(null, "Build");
        build.setOwnerRole("ML engineer");
        build.setCostLines(List.of(new CostLine(new PeopleCost("ML engineer", new BigDecimal("10")))));
        review = plan.addTask(null, "Review");
        plan.changes().drain();
    }

    /** Runs, undoes and redoes {@code command}, checking that undo and redo give exactly the states before and after. */
    private void cycle(PlanCommand command) {
        var before = PlanRows.of(plan);
        command.execute(plan);
        var after = PlanRows.of(plan);
        command.undo(plan);
        assertThat(PlanRows.of(plan)).as("undo puts everything back").isEqualTo(before);
        command.redo(plan);
        assertThat(PlanRows.of(plan)).as("redo repeats it").isEqualTo(after);
    }

    @Test
    void typedUnknownOwnerBecomesARoleThatOwnsTheTask() {
        CreateOwnerCommand create = new CreateOwnerCommand(CreateOwnerCommand.Kind.ROLE, " Prompt engineer ",
                List.of(review.id()));
        cycle(create);
        assertThat(create.displayName()).isEqualTo("Add Role");
        assertThat(plan.role("Prompt engineer")).isEqualTo(new Role("Prompt engineer", BigDecimal.ZERO));
        assertThat(review.ownerRole()).isEqualTo("Prompt engineer");
    }

    @Test
    void typedUnknownOwnerBecomesAPersonWithoutRoleOrRate() {
        cycle(new CreateOwnerCommand(CreateOwnerCommand.Kind.PERSON, "Sam Okafor", List.of(review.id(), build.id())));
        assertThat(plan.resources().person("Sam Okafor")).isEqualTo(new Person("Sam Okafor"));
        assertThat(review.ownerRole()).isEqualTo("Sam Okafor");
        assertThat(build.ownerRole()).isEqualTo("Sam Okafor");
    }

    @Test
    void aKnownNameIsNotCreatedAgainAndNothingChanges() {
        var before = PlanRows.of(plan);
        assertThatThrownBy(() -> new CreateOwnerCommand(CreateOwnerCommand.Kind.PERSON, "dana reyes",
                List.of(review.id())).execute(plan)).isInstanceOf(ValidationException.class)
                .hasMessage("The plan already has a role or person called \"Dana Reyes\".");
        assertThat(PlanRows.of(plan)).isEqualTo(before);
    }

    @Test
    void renamingARoleFollowsIntoTasksCostLinesAndPeopleAndUndoes() {
        Role renamed = plan.role("ML engineer").withName("AI engineer").withRate(new BigDecimal("125"));
        cycle(new EditRoleCommand("Edit Role Name", "ML engineer", renamed));
        assertThat(plan.roles()).extracting(Role::name).containsExactly("Annotator", "AI engineer");
        assertThat(plan.role("AI engineer").maxUnits()).isEqualTo(200);
        assertThat(build.ownerRole()).isEqualTo("AI engineer");
        assertThat(((PeopleCost) build.costLines().get(0).input()).role()).isEqualTo("AI engineer");
        assertThat(plan.resources().person("Dana Reyes").role()).isEqualTo("AI engineer");
        assertThat(plan.resources().rateOf("Dana Reyes")).isEqualByComparingTo("125");
    }

    @Test
    void renamingOntoAnotherOwnerIsRefused() {
        assertThatThrownBy(() -> new EditRoleCommand("Edit Role Name", "Annotator",
                plan.role("Annotator").withName("dana reyes")).execute(plan))
                .hasMessage("The plan already has a role or person called \"Dana Reyes\".");
        assertThat(plan.role("Annotator")).isNotNull();
    }

    @Test
    void renamingAPersonFollowsIntoTheTasksTheyOwn() {
        review.setOwnerRole("Dana Reyes");
        plan.changes().drain();
        cycle(new EditPersonCommand("Edit Person Name", "Dana Reyes",
                plan.resources().person("Dana Reyes").withName("Dana Reyes-Ito").withMaxUnits(50)));
        assertThat(review.ownerRole()).isEqualTo("Dana Reyes-Ito");
        assertThat(plan.resources().person("Dana Reyes-Ito").maxUnits()).isEqualTo(50);
    }

    @Test
    void aRoleSomeoneHoldsOrAPersonWhoOwnsWorkIsNotRemoved() {
        assertThatThrownBy(() -> new RemoveRoleCommand("ML engineer").execute(plan))
                .hasMessage("\"ML engineer\" owns 1 task; give them another owner before removing the role.");
        build.setOwnerRole(null);
        assertThatThrownBy(() -> new RemoveRoleCommand("ML engineer").execute(plan))
                .hasMessage("\"ML engineer\" is the role of 1 person; change their role before removing it.");
        review.setOwnerRole("Dana Reyes");
        assertThatThrownBy(() -> new RemovePersonCommand("Dana Reyes").execute(plan))
                .hasMessage("\"Dana Reyes\" owns 1 task; give them another owner before removing the person.");
        review.setOwnerRole(null);
        plan.changes().drain();
        cycle(new RemovePersonCommand("Dana Reyes"));
        assertThat(plan.resources().people()).isEmpty();
        cycle(new RemoveRoleCommand("Annotator"));
        assertThat(plan.roles()).extracting(Role::name).containsExactly("ML engineer");
    }

    @Test
    void projectInformationIsOneStep() {
        ProjectInfo info = new ProjectInfo("Support chatbot", "RAG help desk", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), "EUR", WorkingCalendar.standard()
                .withMinutesPerDay(450).withExceptions(List.of(new CalendarException(LocalDate.of(2026, 5, 1), null,
                        "Labour Day"))), 900);
        SetProjectInfoCommand set = new SetProjectInfoCommand(info);
        cycle(set);
        assertThat(set.displayName()).isEqualTo("Edit Project Information");
        assertThat(ProjectInfo.of(plan)).isEqualTo(info);
    }

    @Test
    void addingAndEditingAPersonPutsBackTheOldValues() {
        cycle(new PutPersonCommand(new Person("Lee Chen", "Annotator", null, 100, "")));
        cycle(new PutPersonCommand(plan.resources().person("Dana Reyes").withRate(new BigDecimal("99"))));
        assertThat(plan.resources().people()).extracting(Person::name).containsExactly("Dana Reyes", "Lee Chen");
        assertThat(plan.resources().rateOf("Dana Reyes")).isEqualByComparingTo("99");
    }

    private void assign(Task task, String... names) {
        List<Assignment> list = new java.util.ArrayList<>();
        for (String n : names) {
            list.add(new Assignment(n, 50));
        }
        plan.capacity().set(plan.capacity().state().withLoad(task.id(), TaskLoad.NONE.withAssignments(list)));
    }

    private List<String> assigned(Task task) {
        return plan.capacity().load(task.id()).assignments().stream().map(Assignment::resource).toList();
    }

    @Test
    void renamingAPersonOrARoleCarriesTheirAssignmentsAndLeaveAndUndoBringsThemBack() {
        assign(build, "Dana Reyes", "ML engineer");
        assign(review, "Annotator");
        plan.capacity().set(plan.capacity().state().withLeave(List.of(
                new Leave("Dana Reyes", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13), "Conference"))));
        plan.changes().drain();
        EditPersonCommand person = new EditPersonCommand("Edit Person Name", "Dana Reyes",
                plan.resources().person("Dana Reyes").withName("Dana Ito"));
        cycle(person);
        assertThat(assigned(build)).containsExactly("Dana Ito", "ML engineer");
        assertThat(plan.capacity().state().leave()).extracting(Leave::person).containsExactly("Dana Ito");
        cycle(new EditRoleCommand("Edit Role Name", "ML engineer", plan.role("ML engineer").withName("AI engineer")));
        assertThat(assigned(build)).containsExactly("Dana Ito", "AI engineer");
        assertThat(assigned(review)).containsExactly("Annotator");
        assertThat(plan.changes().drain().tasks()).contains(build.id());
    }

    @Test
    void removingAPersonOrARoleRemovesTheirAssignmentsInTheSameStep() {
        assign(build, "Dana Reyes", "Annotator");
        assign(review, "Annotator");
        plan.changes().drain();
        RemovePersonCommand person = new RemovePersonCommand("Dana Reyes");
        cycle(person);
        assertThat(assigned(build)).containsExactly("Annotator");
        assertThat(person.statusMessage())
                .isEqualTo("Removed the person \"Dana Reyes\" and their 1 task assignment; Undo puts them back.");
        RemoveRoleCommand role = new RemoveRoleCommand("Annotator");
        cycle(role);
        assertThat(assigned(build)).isEmpty();
        assertThat(assigned(review)).isEmpty();
        assertThat(role.statusMessage())
                .isEqualTo("Removed the role \"Annotator\" and its 2 task assignments; Undo puts them back.");
        role.undo(plan);
        assertThat(assigned(review)).containsExactly("Annotator");
        assertThat(new RemoveRoleCommand("ML engineer").statusMessage()).isNull();
    }
}
