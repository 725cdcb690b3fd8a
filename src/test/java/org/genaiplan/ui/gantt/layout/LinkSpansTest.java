package org.genaiplan.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/** The links a frame visits are exactly those crossing the rows on screen. */
class LinkSpansTest {

    @Test
    void visitsExactlyTheLinksThatCrossTheView() {
        Plan plan = new Plan("Links", LocalDate.of(2026, 3, 2));
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            tasks.add(plan.addTask(null, "T" + i));
        }
        Random random = new Random(7);
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < 900; i++) {
            int a = random.nextInt(tasks.size());
            int b = random.nextInt(tasks.size());
            // mostly short links, some across the whole plan, some pointing upwards
            if (random.nextInt(10) > 0) {
                b = Math.min(tasks.size() - 1, a + 1 + random.nextInt(20));
            }
            if (a != b && pairs.add(Math.min(a, b) * 1000L + Math.max(a, b))) {
                plan.addDependency(Dependency.finishToStart(tasks.get(a).id(), tasks.get(b).id()));
            }
        }
        // every third task hidden, as under a collapsed summary
        List<Task> shown = tasks.stream().filter(t -> t.id() % 3 != 0).toList();
        ListRows rows = new ListRows(shown);
        LinkSpans spans = new LinkSpans();
        spans.update(plan, rows);

        for (int[] view : new int[][] {{0, 30}, {100, 140}, {370, 399}, {390, 500}, {0, 399}, {450, 460}}) {
            Set<Dependency> visited = new HashSet<>();
            spans.visit(view[0], view[1], (d, a, b) -> {
                assertThat(a).isEqualTo(rows.rowOf(d.predecessorId()));
                assertThat(b).isEqualTo(rows.rowOf(d.successorId()));
                assertThat(visited.add(d)).isTrue();
            });
            Set<Dependency> expected = new HashSet<>();
            for (Dependency d : plan.dependencies()) {
                int a = rows.rowOf(d.predecessorId());
                int b = rows.rowOf(d.successorId());
                if (a >= 0 && b >= 0 && Math.max(a, b) >= view[0] && Math.min(a, b) <= view[1]) {
                    expected.add(d);
                }
            }
            assertThat(visited).as("rows %d..%d", view[0], view[1]).isEqualTo(expected);
        }
        assertThat(spans.size()).isLessThan(plan.dependencies().size());
    }
}
