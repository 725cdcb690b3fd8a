package org.genaiplan.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.genaiplan.model.Plan;

/**
 * A quick measurement, not a test: full import of a plan into a fresh working store, and package write
 * and read, for 10,000 and 100,000 tasks. Run: java -Dh2.allowedClasses= -cp ... StoreBench
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("genaiplan-bench");
        StoreHome home = new StoreHome(dir.resolve("home"));
        for (int size : new int[] {10_000, 100_000}) {
            Plan plan = SamplePlans.large(size);
            for (int round = 1; round <= 5; round++) {
                long t0 = System.nanoTime();
                try (WorkingStore store = WorkingStore.create(home)) {
                    long t1 = System.nanoTime();
                    store.importAll(plan, new StoreInfo(Optional.empty(), plan.name(), null, null, true, null));
                    long t2 = System.nanoTime();
                    Plan loaded = store.load();
                    long t3 = System.nanoTime();
                    store.delete();
                    Path file = dir.resolve("bench.genaiplan");
                    long t4 = System.nanoTime();
                    try (OutputStream out = Files.newOutputStream(file)) {
                        new PlanPackageWriter().write(plan, null, out);
                    }
                    long t5 = System.nanoTime();
                    Plan read = new PlanPackageReader().read(file).plan();
                    long t6 = System.nanoTime();
                    System.out.printf("%,d tasks round %d: create store %d ms, import %d ms, load %d ms,"
                                    + " package write %d ms (%,d bytes), package read %d ms [%d/%d]%n",
                            size, round, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t5 - t4), Files.size(file),
                            ms(t6 - t5), loaded.taskCount(), read.taskCount());
                }
            }
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
