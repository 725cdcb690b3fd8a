package org.genaiplan.ui.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Queue;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.model.cost.InfrastructureCost;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.Test;

/** The cost editor's Infrastructure line: per month and months typed, the amount and its category follow; undo. */
class InfrastructureLineTest {
    private final Queue<Runnable> later = new ArrayDeque<>();
    private final StringProperty message = new SimpleStringProperty("");

    @Test
    void anInfrastructureLineIsTypedPricedAndUndone() {
        Plan plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
        Task task = plan.addTask(null, "Provision the cluster");
        task.setDurationMinutes(960);
        plan.changes().drain();
        PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        PlanSelection selection = new PlanSelection();
        CostViewModel vm = CostViewModel.create(editor, selection, message, () -> LocalDate.of(2026, 3, 2), later::add);
        selection.select(java.util.List.of(task.id()), task.id());
        while (!later.isEmpty()) {
            later.poll().run();
        }

        int line = vm.costLines().addLine(LineKind.INFRASTRUCTURE);
        assertThat(vm.costLines().editInput(line, CostField.PER_MONTH, "1,250")).isNull();
        assertThat(vm.costLines().editInput(line, CostField.MONTHS, "6")).isNull();
        assertThat(task.costLines().get(line).input()).isEqualTo(new InfrastructureCost(new BigDecimal("1250"),
                new BigDecimal("6")));
        // 1,250 a month x 6 months
        assertThat(CostReport.of(plan, LocalDate.of(2026, 3, 2)).byCategory().get(CostCategory.INFRASTRUCTURE)
                .planned()).isEqualByComparingTo("7500.00");
        assertThat(vm.costLines().editInput(line, CostField.PER_MONTH, "-5")).isNotNull();
        assertThat(message.get()).contains("cannot be negative");
        assertThat(vm.costLines().editInput(line, CostField.AMOUNT, "5")).isEqualTo("Infrastructure lines have no Amount.");

        editor.undo();
        editor.undo();
        assertThat(task.costLines().get(line).input()).isEqualTo(new InfrastructureCost(BigDecimal.ZERO, BigDecimal.ONE));
    }
}
