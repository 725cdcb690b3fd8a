package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaiplan.bench.SyntheticPlanGenerator;
import org.genaiplan.model.Plan;
import org.genaiplan.store.PackageLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan generate --tasks N [--seed S] FILE}: a realistic synthetic plan for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a realistic synthetic plan (WBS depth 3-5, mixed dependencies, risks, roles, costs).")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tasks", required = true, paramLabel = "N", description = "Number of tasks.")
    int tasks;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same plan (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = {"-f", "--force"}, description = "Replace FILE if it exists.")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "The .genaiplan file to write.")
    Path file;

    @Override
    public Integer call() throws Exception {
        int most = PackageLimits.defaults().max(PackageLimits.Count.TASKS);
        if (tasks < 1 || tasks > most) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), String.format(java.util.Locale.ROOT,
                    "--tasks must be between 1 and %,d (the most a plan file may hold).", most));
        }
        Plan plan = new SyntheticPlanGenerator().generate(tasks, seed);
        PlanFiles.writeNew(plan, file, force);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Generated %s: %d tasks, %d dependencies, %d risks%n", file, plan.taskCount(),
                plan.dependencies().size(), plan.risks().size());
        out.flush();
        return 0;
    }
}
