package org.genaiplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTest {
    private final Plan plan = new Plan("Chatbot", LocalDate.of(2026, 1, 5));

    @Test
    void wbsCodesFollowTheOutline() {
        Task data = plan.addTask(null, "Data");
        Task collect = plan.addTask(data, "Collect");
        Task clean = plan.addTask(data, "Clean");
        Task model = plan.addTask(null, "Model");
        Task dedupe = plan.addTask(clean, "Dedupe");

        assertThat(plan.wbsCode(data)).isEqualTo("1");
        assertThat(plan.wbsCode(collect)).isEqualTo("1.1");
        assertThat(plan.wbsCode(clean)).isEqualTo("1.2");
        assertThat(plan.wbsCode(dedupe)).isEqualTo("1.2.1");
        assertThat(plan.wbsCode(model)).isEqualTo("2");
        assertThat(plan.taskByWbsCode("1.2.1")).isSameAs(dedupe);
        assertThat(plan.taskByWbsCode("3")).isNull();

        plan.move(model, null, 0);
        assertThat(plan.wbsCode(dedupe)).isEqualTo("2.2.1");
        assertThat(plan.tasksInOrder()).containsExactly(model, data, collect, clean, dedupe);
        assertThat(data.kind()).isEqualTo(TaskKind.SUMMARY);
        assertThat(dedupe.level()).isEqualTo(3);
    }

    @Test
    void taskCannotBecomeItsOwnAncestor() {
        Task a = plan.addTask(null, "A");
        Task b = plan.addTask(a, "B");
        assertThatThrownBy(() -> plan.move(a, b, 0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("under itself");
        assertThatThrownBy(() -> plan.move(a, a, 0)).isInstanceOf(ValidationException.class);
        assertThat(plan.children(null)).containsExactly(a);
        assertThat(a.children()).containsExactly(b);
    }

    @Test
    void removeAndRestoreGiveBackIdsOrderDependenciesAndRiskLinks() {
        Task a = plan.addTask(null, "A");
        Task b = plan.addTask(null, "B");
        Task b1 = plan.addTask(b, "B1");
        Task c = plan.addTask(null, "C");
        plan.addDependency(Dependency.finishToStart(a.id(), b1.id()));
        plan.addDependency(new Dependency(b1.id(), c.id(), DependencyType.SS, -60));
        Risk risk = plan.addRisk("GPU shortage");
        risk.linkTask(b1.id());

        RemovedTasks removed = plan.remove(b);
        assertThat(plan.taskCount()).isEqualTo(2);
        assertThat(plan.dependencies()).isEmpty();
        assertThat(risk.linkedTaskIds()).isEmpty();

        plan.restore(removed);
        assertThat(plan.tasksInOrder()).containsExactly(a, b, b1, c);
        assertThat(plan.task(b1.id())).isSameAs(b1);
        assertThat(plan.dependencies()).hasSize(2);
        assertThat(plan.predecessorsOf(c)).containsExactly(new Dependency(b1.id(), c.id(), DependencyType.SS, -60));
        assertThat(risk.linkedTaskIds()).containsExactly(b1.id());
        assertThat(plan.addTask(null, "D").id()).isGreaterThan(c.id());
    }

    @Test
    void validationRefusesBadValues() {
        Task t = plan.addTask(null, "Train");
        assertThatThrownBy(() -> t.setName("  ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> t.setPercentComplete(101)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> t.setPercentComplete(-5)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Dependency.finishToStart(t.id(), t.id())).isInstanceOf(ValidationException.class)
                .hasMessage("A task cannot depend on itself.");
        assertThatThrownBy(() -> plan.addDependency(Dependency.finishToStart(t.id(), 999)))
                .isInstanceOf(ValidationException.class);
        assertThat(t.name()).isEqualTo("Train");
        assertThat(t.percentComplete()).isZero();
    }

    @Test
    void duplicateDependencyIsRefused() {
        Task a = plan.addTask(null, "A");
        Task b = plan.addTask(null, "B");
        plan.addDependency(Dependency.finishToStart(a.id(), b.id()));
        assertThatThrownBy(() -> plan.addDependency(new Dependency(a.id(), b.id(), DependencyType.SS, 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already depends");
    }

    @Test
    void changeLogRecordsWhatAnActionTouched() {
        Task a = plan.addTask(null, "A");
        plan.changes().drain();
        a.setDurationMinutes(480);
        ChangeLog.Changes changes = plan.changes().drain();
        assertThat(changes.tasks()).containsExactly(a.id());
        assertThat(changes.childOrderOf()).isEmpty();
        assertThat(plan.changes().isEmpty()).isTrue();

        plan.remove(a);
        changes = plan.changes().drain();
        assertThat(changes.removedTasks()).containsExactly(a.id());
        assertThat(changes.childOrderOf()).containsExactly(ChangeLog.ROOT);
    }

    @Test
    void aTaskDeadlineIsAnInputTheChangeLogRecords() {
        Task a = plan.addTask(null, "A");
        plan.changes().drain();
        assertThat(a.deadline()).isNull();

        a.setDeadline(LocalDate.of(2026, 11, 20));

        assertThat(a.deadline()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(plan.changes().drain().tasks()).containsExactly(a.id());
        a.setDeadline(null);
        assertThat(a.deadline()).isNull();
        assertThat(plan.changes().drain().tasks()).containsExactly(a.id());
    }

    @Test
    void riskScoreBandAndExposure() {
        Risk r = plan.addRisk("Prompt injection");
        r.setProbability(4);
        r.setImpact(5);
        r.setCostImpact(new java.math.BigDecimal("10000"));
        assertThat(r.code()).isEqualTo("R-001");
        assertThat(r.score()).isEqualTo(20);
        assertThat(r.band()).isEqualTo(ScoreBand.RED);
        assertThat(r.costExposure()).isEqualByComparingTo("7000");
        assertThatThrownBy(() -> r.setProbability(7)).isInstanceOf(ValidationException.class)
                .hasMessage("Probability must be rated 1 to 5, not 7.");
        assertThat(ScoreBand.of(4)).isEqualTo(ScoreBand.GREEN);
        assertThat(ScoreBand.of(5)).isEqualTo(ScoreBand.AMBER);
        assertThat(ScoreBand.of(15)).isEqualTo(ScoreBand.RED);
    }

    @Test
    void codesReadOneByOneAfterAnOutlineChangeAreTheCodesOfTheWholeOutline() {
        Plan plan = new Plan("Codes", java.time.LocalDate.of(2026, 3, 2));
        java.util.Random random = new java.util.Random(3);
        java.util.List<Task> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Task parent = tasks.isEmpty() || random.nextInt(4) == 0 ? null : tasks.get(random.nextInt(tasks.size()));
            tasks.add(plan.addTask(parent, parent == null ? plan.roots().size() : parent.children().size(), "T" + i));
        }
        Task moved = tasks.get(250);
        plan.move(moved, null, 0);
        // the first codes asked for after the change are read one by one, the rest from the whole outline
        java.util.List<String> read = tasks.stream().map(plan::wbsCode).toList();
        java.util.Map<Long, String> expected = new java.util.HashMap<>();
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] {plan.roots(), ""});
        while (!stack.isEmpty()) {
            Object[] level = stack.pop();
            @SuppressWarnings("unchecked")
            java.util.List<Task> kids = (java.util.List<Task>) level[0];
            for (int i = 0; i < kids.size(); i++) {
                String code = level[1] + String.valueOf(i + 1);
                expected.put(kids.get(i).id(), code);
                stack.push(new Object[] {kids.get(i).children(), code + "."});
            }
        }
        assertThat(read).isEqualTo(tasks.stream().map(t -> expected.get(t.id())).toList());
        assertThat(plan.wbsCode(moved)).isEqualTo("1");
    }
}
