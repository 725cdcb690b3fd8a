package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a child JVM (kill -9) while it saves or edits, then checks what a user would find. */
@Slow
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killDuringSaveLeavesAFileThatOpens() throws Exception {
        StoreHome home = new StoreHome(dir.resolve("home"));
        Path file = dir.resolve("big.genaiplan");
        Random random = new Random(7);
        int tasks = 10_000;
        for (int round = 0; round < 5; round++) {
            Process child = ChildJvm.start("save-loop", home.root().toString(), file.toString(), String.valueOf(tasks));
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("saved")) {
                // the first save after Save As is under way
            }
            assertThat(line).as("child output").isNotNull();
            Thread.sleep(random.nextInt(600));
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            PlanPackage pkg = new PlanPackageReader().read(file);
            assertThat(pkg.plan().name()).matches("Large plan|Version \\d+");
            assertThat(pkg.plan().taskCount()).isEqualTo(tasks);
            Path bak = dir.resolve("big.genaiplan.bak");
            if (Files.exists(bak)) {
                assertThat(new PlanPackageReader().read(bak).plan().taskCount()).isEqualTo(tasks);
            }
            PlanFileWriter.cleanStaleTempFiles(dir);
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .allMatch(n -> n.equals("home") || n.startsWith("big.genaiplan"));
            }
            for (RecoverableStore left : Recovery.find(home)) {
                Recovery.discard(left, home);
            }
        }
    }

    @Test
    void killDuringABurstOfEditsLosesNoAcknowledgedAction() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 3; round++) {
            StoreHome home = new StoreHome(dir.resolve("home" + round));
            long seed = 1000 + round;
            int stopAt = 40 + random.nextInt(250);
            Process child = ChildJvm.start("edit-burst", home.root().toString(), String.valueOf(seed), "400");
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String storeId = null;
            int acked = 0;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("store ")) {
                    storeId = line.substring(6);
                } else if (line.startsWith("ack ")) {
                    acked = Integer.parseInt(line.substring(4));
                    if (acked >= stopAt) {
                        break;
                    }
                } else if (!line.equals("done")) {
                    throw new AssertionError("child said: " + line);
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            List<RecoverableStore> found = Recovery.find(home);
            assertThat(found).extracting(RecoverableStore::id).containsExactly(storeId);
            try (PlanDocument doc = Recovery.recover(found.get(0), home)) {
                Plan recovered = doc.plan();
                assertInvariants(recovered);
                assertThat(matchingAction(seed, acked, 400, PlanRows.of(recovered)))
                        .as("the recovered plan is the plan after some action >= the last acknowledged " + acked)
                        .isGreaterThanOrEqualTo(acked);
                doc.saveAs(dir.resolve("recovered" + round + ".genaiplan"));
            }
        }
    }

    /** The action count after which the replayed script equals {@code data}, or -1. */
    private static int matchingAction(long seed, int from, int max, PlanData data) {
        Plan plan = EditScript.startPlan();
        EditScript script = new EditScript(seed);
        for (int n = 1; n <= max; n++) {
            script.apply(plan, n);
            if (n >= from && PlanRows.of(plan).equals(data)) {
                return n;
            }
        }
        return -1;
    }

    private static void assertInvariants(Plan plan) {
        List<Task> tasks = plan.tasksInOrder();
        Set<Long> ids = new HashSet<>();
        for (Task t : tasks) {
            assertThat(ids.add(t.id())).as("unique id " + t.id()).isTrue();
            assertThat(plan.task(t.id())).isSameAs(t);
            if (t.parent() != null) {
                assertThat(t.parent().children()).contains(t);
            }
        }
        assertThat(tasks).hasSize(plan.taskCount());
        for (Dependency d : plan.dependencies()) {
            assertThat(plan.task(d.predecessorId())).isNotNull();
            assertThat(plan.task(d.successorId())).isNotNull();
        }
        for (Risk r : plan.risks()) {
            for (long id : r.linkedTaskIds()) {
                assertThat(plan.task(id)).isNotNull();
            }
        }
    }
}
