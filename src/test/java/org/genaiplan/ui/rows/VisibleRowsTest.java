package org.genaiplan.ui.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.command.IndentTasksCommand;
import org.genaiplan.ui.command.InsertTaskCommand;
import org.genaiplan.ui.testing.SheetModels;
import org.junit.jupiter.api.Test;

/** The rows the sheets and the chart share: outline order, collapsed branches, filters and small patches. */
class VisibleRowsTest {

    private static Plan plan() {
        Plan plan = new Plan("Rows", LocalDate.of(2026, 3, 2));
        Task data = plan.addTask(null, "Data");
        plan.addTask(data, "Collect").setDurationMinutes(3 * 480);
        plan.addTask(data, "Clean").setDurationMinutes(2 * 480);
        Task model = plan.addTask(null, "Model");
        plan.addTask(model, "Train").setDurationMinutes(5 * 480);
        plan.addTask(null, "Launch").setMilestone(true);
        plan.changes().drain();
        return plan;
    }

    @Test
    void rowsFollowTheOutlineAndCollapsedBranchesHideTheirSubtasks() {
        SheetModels m = new SheetModels(plan());
        assertThat(m.shown()).containsExactly("1 Data", "1.1 Collect", "1.2 Clean", "2 Model", "2.1 Train", "3 Launch");
        long data = m.plan().taskByWbsCode("1").id();
        m.rows.setExpanded(data, false);
        assertThat(m.shown()).containsExactly("1 Data", "2 Model", "2.1 Train", "3 Launch");
        assertThat(m.rows.rowOf(m.plan().taskByWbsCode("1.1").id())).isEqualTo(-1);
        assertThat(m.rows.rowOf(m.plan().taskByWbsCode("2.1").id())).isEqualTo(2);
        m.rows.collapseAll();
        assertThat(m.shown()).containsExactly("1 Data", "2 Model", "3 Launch");
        m.actions.select(List.of(m.plan().taskByWbsCode("2.1").id()));
        assertThat(m.shown()).as("selecting a hidden task reveals it").contains("2.1 Train");
        m.rows.expandAll();
        assertThat(m.shown()).hasSize(6);
    }

    @Test
    void anEditPatchesTheRowListInsteadOfReplacingIt() {
        SheetModels m = new SheetModels(plan());
        List<String> events = new ArrayList<>();
        m.rows.rows().addListener((ListChangeListener<TaskRow>) c -> {
            while (c.next()) {
                events.add((c.wasAdded() ? "+" + c.getAddedSize() : "") + (c.wasRemoved() ? "-" + c.getRemovedSize() : "")
                        + "@" + c.getFrom());
            }
        });
        TaskRow collect = m.rows.rows().get(1);
        m.editor.execute(new InsertTaskCommand(m.plan().taskByWbsCode("1").id(), 1, "Label", false, 480));
        assertThat(events).containsExactly("+1@2");
        assertThat(m.rows.rows().get(1)).as("rows keep their identity").isSameAs(collect);
        events.clear();
        long clean = m.plan().taskByWbsCode("1.3").id();
        m.editor.execute(new IndentTasksCommand(List.of(clean)));
        assertThat(events).as("indenting keeps the order: no row is replaced").isEmpty();
        assertThat(m.rows.row(clean).depth()).isEqualTo(2);
    }

    @Test
    void anIndentInPlaceKeepsTheRowOrderVersionButShowsTheNewDepthsAndBranches() {
        SheetModels m = new SheetModels(plan());
        long order = m.rows.version();
        long structure = m.rows.structureVersionProperty().get();
        Task clean = m.plan().taskByWbsCode("1.2");
        Task collect = m.plan().taskByWbsCode("1.1");
        m.editor.execute(new IndentTasksCommand(List.of(clean.id())));
        assertThat(m.rows.version()).as("the same tasks in the same rows").isEqualTo(order);
        assertThat(m.rows.structureVersionProperty().get()).isGreaterThan(structure);
        assertThat(m.rows.row(clean.id()).depth()).isEqualTo(2);
        assertThat(m.rows.row(collect.id()).hasChildren()).isTrue();
        assertThat(m.rows.rowOf(clean.id())).isEqualTo(2);
        m.editor.undo();
        assertThat(m.rows.row(clean.id()).depth()).isEqualTo(1);
        assertThat(m.rows.row(collect.id()).hasChildren()).isFalse();
        m.rows.setExpanded(m.plan().taskByWbsCode("1").id(), false);
        assertThat(m.rows.version()).as("collapsing hides rows").isGreaterThan(order);
        assertThat(m.rows.rowOf(clean.id())).isEqualTo(-1);
    }

    @Test
    void aFilterKeepsMatchingTasksWithTheirSummariesAndClearsOnANewPlan() {
        SheetModels m = new SheetModels(plan());
        m.rows.setFilter("long tasks", t -> t.durationMinutes() >= 5 * 480);
        assertThat(m.shown()).containsExactly("2 Model", "2.1 Train");
        assertThat(m.rows.filterNameProperty().get()).isEqualTo("long tasks");
        m.editor.setSession(m.documents.session(plan()), true);
        assertThat(m.rows.filterNameProperty().get()).isEmpty();
        assertThat(m.shown()).hasSize(6);
    }

    @Test
    void everyChangeBumpsTheContentVersionSoOnlyShownRowsReadAgain() {
        SheetModels m = new SheetModels(plan());
        long before = m.rows.contentVersionProperty().get();
        m.edits.edit(m.rows.row(m.plan().taskByWbsCode("1.1").id()), org.genaiplan.ui.wbs.WbsColumn.DURATION, "4d");
        assertThat(m.rows.contentVersionProperty().get()).isEqualTo(before + 1);
    }
}
