package org.genaiplan.ui.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.decide.BusinessCaseViewModel.Field;
import org.genaiplan.ui.decide.BusinessCaseViewModel.Figure;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.Test;

/** The business case's fields without a window: each edit one undo step, refusals in a sentence, live figures. */
class BusinessCaseViewModelTest {
    private final StringProperty message = new SimpleStringProperty("");

    @Test
    void fieldsAreUndoableRefusedInASentenceAndTheFiguresFollow() {
        Plan plan = new Plan("Pilot", LocalDate.of(2026, 1, 5));
        Task build = plan.addTask(null, "Build");
        build.setDurationMinutes(480);
        build.setCostLines(java.util.List.of(new CostLine(new OtherCost(new BigDecimal("24000")))));
        plan.changes().drain();
        PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        BusinessCaseViewModel vm = new BusinessCaseViewModel(editor, message);
        vm.shownProperty().set(true);

        assertThat(vm.set(Field.RUN_RATE, "1,000")).isNull();
        assertThat(vm.set(Field.START, "3")).isNull();
        assertThat(vm.set(Field.SAVINGS, "7000")).isNull();
        // from month 3, k months: 7,000k >= 24,000 + 1,000k first at k = 4: month 6
        assertThat(vm.figure(Figure.PAYBACK).get()).isEqualTo("month 6");
        assertThat(vm.field(Field.SAVINGS).get()).isEqualTo("7,000.00");
        assertThat(vm.figure(Figure.PER_1000).get()).isEqualTo("enter the requests per month");
        assertThat(vm.set(Field.REQUESTS, "20000")).isNull();
        // 1,000 over 20,000 requests
        assertThat(vm.figure(Figure.PER_1000).get()).isEqualTo("50.00 USD");
        assertThat(vm.figure(Figure.RUN_RATE).get()).isEqualTo("1,000.00 USD  (entered)");

        assertThat(vm.set(Field.SAVINGS, "lots")).isEqualTo("Savings per month is a number, such as 12500, not \"lots\".");
        assertThat(message.get()).startsWith("Savings per month is a number");
        assertThat(vm.field(Field.SAVINGS).get()).isEqualTo("7,000.00");
        assertThat(vm.set(Field.START, "40")).contains("between 1 and 36");

        editor.undo();
        assertThat(plan.businessCase().requestsPerMonth()).isZero();
        editor.undo();
        assertThat(plan.businessCase().savingsPerMonth()).isEqualByComparingTo("0");
        assertThat(vm.figure(Figure.PAYBACK).get()).isEqualTo("enter the benefits");
        assertThat(vm.field(Field.SAVINGS).get()).isEmpty();
    }
}
