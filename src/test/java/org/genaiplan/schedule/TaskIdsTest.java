package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

class TaskIdsTest {
    private final Net n = new Net();
    private final Task phase = n.plan.addTask(null, "Phase");
    private final Task first = n.child(phase, "First", 1);
    private final Task second = n.child(phase, "Second", 1);
    private final Task launch = n.task("Launch", 1);
    private final TaskIds ids = new TaskIds(n.plan);

    @Test
    void anIdIsTheRowInOutlineOrderSummariesIncluded() {
        assertThat(ids.idOf(phase)).isEqualTo(1);
        assertThat(ids.idOf(first)).isEqualTo(2);
        assertThat(ids.idOf(second)).isEqualTo(3);
        assertThat(ids.idOf(launch)).isEqualTo(4);
        assertThat(ids.taskWithId(3)).isSameAs(second);
        assertThat(ids.count()).isEqualTo(4);
    }

    @Test
    void anIndentInPlaceKeepsEveryIdAndAMoveAfterItRenumbers() {
        assertThat(ids.idOf(second)).isEqualTo(3);
        n.plan.move(second, first, 0); // indented under the row above: the same rows
        assertThat(ids.idOf(second)).isEqualTo(3);
        assertThat(ids.taskWithId(2)).isSameAs(first);
        n.plan.move(launch, null, 0);
        assertThat(ids.idOf(launch)).isEqualTo(1);
        assertThat(ids.idOf(second)).isEqualTo(4);
    }

    @Test
    void idsFollowInsertsMovesAndDeletes() {
        assertThat(ids.idOf(launch)).isEqualTo(4);

        Task inserted = n.plan.addTask(null, 0, "Kick-off");
        assertThat(ids.idOf(inserted)).isEqualTo(1);
        assertThat(ids.idOf(launch)).isEqualTo(5);

        n.plan.move(launch, phase, 0);
        assertThat(ids.idOf(launch)).isEqualTo(3);
        assertThat(ids.taskWithId(5)).isSameAs(second);

        n.plan.remove(phase);
        assertThat(ids.count()).isEqualTo(1);
        assertThat(ids.idOf(first.id())).as("a deleted task has no ID").isZero();
        assertThat(ids.taskWithId(2)).isNull();
    }

    @Test
    void outOfRangeIdsAndForeignTasksAreNotFound() {
        assertThat(ids.taskWithId(0)).isNull();
        assertThat(ids.taskWithId(5)).isNull();
        assertThat(ids.taskWithId(Long.MAX_VALUE)).isNull();
        assertThat(ids.idOf(9_999L)).isZero();
        Task foreign = new Plan("Other", Net.MONDAY).addTask(null, "Elsewhere");
        assertThatThrownBy(() -> ids.idOf(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyPlanHasNoIds() {
        TaskIds none = new TaskIds(new Plan("Empty", Net.MONDAY));
        assertThat(none.count()).isZero();
        assertThat(none.taskWithId(1)).isNull();
    }
}
