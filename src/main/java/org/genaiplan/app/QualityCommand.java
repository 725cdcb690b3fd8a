package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaiplan.export.EvaluationCsv;
import org.genaiplan.export.ImportException;
import org.genaiplan.model.Plan;
import org.genaiplan.store.PlanFileWriter;
import org.genaiplan.store.PlanPackage;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan quality FILE [--from evals.csv]}: the quality plan and gates; adds measurements from a CSV. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Prints a plan's quality metrics with their targets and latest values, and its gates. With"
                + " --from, first adds the measurements of an evaluation CSV (metric id or name, date, value, then"
                + " optionally sample size, source and note) and saves the plan; a file with a bad row changes nothing.")
public final class QualityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file.")
    Path file;

    @Option(names = "--from", paramLabel = "CSV", description = "Evaluation results to add.")
    Path from;

    @Override
    public Integer call() throws Exception {
        PlanPackage pkg = new PlanPackageReader().read(file);
        Plan plan = pkg.plan();
        PrintWriter out = spec.commandLine().getOut();
        if (from != null) {
            EvaluationCsv.Result result;
            try {
                result = EvaluationCsv.read(from, plan.quality());
            } catch (ImportException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            if (!result.problems().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(from.getFileName() + " was not imported; fix these rows and try again:");
                result.problems().forEach(p -> err.println("  " + p));
                err.flush();
                return 1;
            }
            plan.setQuality(plan.quality().withMeasurements(result.measurements()));
            new PlanFileWriter(StoreHome.fromSystemProperties())
                    .write(file, null, o -> new PlanPackageWriter().write(plan, pkg.manifest().created(), o));
            int n = result.measurements().size();
            out.println("Added " + n + (n == 1 ? " measurement" : " measurements") + " from " + from.getFileName()
                    + " to " + file.getFileName() + ".");
        }
        out.print(QualityReport.metrics(plan));
        out.print(QualityReport.gatesAndQuality(plan));
        out.flush();
        return 0;
    }
}
