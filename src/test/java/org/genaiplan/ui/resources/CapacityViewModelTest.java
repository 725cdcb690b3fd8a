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
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.ui.CommandRunner;

/** GPU pools, assignments, leave and levelling through the capacity view-model: each edit one undoable step. */
class CapacityViewModelTest {
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private Plan plan;
    private Task a;
    private Task b;
    private CapacityViewModel vm;

    @BeforeEach
    void setUp() {
        plan = new Plan("Pilot", LocalDate.of(2027, 1, 4));
        plan.putRole(new Role("ML engineer", new BigDecimal("120"), true));
        plan.resources().putPerson(new Person("Ana"));
        plan.setPriceTable(plan.priceTable().withGpu(new GpuPrice("H100", BigDecimal.TEN, 989, false)));
        a = plan.addTask(null, "Train A");
        a.setDurationMinutes(5 * 480);
        b = plan.addTask(null, "Train B");
        b.setDurationMinutes(5 * 480);
        a.setCostLines(List.of(new CostLine(new ComputeCost("H100", 8, BigDecimal.TEN))));
        b.setCostLines(List.of(new CostLine(new ComputeCost("H100", 8, BigDecimal.TEN))));
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        vm = new CapacityViewModel(new CommandRunner(editor, message));
    }

    @Test
    void aPoolIsAddedEditedAndItsOverAllocationLevelledInOneUndoableStep() {
        assertThat(vm.addPool("Cluster A")).isNull();
        assertThat(vm.editPool(0, CapacityViewModel.PoolColumn.GPUS, "12")).isNull();
        assertThat(vm.editPool(0, CapacityViewModel.PoolColumn.GPU_TYPE, "A100"))
                .isEqualTo("The price table has no GPU type \"A100\"; add it on the Costs tab first.");
        assertThat(vm.editPool(0, CapacityViewModel.PoolColumn.CHANGES, "16 from 2027-01-11")).isNull();
        assertThat(plan.capacity().state().pools()).containsExactly(new GpuPool("Cluster A", "H100", 12,
                List.of(new GpuPool.Step(LocalDate.of(2027, 1, 11), 16))));
        assertThat(vm.overloadLines()).containsExactly("Cluster A: 4 Jan 2027 to 8 Jan 2027, 16 H100 needed, 12 H100"
                + " available; by 1 Train A, 2 Train B");
        assertThat(vm.level().moves()).hasSize(1);
        assertThat(vm.accept(vm.proposalProperty().get().moves())).isNull();
        assertThat(vm.overloadLines()).isEmpty();
        assertThat(b.start()).isEqualTo(LocalDate.of(2027, 1, 11).atTime(8, 0));
        assertThat(vm.loads().get(1).load().levelingDelayMinutes()).isEqualTo(5 * 480);
        editor.undo();
        assertThat(b.start()).isEqualTo(LocalDate.of(2027, 1, 4).atTime(8, 0));
        assertThat(vm.overloadLines()).hasSize(1);
        assertThat(vm.clearDelays()).isNull();
    }

    @Test
    void assigningASecondPersonShortensAnEffortDrivenTaskAndUndoPutsItBack() {
        assertThat(vm.editLoad(0, CapacityViewModel.LoadColumn.ASSIGNMENTS, "ana")).isNull();
        assertThat(vm.setEffortDriven(0, true)).isNull();
        assertThat(vm.editLoad(0, CapacityViewModel.LoadColumn.ASSIGNMENTS, "Ana, ml engineer 100%")).isNull();
        assertThat(a.durationMinutes()).isEqualTo(5 * 480 / 2);
        assertThat(plan.capacity().load(a.id()).assignments()).containsExactly(new Assignment("Ana", 100),
                new Assignment("ML engineer", 100));
        editor.undo();
        assertThat(a.durationMinutes()).isEqualTo(5 * 480);
        assertThat(vm.editLoad(0, CapacityViewModel.LoadColumn.ASSIGNMENTS, "Bo"))
                .isEqualTo("The plan has no role or person \"Bo\"; add them above first.");
        assertThat(vm.editLoad(0, CapacityViewModel.LoadColumn.PRIORITY, "high"))
                .isEqualTo("The priority must be a whole number, not \"high\".");
    }

    @Test
    void leaveIsTypedReadBackAndRefusedWhenMistyped() {
        assertThat(vm.setLeave("Ana", "2027-01-04 to 2027-01-08; 2027-02-01")).isNull();
        assertThat(vm.leaveText("Ana")).isEqualTo("2027-01-04 to 2027-01-08; 2027-02-01");
        assertThat(vm.setLeave("Ana", "next week")).isEqualTo("Write days off as \"2027-04-06 to 2027-04-10\" or"
                + " \"2027-05-03\", separated by semicolons, not \"next week\".");
        assertThat(vm.editLoad(0, CapacityViewModel.LoadColumn.ASSIGNMENTS, "Ana")).isNull();
        assertThat(vm.overloadLines()).containsExactly("Ana: 4 Jan 2027 to 8 Jan 2027, 100 % needed, 0 % available;"
                + " by 1 Train A");
    }
}
