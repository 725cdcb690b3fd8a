package org.genaiplan.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code genaiplan bench}: measures generation and scheduling on synthetic plans (see {@link Benchmark}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the scheduler on generated plans; prints 'bench <name> tasks=<N> ms=<median> [mb=<heap>]'.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tasks", split = ",", paramLabel = "N",
            description = "Plan sizes to measure (default: 1000,10000,100000).")
    int[] tasks = Benchmark.DEFAULT_SIZES;

    @Option(names = "--risks", paramLabel = "N",
            description = "Risks in the register filter and sort measurement; 0 skips it (default: 2000).")
    int risks = 2000;

    @Option(names = "--engine", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure the engine without a window: generate, schedule, open, save, export... "
                    + "(default: on; --no-engine skips it).")
    boolean engine = true;

    @Option(names = "--window", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also measure the window on the path a user takes (headless JavaFX): open-ui, edit-ui, "
                    + "indent-ui, scroll-ui, collapse-ui (default: on; --no-window skips it).")
    boolean window = true;

    @Option(names = "--earned-value", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure earned value and monthly phasing against a baseline (default: on).")
    boolean earnedValue;

    @Option(names = "--runs", paramLabel = "R", description = "Timed runs per measurement; the median is printed (default: 7).")
    int runs = 7;

    @Option(names = "--warmups", paramLabel = "W", description = "Untimed warm-up runs per measurement (default: 3).")
    int warmUps = 3;

    @Option(names = "--import-mspdi", description = "Instead, import generated MS Project XML files of the --tasks "
            + "sizes (default: 10000): 'bench import-mspdi tasks=N ms=...', the schedule and date check included.")
    boolean importMspdi;

    @Option(names = "--simulate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also measure the risk analysis: 10,000 iterations for 1,000 tasks, 1,000 for 10,000 tasks "
                    + "(default: on; --no-simulate skips it).")
    boolean simulate = true;

    @Option(names = "--level", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure resource levelling and the usage histogram (50 people, 3 GPU pools) at sizes up to"
                    + " 10,000 (default: on; --no-level skips it).")
    boolean level = true;

    @Option(names = "--hostile", description = "Instead, the scaling check of the hostile plan shapes (time at N and 10N).")
    boolean hostile;

    @Override
    public Integer call() {
        for (int n : tasks) {
            if (n < 1) {
                throw new ParameterException(spec.commandLine(), "--tasks needs sizes of 1 or more, not " + n + ".");
            }
        }
        if (risks < 0) {
            throw new ParameterException(spec.commandLine(), "--risks needs 0 or more, not " + risks + ".");
        }
        if (runs < 1 || warmUps < 0) {
            throw new ParameterException(spec.commandLine(), "--runs must be 1 or more and --warmups 0 or more.");
        }
        if (importMspdi) {
            new ImportBench(spec.commandLine().getOut(), Math.min(warmUps, 1), Math.min(runs, 3))
                    .run(tasks == Benchmark.DEFAULT_SIZES ? new int[] {10_000} : tasks);
            return 0;
        }
        if (hostile) {
            new HostileShapesBench(spec.commandLine().getOut(), Math.min(warmUps, 1), Math.min(runs, 3)).run();
            return 0;
        }
        if (engine) {
            new Benchmark(spec.commandLine().getOut(), warmUps, runs).run(tasks);
        }
        if (window) {
            try {
                new WindowBench(spec.commandLine().getOut(), warmUps, runs).run(tasks);
            } catch (Exception e) {
                throw new IllegalStateException("The window benchmark stopped: " + e.getMessage(), e);
            }
        }
        if (simulate) {
            new SimulationBench(spec.commandLine().getOut(), Math.min(warmUps, 2), Math.min(runs, 5)).run(tasks);
        }
        if (earnedValue) {
            new EarnedValueBench(spec.commandLine().getOut(), warmUps, runs).run(tasks);
        }
        if (level) {
            new LevelBench(spec.commandLine().getOut(), warmUps, runs).run(tasks);
        }
        if (risks > 0) {
            new RiskFilterBench(spec.commandLine().getOut(), warmUps, runs).run(risks);
        }
        return 0;
    }
}
