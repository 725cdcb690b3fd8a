package org.genaiplan.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.command.CreateOwnerCommand;
import org.genaiplan.ui.command.DeleteTasksCommand;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.resources.ResourcesViewModel.PersonColumn;
import org.genaiplan.ui.resources.ResourcesViewModel.RoleColumn;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Resources view-model and the owner typed in the WBS, without a window. */
class ResourcesViewModelTest {
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private Plan plan;
    private Task task;
    private ResourcesViewModel vm;

    @BeforeEach
    void setUp() {
        plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("ML engineer", new BigDecimal("120"), true));
        task = plan.addTask(null, "Fine-tune");
        task.setDurationMinutes(480);
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        vm = ResourcesViewModel.create(editor, message);
    }

    @Test
    void responsibilitiesAreShownEditedAndUndoneAndFollowARename() {
        assertThat(vm.roles().get(0).responsibilities()).isEmpty();
        assertThat(vm.editRole(0, RoleColumn.RESPONSIBILITIES, " Trains and evaluates the models. ")).isNull();
        assertThat(plan.role("ML engineer").responsibilities()).isEqualTo("Trains and evaluates the models.");
        assertThat(vm.roles().get(0).responsibilities()).isEqualTo("Trains and evaluates the models.");
        assertThat(vm.editRole(0, RoleColumn.NAME, "AI/ML Engineer")).isNull();
        assertThat(plan.role("AI/ML Engineer").responsibilities()).isEqualTo("Trains and evaluates the models.");
        editor.undo();
        editor.undo();
        assertThat(plan.role("ML engineer").responsibilities()).isEmpty();
    }

    @Test
    void aRoleIsSharedByItsResponsibilitiesOrByOwningTasksInSeveralPhases() {
        assertThat(vm.sharedText(vm.roles().get(0))).isEmpty();
        assertThat(vm.editRole(0, RoleColumn.RESPONSIBILITIES, "Shared role: serves two teams.")).isNull();
        assertThat(vm.sharedText(vm.roles().get(0))).isEqualTo("Shared role");
        editor.undo();
        org.genaiplan.model.Task other = plan.addTask(null, "Second phase");
        plan.addTask(other, "Work").setOwnerRole("ML engineer");
        plan.addTask(task, "More work").setOwnerRole("ML engineer");
        vm.refresh();
        assertThat(vm.sharedText(vm.roles().get(0))).isEqualTo("Owns tasks in 2 phases");
    }

    @Test
    void typedOwnerResolvesToAKnownNameOrOffersToCreateIt() {
        assertThat(OwnerInput.resolve(plan, " ml engineer")).isEqualTo(new OwnerInput.Known("ML engineer", false));
        assertThat(OwnerInput.resolve(plan, "")).isEqualTo(new OwnerInput.NoOwner());
        OwnerInput.Resolution typed = OwnerInput.resolve(plan, "Dana Reyes ");
        assertThat(typed).isEqualTo(new OwnerInput.Unknown("Dana Reyes"));
        OwnerInput.Unknown unknown = (OwnerInput.Unknown) typed;
        assertThat(unknown.question()).isEqualTo("Create role or person \"Dana Reyes\"?");
        assertThat(OwnerInput.assign(typed, task.id())).isNull();

        editor.execute(OwnerInput.create(unknown, CreateOwnerCommand.Kind.PERSON, List.of(task.id())));
        assertThat(task.ownerRole()).isEqualTo("Dana Reyes");
        assertThat(OwnerInput.resolve(plan, "DANA REYES")).isEqualTo(new OwnerInput.Known("Dana Reyes", true));
        assertThat(OwnerInput.ownerNames(plan)).containsExactly("ML engineer", "Dana Reyes");
        assertThat(vm.people()).extracting(Person::name).containsExactly("Dana Reyes");
        assertThat(vm.tasksOwnedBy("Dana Reyes")).isEqualTo(1);
        assertThat(vm.effectiveRate(vm.people().get(0))).isEqualTo("no rate");

        editor.undo();
        assertThat(task.ownerRole()).isNull();
        assertThat(vm.people()).isEmpty();
    }

    @Test
    void taskCountsFollowOwnerEditsDeletionsAndUndoWithoutAFullRefresh() {
        Task second = plan.addTask(null, "Evaluate");
        plan.changes().drain();
        editor.setSession(new MemoryDocuments().session(plan), true);
        assertThat(vm.tasksOwnedBy("ML engineer")).isZero();

        editor.execute(EditTaskFieldCommand.owner(task.id(), "ML engineer"));
        editor.execute(EditTaskFieldCommand.owner(second.id(), "ML engineer"));
        assertThat(vm.tasksOwnedBy("ML engineer")).isEqualTo(2);
        long redraws = vm.refreshedProperty().get();
        editor.execute(EditTaskFieldCommand.duration(task.id(), 960));
        assertThat(vm.refreshedProperty().get()).as("a duration edit changes no count").isEqualTo(redraws);

        editor.execute(new DeleteTasksCommand(List.of(second.id())));
        assertThat(vm.tasksOwnedBy("ML engineer")).isEqualTo(1);
        editor.undo();
        assertThat(vm.tasksOwnedBy("ML engineer")).isEqualTo(2);
        editor.execute(EditTaskFieldCommand.owner(task.id(), null));
        assertThat(vm.tasksOwnedBy("ML engineer")).isEqualTo(1);
    }

    @Test
    void aPersonTakesTheRoleRateUntilTheyHaveTheirOwnAndTheTaskCostFollows() {
        editor.execute(OwnerInput.create(new OwnerInput.Unknown("Dana Reyes"), CreateOwnerCommand.Kind.PERSON,
                List.of(task.id())));
        assertThat(task.cost()).isEqualByComparingTo("0");
        assertThat(vm.editPerson(0, PersonColumn.ROLE, "ML engineer")).isNull();
        assertThat(vm.effectiveRate(vm.people().get(0))).isEqualTo("120.00 (ML engineer's rate)");
        assertThat(task.cost()).isEqualByComparingTo("960");
        assertThat(vm.editPerson(0, PersonColumn.RATE, "1,000.50")).isNull();
        assertThat(task.cost()).isEqualByComparingTo("8004");
        assertThat(vm.editPerson(0, PersonColumn.RATE, "")).isNull();
        assertThat(task.cost()).isEqualByComparingTo("960");
        assertThat(vm.editPerson(0, PersonColumn.MAX_UNITS, "50 %")).isNull();
        assertThat(vm.editPerson(0, PersonColumn.AVAILABILITY, "Mondays only")).isNull();
        assertThat(vm.people().get(0)).isEqualTo(new Person("Dana Reyes", "ML engineer", null, 50, "Mondays only"));
        assertThat(editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Person Availability");
    }

    @Test
    void theCostTabShowsAPersonsRateOrThatTheyHaveNoneYet() {
        editor.execute(OwnerInput.create(new OwnerInput.Unknown("Dana Reyes"), CreateOwnerCommand.Kind.PERSON,
                List.of(task.id())));
        org.genaiplan.ui.PlanSelection selection = new org.genaiplan.ui.PlanSelection();
        var costs = org.genaiplan.ui.costs.CostViewModel.create(editor, selection, message,
                () -> LocalDate.of(2026, 3, 2), Runnable::run);
        selection.select(List.of(task.id()), task.id());
        var work = costs.costLines().lines().get(0);
        assertThat(work.inputs()).isEqualTo("Dana Reyes x 8 h");
        assertThat(work.warning()).isEqualTo("\"Dana Reyes\" has no rate yet; give them a rate or a role on the"
                + " Resources tab.");
        assertThat(vm.editPerson(0, PersonColumn.RATE, "50")).isNull();
        work = costs.costLines().lines().get(0);
        assertThat(work.inputs()).isEqualTo("Dana Reyes x 8 h at 50.00");
        assertThat(work.warning()).isNull();
    }

    @Test
    void roleEditsAreUndoableAndATypedRateIsNoLongerAnExample() {
        assertThat(vm.editRole(0, RoleColumn.RATE, "130")).isNull();
        assertThat(vm.roles().get(0)).isEqualTo(new Role("ML engineer", new BigDecimal("130")));
        assertThat(vm.editRole(0, RoleColumn.MAX_UNITS, "300")).isNull();
        assertThat(vm.editRole(0, RoleColumn.NAME, "AI engineer")).isNull();
        assertThat(vm.roles()).extracting(Role::name, Role::maxUnits).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AI engineer", 300));
        editor.undo();
        editor.undo();
        editor.undo();
        assertThat(vm.roles()).containsExactly(new Role("ML engineer", new BigDecimal("120"), true));
    }

    @Test
    void refusalsAreOneSentenceAndChangeNothing() {
        assertThat(vm.addRole(" ")).isEqualTo("The role needs a name.");
        assertThat(vm.addPerson("ml engineer")).isEqualTo("The plan already has a role or person called \"ML engineer\".");
        assertThat(vm.editRole(0, RoleColumn.RATE, "-5")).isEqualTo("The hourly rate cannot be negative.");
        assertThat(vm.editRole(0, RoleColumn.MAX_UNITS, "lots"))
                .isEqualTo("Max units are a whole percentage such as 100 or 50 %, not \"lots\".");
        assertThat(vm.editRole(0, RoleColumn.MAX_UNITS, "0"))
                .isEqualTo("The max units of role \"ML engineer\" must be between 1 % and 100,000 %.");
        assertThat(message.get()).isEqualTo("The max units of role \"ML engineer\" must be between 1 % and 100,000 %.");
        assertThat(vm.removePerson(0)).isEqualTo("Select a person to remove.");
        task.setOwnerRole("ML engineer");
        assertThat(vm.removeRole(0)).isEqualTo("\"ML engineer\" owns 1 task; give them another owner before removing"
                + " the role.");
        assertThat(editor.undoStack().size()).isZero();
    }

    @Test
    void addAndRemoveAreSteps() {
        assertThat(vm.addRole("Annotator")).isNull();
        assertThat(vm.addPerson("Lee Chen")).isNull();
        assertThat(vm.roleChoices()).containsExactly("", "ML engineer", "Annotator");
        assertThat(vm.removePerson(0)).isNull();
        assertThat(vm.removeRole(1)).isNull();
        assertThat(vm.roles()).extracting(Role::name).containsExactly("ML engineer");
        assertThat(editor.undoStack().size()).isEqualTo(4);
        vm.undo();
        vm.undo();
        assertThat(vm.people()).extracting(Person::name).containsExactly("Lee Chen");
        assertThat(vm.roles()).extracting(Role::name).containsExactly("ML engineer", "Annotator");
    }

    @Test
    void removingAnAssignedPersonSaysTheirAssignmentsWentWithThem() {
        assertThat(vm.addPerson("Lee Chen")).isNull();
        editor.execute(new org.genaiplan.ui.command.SetCapacityCommand("Assign", plan.capacity().state()
                .withLoad(task.id(), org.genaiplan.model.capacity.TaskLoad.NONE.withAssignments(
                        List.of(new org.genaiplan.model.capacity.Assignment("Lee Chen", 50))))));
        assertThat(vm.removePerson(0)).isNull();
        assertThat(message.get()).isEqualTo("Removed the person \"Lee Chen\" and their 1 task assignment;"
                + " Undo puts them back.");
        assertThat(plan.capacity().load(task.id()).assignments()).isEmpty();
        vm.undo();
        assertThat(plan.capacity().load(task.id()).assignments()).extracting(a -> a.resource())
                .containsExactly("Lee Chen");
    }
}
