package org.genaiplan.ui.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Queue;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cost view-model without a window: inputs of every kind, refusals, and one report per burst of edits. */
class CostViewModelTest {
    private final Queue<Runnable> later = new ArrayDeque<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final PlanSelection selection = new PlanSelection();
    private PlanEditor editor;
    private CostViewModel vm;
    private Plan plan;
    private Task task;

    @BeforeEach
    void setUp() {
        plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("Annotator", new BigDecimal("40")));
        plan.setPriceTable(plan.priceTable()
                .withGpu(new GpuPrice("H100", new BigDecimal("2.50"), 989, true))
                .withModel(new TokenPrice("gpt-class", new BigDecimal("2.50"), new BigDecimal("10"), true)));
        task = plan.addTask(null, "Label data");
        task.setDurationMinutes(960);
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        vm = CostViewModel.create(editor, selection, message, () -> LocalDate.of(2026, 3, 2), later::add);
        selection.select(java.util.List.of(task.id()), task.id());
        runLater();
    }

    private void runLater() {
        while (!later.isEmpty()) {
            later.poll().run();
        }
    }

    private CostInput line(int i) {
        return task.costLines().get(i).input();
    }

    @Test
    void everyKindTakesItsInputsAndTheAmountFollows() {
        int api = vm.costLines().addLine(LineKind.API);
        assertThat(vm.costLines().editInput(api, CostField.REQUESTS, "10,000")).isNull();
        assertThat(vm.costLines().editInput(api, CostField.INPUT_TOKENS, "500")).isNull();
        assertThat(vm.costLines().editInput(api, CostField.OUTPUT_TOKENS, "300")).isNull();
        assertThat(vm.costLines().editInput(api, CostField.MONTHS, "2")).isNull();
        assertThat(line(api)).isEqualTo(new ApiCost("gpt-class", 10_000, 500, 300, new BigDecimal("2")));
        // 10,000 x (500 x 2.50 + 300 x 10) / 1,000,000 x 2 months
        assertThat(vm.costLines().lines().get(1).planned()).isEqualTo("85.00");

        int ann = vm.costLines().addLine(LineKind.ANNOTATION);
        assertThat(vm.costLines().editInput(ann, CostField.ITEMS, "3000")).isNull();
        assertThat(vm.costLines().editInput(ann, CostField.MINUTES, "1.5")).isNull();
        assertThat(line(ann)).isEqualTo(new AnnotationCost("Annotator", 3000, new BigDecimal("1.5")));
        assertThat(vm.costLines().lines().get(2).planned()).isEqualTo("3,000.00"); // 75 h x 40

        int people = vm.costLines().addLine(LineKind.PEOPLE);
        assertThat(line(people)).isEqualTo(new PeopleCost("Annotator", null));
        assertThat(vm.costLines().lines().get(3).planned()).isEqualTo("640.00"); // the task's 16 h x 40
        assertThat(vm.costLines().lines().get(3).inputs()).contains("task duration");
        assertThat(vm.costLines().editInput(people, CostField.HOURS, "10")).isNull();
        assertThat(vm.costLines().lines().get(3).planned()).isEqualTo("400.00");
        assertThat(vm.costLines().editInput(people, CostField.HOURS, "")).isNull();
        assertThat(line(people)).isEqualTo(new PeopleCost("Annotator", null));
    }

    @Test
    void refusedInputsSayWhyAndChangeNothing() {
        int c = vm.costLines().addLine(LineKind.COMPUTE);
        int licence = vm.costLines().addLine(LineKind.LICENCE);
        var before = task.costLines();
        assertThat(vm.costLines().editInput(c, CostField.GPU_COUNT, "-2")).isEqualTo("The GPU count cannot be negative.");
        assertThat(vm.costLines().editInput(c, CostField.GPU_COUNT, "2.5")).isEqualTo("The GPU count must be a whole number, not \"2.5\".");
        assertThat(vm.costLines().editInput(c, CostField.HOURS, "twelve")).startsWith("Hours must be a number");
        assertThat(vm.costLines().editInput(c, CostField.GPU_TYPE, " ")).isEqualTo("GPU type is required.");
        assertThat(vm.costLines().editInput(licence, CostField.AMOUNT, "")).isEqualTo("Amount is required.");
        assertThat(vm.costLines().editInput(licence, CostField.MODEL, "gpt-class")).isEqualTo("Data licence lines have no Model.");
        assertThat(vm.costLines().editActual(c, "-1")).isEqualTo("The actual cost cannot be negative.");
        assertThat(vm.prices().editGpu(0, PriceTableViewModel.GpuColumn.PEAK, "fast")).startsWith("The peak TFLOP/s must be a number");
        assertThat(vm.prices().addGpu("h100")).isEqualTo("The price table already has the GPU type \"h100\".");
        assertThat(vm.prices().editRoleRate(0, "-40")).isEqualTo("The hourly rate cannot be negative.");
        assertThat(vm.budget().setPhaseBudget("Data", "0")).isEqualTo("The budget of Data must be above zero.");
        assertThat(message.get()).isEqualTo("The budget of Data must be above zero.");
        assertThat(task.costLines()).isSameAs(before);
        assertThat(editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Add Data licence Line");
    }

    @Test
    void amountsFollowTheRulesOfEveryGrid() {
        int licence = vm.costLines().addLine(LineKind.LICENCE);
        assertThat(vm.costLines().editInput(licence, CostField.AMOUNT, "$1,200")).isNull();
        assertThat(vm.costLines().lines().get(1).planned()).isEqualTo("1,200.00");
        assertThat(vm.costLines().editActual(licence, "1 150 USD")).isNull();
        assertThat(vm.budget().setPlanBudget("EUR 50,000")).isNull();
        assertThat(plan.budget().total()).isEqualByComparingTo("50000");
        int undoSteps = editor.undoStack().size();
        assertThat(vm.costLines().editActual(licence, "12,5")).isEqualTo("The actual cost must use a dot for "
                + "decimals and commas only between thousands (1,250.50), not \"12,5\".");
        assertThat(editor.undoStack().size()).isEqualTo(undoSteps);
    }

    @Test
    void aBurstOfEditsIsReportedOnceAfterTheEvent() {
        long reports = vm.reportCount();
        int c = vm.costLines().addLine(LineKind.COMPUTE);
        vm.costLines().editInput(c, CostField.GPU_COUNT, "4");
        vm.costLines().editInput(c, CostField.HOURS, "120");
        assertThat(vm.reportCount()).isEqualTo(reports);
        assertThat(vm.costLines().lines().get(1).planned()).isEqualTo("1,200.00"); // the task's rows follow at once
        runLater();
        assertThat(vm.reportCount()).isEqualTo(reports + 1);
        assertThat(vm.plannedProperty().get()).isEqualTo("1,200.00");
        vm.undo(); // the hours
        runLater();
        assertThat(vm.plannedProperty().get()).isEqualTo("0.00");
        assertThat(vm.costLines().lines().get(1).inputs()).isEqualTo("4 x H100 x 0 h");
    }

    @Test
    void aMissingPriceIsNamedOnTheRow() {
        int c = vm.costLines().addLine(LineKind.COMPUTE);
        assertThat(vm.costLines().editInput(c, CostField.GPU_TYPE, "B200")).isNull();
        assertThat(vm.costLines().lines().get(1).warning()).isEqualTo("The price table has no GPU type \"B200\".");
        assertThat(vm.costLines().lines().get(1).planned()).isEqualTo("0.00");
        assertThat(vm.prices().addGpu("B200")).isNull();
        assertThat(vm.costLines().lines().get(1).warning()).isNull();
    }
}
