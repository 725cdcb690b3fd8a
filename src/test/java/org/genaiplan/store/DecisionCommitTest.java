package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions row is rewritten only when an edit can touch it, and every such edit reaches it. */
class DecisionCommitTest {
    @TempDir
    Path dir;

    @Test
    void techniquesSetAndClearedByEditsAreCommittedAndOtherEditsLeaveThem() throws Exception {
        Plan plan = SamplePlans.everyField();
        Task first = plan.tasksInOrder().stream().filter(t -> !t.hasChildren()).findFirst().orElseThrow();
        Task other = plan.tasksInOrder().stream().filter(t -> !t.hasChildren() && t != first).findFirst().orElseThrow();
        try (WorkingStore store = WorkingStore.create(new StoreHome(dir.resolve("home")))) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));

            first.setTechnique("lora");
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().task(first.id()).technique()).isEqualTo("lora");

            other.setDurationMinutes(other.durationMinutes() + 480); // touches no decision
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().task(first.id()).technique()).isEqualTo("lora");

            first.setTechnique(null); // a task that had a technique loses it
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().task(first.id()).technique()).isNull();

            other.setTechnique("rag");
            plan.remove(other);
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().tasksInOrder()).extracting(Task::technique).containsOnlyNulls();
        }
    }
}
