package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.Callable;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan new [--template ID] FILE}: writes an empty plan, or one made from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a plan file: empty, or from a template (see 'genaiplan templates').")
public final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--template"}, paramLabel = "ID", description = "Start from this template.")
    String template;

    @Option(names = "--name", description = "The plan's name (default: the file name).")
    String name;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "Project start (default: next Monday).")
    LocalDate start;

    @Option(names = {"-f", "--force"}, description = "Replace FILE if it exists.")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "The .genaiplan file to create.")
    Path file;

    @Override
    public Integer call() throws Exception {
        LocalDate startDate = start != null ? start
                : LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String planName = name != null ? name : defaultName(file);
        TemplateCatalog catalog = TemplateCatalog.load();
        Plan plan;
        if (template == null) {
            plan = new Plan(planName, startDate);
            plan.setPriceTable(catalog.starterPrices());
            plan.setQuality(org.genaiplan.templates.QualityStarter.metricsOnly());
        } else {
            plan = catalog.template(template).instantiate(planName, startDate);
        }
        new CpmScheduler().schedule(plan);
        PlanFiles.writeNew(plan, file, force);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Created %s (%d tasks)%n", file, plan.taskCount());
        out.flush();
        return 0;
    }

    static String defaultName(Path file) {
        String base = file.getFileName().toString();
        return base.endsWith(".genaiplan") ? base.substring(0, base.length() - ".genaiplan".length()) : base;
    }
}
