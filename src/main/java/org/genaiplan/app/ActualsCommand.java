package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.genaiplan.export.ActualsCsv;
import org.genaiplan.export.ImportProblem;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.tracking.ActualsUpdate;
import org.genaiplan.store.PlanFileException;
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

/** {@code genaiplan actuals FILE --from usage.csv [--status-date DATE]}. */
@Command(name = "actuals", mixinStandardHelpOptions = true,
        description = "Adds actuals from a CSV usage or billing export to a plan: rows of task (ID or WBS code), date,"
                + " kind (people-hours, gpu-hours, input-tokens, output-tokens, annotation-items, cost), quantity"
                + " and/or amount, and optionally percent (complete). Rows that cannot be used are listed by row"
                + " number and left out; the plan is saved in place.")
public final class ActualsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file; it is saved in place.")
    Path file;

    @Option(names = "--from", paramLabel = "CSV", required = true, description = "The CSV file of actuals.")
    Path from;

    @Option(names = "--status-date", paramLabel = "YYYY-MM-DD", description = "Set the plan's status date too.")
    LocalDate statusDate;

    @Override
    public Integer call() throws Exception {
        PlanPackage pkg = new PlanPackageReader().read(file);
        Plan plan = pkg.plan();
        ActualsCsv.Result result;
        try {
            result = ActualsCsv.read(from, plan);
        } catch (org.genaiplan.export.ImportException e) {
            throw new PlanFileException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ImportProblem p : result.problems()) {
            out.println(p);
        }
        ActualsUpdate update = new ActualsUpdate(result.rows(), statusDate);
        update.apply(plan);
        new CpmScheduler().schedule(plan);
        new PlanFileWriter(StoreHome.fromSystemProperties()).write(file, pkg.stamp(),
                o -> new PlanPackageWriter().write(plan, pkg.manifest().created(), o));
        out.printf("Added %d %s of actuals from %s to %s%s%n", update.rowCount(),
                update.rowCount() == 1 ? "row" : "rows", from.getFileName(), file.getFileName(),
                result.problems().isEmpty() ? "" : " (" + result.problems().size()
                        + (result.problems().size() == 1 ? " row" : " rows") + " left out, listed above)");
        out.flush();
        return 0;
    }
}
