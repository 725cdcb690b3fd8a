package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.store.PlanFileException;
import org.genaiplan.store.PlanFileWriter;
import org.genaiplan.store.PlanPackage;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;
import org.genaiplan.schedule.tracking.BaselineCapture;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan baseline FILE --save NAME | --list | --delete NAME | --compare NAME}. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Saves the plan's current dates, work, costs and GPU-hours as a named baseline (as many as you"
                + " like; saving a name again replaces it), lists the baselines, compares two, deletes one, or"
                + " chooses the one earned value is measured against.")
public final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file; it is saved in place.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--save", paramLabel = "NAME", description = "Save the plan as baseline NAME.")
        String save;

        @Option(names = "--list", description = "List the baselines.")
        boolean list;

        @Option(names = "--delete", paramLabel = "NAME", description = "Delete baseline NAME.")
        String delete;

        @Option(names = "--compare", paramLabel = "NAME", description = "Measure against baseline NAME.")
        String compare;

        @Option(names = "--diff", arity = "2", paramLabel = "NAME",
                description = "Compare two baselines task by task (dates and cost).")
        String[] diff;
    }

    @Override
    public Integer call() throws Exception {
        PlanPackage pkg = new PlanPackageReader().read(file);
        Plan plan = pkg.plan();
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (action.diff != null) {
                BaselineDiffText.print(plan, action.diff[0], action.diff[1], out);
                out.flush();
                return 0;
            }
            if (action.list) {
                list(plan, out);
                out.flush();
                return 0;
            }
            if (action.save != null) {
                Baseline b = BaselineCapture.of(plan, action.save, LocalDateTime.now().withNano(0));
                boolean replaced = plan.tracking().baseline(b.name()) != null;
                plan.setTracking(plan.tracking().withBaseline(b));
                out.printf("%s baseline \"%s\": %d tasks, %s %s, %s to %s%n", replaced ? "Replaced" : "Saved",
                        b.name(), b.tasks().size(), EarnedValueText.number(b.totalCost()), plan.currency(),
                        b.start() == null ? "-" : b.start().toLocalDate(),
                        b.finish() == null ? "-" : b.finish().toLocalDate());
            } else if (action.delete != null) {
                plan.setTracking(plan.tracking().withoutBaseline(action.delete));
                out.printf("Deleted baseline \"%s\".%n", action.delete.strip());
            } else {
                plan.setTracking(plan.tracking().comparedTo(action.compare));
                out.printf("Earned value is now measured against baseline \"%s\".%n",
                        plan.tracking().comparedBaseline().name());
            }
        } catch (ValidationException e) {
            throw new PlanFileException(PlanFileException.nameOf(file) + " was not changed: "
                    + Character.toLowerCase(e.getMessage().charAt(0)) + e.getMessage().substring(1));
        }
        new PlanFileWriter(StoreHome.fromSystemProperties()).write(file, pkg.stamp(),
                o -> new PlanPackageWriter().write(plan, pkg.manifest().created(), o));
        out.flush();
        return 0;
    }

    private static void list(Plan plan, PrintWriter out) {
        if (plan.tracking().baselines().isEmpty()) {
            out.println("The plan has no baselines; save one with --save NAME.");
            return;
        }
        Baseline compared = plan.tracking().comparedBaseline();
        for (Baseline b : plan.tracking().baselines()) {
            out.printf("%s %-24s saved %s  %6d tasks  %18s  %s to %s%n", b == compared ? "*" : " ", b.name(),
                    b.savedAt() == null ? "-" : b.savedAt().toString().replace('T', ' '), b.tasks().size(),
                    EarnedValueText.number(b.totalCost()) + " " + plan.currency(),
                    b.start() == null ? "-" : b.start().toLocalDate(), b.finish() == null ? "-" : b.finish().toLocalDate());
        }
        out.println("* compared against");
    }
}
