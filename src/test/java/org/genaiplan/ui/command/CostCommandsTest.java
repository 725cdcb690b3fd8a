package org.genaiplan.ui.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PriceTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cost commands: execute changes what it says, undo restores it exactly, redo repeats it. */
class CostCommandsTest {
    private Plan plan;
    private Task task;
    private final CostLine compute = new CostLine("LoRA run", new ComputeCost("H100", 4, new BigDecimal("120")), null);
    private final CostLine licence = new CostLine("Corpus", new OtherCost(new BigDecimal("800")), new BigDecimal("750"));

    @BeforeEach
    void setUp() {
        plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("ML engineer", new BigDecimal("95"), true));
        plan.putRole(new Role("Annotator", new BigDecimal("40")));
        plan.putRole(new Role("Reviewer", new BigDecimal("60")));
        task = plan.addTask(null, "Fine-tune");
        task.setOwnerRole("ML engineer");
        task.setCostLines(List.of(compute));
    }

    @Test
    void addRemoveAndReplaceLinesUndoByPosition() {
        PlanCommand add = SetCostLinesCommand.add(task.id(), licence);
        add.execute(plan);
        assertThat(task.costLines()).containsExactly(compute, licence);
        assertThat(add.displayName()).isEqualTo("Add Fixed / other Line");
        add.undo(plan);
        assertThat(task.costLines()).containsExactly(compute);
        add.redo(plan);
        assertThat(task.costLines()).containsExactly(compute, licence);

        PlanCommand edit = SetCostLinesCommand.replace(task.id(), 0, "GPUs",
                l -> l.withInput(new ComputeCost("H100", 8, new BigDecimal("120"))));
        edit.execute(plan);
        assertThat(task.costLines().getFirst().input()).isEqualTo(new ComputeCost("H100", 8, new BigDecimal("120")));
        assertThat(task.costLines().getFirst().description()).isEqualTo("LoRA run");
        edit.undo(plan);
        assertThat(task.costLines()).containsExactly(compute, licence);

        PlanCommand remove = SetCostLinesCommand.remove(task.id(), 0);
        remove.execute(plan);
        assertThat(task.costLines()).containsExactly(licence);
        remove.undo(plan);
        assertThat(task.costLines()).containsExactly(compute, licence);
    }

    @Test
    void aLineThatNoLongerExistsIsRefusedWithoutChange() {
        List<CostLine> before = task.costLines();
        assertThatThrownBy(() -> SetCostLinesCommand.remove(task.id(), 3).execute(plan))
                .isInstanceOf(ValidationException.class).hasMessage("That cost line no longer exists.");
        assertThat(task.costLines()).isSameAs(before);
        assertThatThrownBy(() -> SetCostLinesCommand.add(999, licence).execute(plan))
                .hasMessage("The task no longer exists.");
    }

    @Test
    void workActualRestoresTheEarlierValueIncludingNone() {
        PlanCommand set = new SetWorkActualCommand(task.id(), new BigDecimal("1200"));
        set.execute(plan);
        assertThat(task.workActualCost()).isEqualByComparingTo("1200");
        set.undo(plan);
        assertThat(task.workActualCost()).isNull();
        assertThatThrownBy(() -> new SetWorkActualCommand(task.id(), new BigDecimal("-1")).execute(plan))
                .isInstanceOf(ValidationException.class);
        assertThat(task.workActualCost()).isNull();
    }

    @Test
    void priceTableAndBudgetSwapBackOnUndo() {
        PriceTable table = PriceTable.empty().withGpu(new GpuPrice("H100", new BigDecimal("2.75"), 989, true));
        PlanCommand prices = new SetPriceTableCommand("Add GPU Type", table);
        prices.execute(plan);
        assertThat(plan.priceTable()).isEqualTo(table);
        prices.undo(plan);
        assertThat(plan.priceTable()).isEqualTo(PriceTable.empty());

        Budget budget = new Budget(new BigDecimal("50000"), Map.of("Fine-tuning", new BigDecimal("9000")));
        PlanCommand set = new SetBudgetCommand("Edit Plan Budget", budget);
        set.execute(plan);
        assertThat(plan.budget()).isEqualTo(budget);
        set.undo(plan);
        assertThat(plan.budget().isEmpty()).isTrue();
        set.redo(plan);
        assertThat(plan.budget().phase("fine-tuning")).isEqualByComparingTo("9000");
    }

    @Test
    void puttingARoleAddsOrReplacesAndUndoes() {
        PlanCommand rate = new PutRoleCommand(new Role("ML engineer", new BigDecimal("110")));
        rate.execute(plan);
        assertThat(plan.role("ML engineer")).isEqualTo(new Role("ML engineer", new BigDecimal("110"), false));
        assertThat(rate.displayName()).isEqualTo("Edit Role");
        rate.undo(plan);
        assertThat(plan.role("ML engineer").example()).isTrue();
        assertThat(names()).containsExactly("ML engineer", "Annotator", "Reviewer");

        PlanCommand add = new PutRoleCommand(new Role("Red teamer", new BigDecimal("80")));
        add.execute(plan);
        assertThat(add.displayName()).isEqualTo("Add Role");
        assertThat(names()).endsWith("Red teamer");
        add.undo(plan);
        assertThat(names()).containsExactly("ML engineer", "Annotator", "Reviewer");
    }

    @Test
    void removingARolePutsItBackInItsPlaceAndRefusesOwners() {
        PlanCommand remove = new RemoveRoleCommand("Annotator");
        remove.execute(plan);
        assertThat(names()).containsExactly("ML engineer", "Reviewer");
        remove.undo(plan);
        assertThat(names()).containsExactly("ML engineer", "Annotator", "Reviewer");
        remove.redo(plan);
        assertThat(names()).containsExactly("ML engineer", "Reviewer");

        assertThatThrownBy(() -> new RemoveRoleCommand("ML engineer").execute(plan))
                .isInstanceOf(ValidationException.class)
                .hasMessage("\"ML engineer\" owns 1 task; give them another owner before removing the role.");
        assertThat(plan.role("ML engineer")).isNotNull();
    }

    private List<String> names() {
        return plan.roles().stream().map(Role::name).toList();
    }

    @Test
    void copiedTasksKeepTheirCostLinesAndActualWhenPasted() {
        task.setWorkActualCost(new BigDecimal("640"));
        TaskSubtree copy = TaskSubtree.copyOf(plan, List.of(task));
        PasteTasksCommand paste = new PasteTasksCommand(copy, 0, 1);
        paste.execute(plan);
        Task pasted = plan.roots().get(1);
        assertThat(pasted.id()).isNotEqualTo(task.id());
        assertThat(pasted.costLines()).containsExactly(compute);
        assertThat(pasted.workActualCost()).isEqualByComparingTo("640");
        paste.undo(plan);
        assertThat(plan.roots()).containsExactly(task);
    }
}
