package org.genaiplan.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.interop.ForeignImport;
import org.genaiplan.interop.MspdiExporter;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;

/**
 * {@code bench import-mspdi tasks=N ms=...}: a generated plan of N tasks written as MS Project XML by our own
 * exporter, then imported as a user would (sniff, entity check, MPXJ's reader, mapping, our schedule and the
 * date agreement). Also prints {@code export-mspdi} and the file's size.
 */
final class ImportBench {
    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    ImportBench(PrintWriter out, int warmUps, int runs) {
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    void run(int... sizes) {
        try {
            runSizes(sizes);
        } catch (Exception e) {
            throw new IllegalStateException("The import benchmark stopped: " + e.getMessage(), e);
        }
    }

    private void runSizes(int... sizes) throws Exception {
        for (int n : sizes) {
            Plan plan = new SyntheticPlanGenerator().generate(n, 42);
            new CpmScheduler().schedule(plan);
            Path dir = Files.createTempDirectory("genaiplan-import-bench");
            try {
                Path xml = dir.resolve("plan.xml");
                long exportNs = median(() -> {
                    try (OutputStream o = Files.newOutputStream(xml)) {
                        new MspdiExporter().write(plan, o);
                    }
                });
                line("export-mspdi", n, exportNs, " kb=" + Files.size(xml) / 1024);
                int[] agreed = new int[2];
                long importNs = median(() -> {
                    ForeignImport.Result r = new ForeignImport().read(xml, "Bench", ProgressListener.NONE);
                    agreed[0] = r.report().agreement().agreed();
                    agreed[1] = r.report().agreement().compared();
                });
                line("import-mspdi", n, importNs, " agree=" + agreed[0] + "/" + agreed[1]);
            } finally {
                Benchmark.deleteTree(dir);
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private long median(Work work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return samples[runs / 2];
    }

    private void line(String name, int tasks, long nanos, String extra) {
        out.println("bench " + name + " tasks=" + tasks + " ms=" + String.format(java.util.Locale.ROOT, "%.2f",
                nanos / 1e6) + extra);
        out.flush();
    }
}
