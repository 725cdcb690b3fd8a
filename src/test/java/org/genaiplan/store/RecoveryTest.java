package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaiplan.model.Task;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working stores of sessions that died are offered for recovery with every committed action. */
class RecoveryTest {
    @TempDir
    Path dir;
    private StoreHome home;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        home = new StoreHome(dir.resolve("home"));
        file = dir.resolve("plan.genaiplan");
        try (PlanDocument doc = PlanDocument.create(SamplePlans.everyField(), home)) {
            doc.saveAs(file);
        }
    }

    private void crashAfterEditing(boolean edit) throws Exception {
        Process p = ChildJvm.builder("", "edit-then-crash", home.root().toString(), file.toString(),
                String.valueOf(edit)).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isEqualTo(3);
        assertThat(out).contains("ack");
    }

    @Test
    @Slow
    void crashedSessionIsRecoveredWithItsActionsAndCanBeSavedToItsFile() throws Exception {
        crashAfterEditing(true);
        List<RecoverableStore> found = Recovery.find(home);
        assertThat(found).hasSize(1);
        RecoverableStore store = found.get(0);
        assertThat(store.planName()).isEqualTo("Edited before the crash");
        assertThat(store.originalFile()).contains(file.toRealPath());
        assertThat(store.lastCommit()).isNotNull();

        try (PlanDocument doc = Recovery.recover(store, home)) {
            assertThat(doc.hasUnsavedChanges()).isTrue();
            assertThat(doc.file()).contains(file.toRealPath());
            assertThat(doc.plan().roots()).extracting(Task::name).contains("Added before the crash");
            assertThat(Recovery.find(home)).as("a recovered store is owned again").isEmpty();
            assertThatThrownBy(() -> PlanDocument.open(file, home))
                    .hasMessage("plan.genaiplan is already open in GenAI Planner.");
            doc.save();
        }
        assertThat(new PlanPackageReader().read(file).plan().name()).isEqualTo("Edited before the crash");
        assertThat(Recovery.find(home)).isEmpty();
    }

    @Test
    @Slow
    void crashedSessionWithNothingUnsavedIsCleanedUpSilently() throws Exception {
        crashAfterEditing(false);
        try (var files = Files.list(home.stores())) {
            assertThat(files.filter(f -> f.toString().endsWith(".mv.db")).count()).isEqualTo(1);
        }
        assertThat(Recovery.find(home)).isEmpty();
        try (var files = Files.list(home.stores())) {
            assertThat(files.filter(f -> f.toString().endsWith(".mv.db")).count()).isZero();
        }
    }

    @Test
    @Slow
    void discardDeletesTheStore() throws Exception {
        crashAfterEditing(true);
        RecoverableStore store = Recovery.find(home).get(0);
        Recovery.discard(store, home);
        assertThat(Recovery.find(home)).isEmpty();
        assertThat(home.stores().resolve(store.id() + ".mv.db")).doesNotExist();
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            assertThat(doc.plan().name()).isEqualTo("Support chatbot");
        }
    }

    @Test
    void storesOfOpenDocumentsAreNotOffered() throws Exception {
        try (PlanDocument open = PlanDocument.open(file, home)) {
            open.plan().setName("Being edited");
            open.commit();
            assertThat(Recovery.find(home)).isEmpty();
            assertThat(Recovery.find(new StoreHome(home.root()))).as("nor to another app instance").isEmpty();
        }
    }
}
