package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaiplan.store.PlanPackage;
import org.genaiplan.store.PlanPackageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan info FILE}: what a plan file holds, without opening a window. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Prints a plan's name, dates, counts of tasks, milestones, dependencies and risks, its costs by"
                + " category with budgets, alerts and the contingency reserve, and the file format.")
public final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PlanPackage pkg = new PlanPackageReader().read(file);
        org.genaiplan.store.PlanNames.nameAfterFile(pkg.plan(), file);
        PlanSummary summary = PlanSummary.of(pkg.plan(), pkg.schedule(), java.time.LocalDate.now());
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary.render(pkg.manifest().formatVersion(), pkg.manifest().appVersion()));
        EarnedValueText.lines(pkg.plan(), java.time.LocalDate.now()).forEach(out::println);
        out.print(CapacityReport.overAllocation(pkg.plan()));
        out.print(QualityReport.gatesAndQuality(pkg.plan()));
        out.print(DecisionReport.of(pkg.plan()));
        if (!pkg.plan().stakeholders().none()) {
            out.println("People:       " + pkg.plan().stakeholders().summaryLine());
        }
        out.print(ComplianceReport.of(pkg.plan()));
        out.flush();
        return 0;
    }
}
