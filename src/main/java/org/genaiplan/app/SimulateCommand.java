package org.genaiplan.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.genaiplan.schedule.MonteCarlo;
import org.genaiplan.schedule.RiskEffects;
import org.genaiplan.schedule.SimulationModel;
import org.genaiplan.schedule.SimulationResult;
import org.genaiplan.store.PlanPackage;
import org.genaiplan.store.PlanPackageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan simulate FILE}: a schedule and cost risk analysis (Monte Carlo) of a plan, as plain lines. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs a Monte Carlo schedule and cost risk analysis of a plan: each task's three-point estimate"
                + " and each open risk of the register (as a driver on its linked tasks) are drawn by Latin hypercube"
                + " sampling and the plan is rescheduled in every iteration.",
            "Prints 'P10 finish=YYYY-MM-DD working-days=D.DD cost=C.CC' (and P50, P80, P90), the mean, the"
                + " deterministic plan's confidence, the deadline and budget probabilities when set and the top ten"
                + " drivers. working-days counts working time from the plan start to the simulated finish."})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file.")
    Path file;

    @Option(names = "--iterations", paramLabel = "N", description = "Iterations (default: 10000).")
    int iterations = 10_000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same result (default: 1).")
    long seed = 1;

    @Option(names = "--residual", description = "Use the risks' residual ratings (after mitigation) instead of their inherent ones.")
    boolean residual;

    @Option(names = "--correlation", paramLabel = "R",
            description = "Rank correlation within each correlation group, 0 to 0.95 (default: 0.5).")
    double correlation = 0.5;

    @Override
    public Integer call() throws Exception {
        if (iterations < 100 || iterations > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--iterations must be between 100 and 1,000,000, not " + iterations + ".");
        }
        if (correlation < 0 || correlation > 0.95) {
            throw new ParameterException(spec.commandLine(), "--correlation must be between 0 and 0.95, not " + correlation + ".");
        }
        PlanPackage pkg = new PlanPackageReader().read(file);
        SimulationModel model = SimulationModel.of(pkg.plan(), residual);
        SimulationResult r = MonteCarlo.run(model, new MonteCarlo.Settings(iterations, seed, correlation), MonteCarlo.Listener.NONE);
        PrintWriter out = spec.commandLine().getOut();
        for (String line : lines(model, r)) {
            out.println(line);
        }
        List<RiskEffects.Effect> effects = RiskEffects.of(model, r.settings(), r, MonteCarlo.Listener.NONE);
        for (int i = 0; i < Math.min(10, effects.size()); i++) {
            RiskEffects.Effect e = effects.get(i);
            out.println(String.format(Locale.ROOT, "risk-effect rank=%d p80-working-days=%.2f p80-cost=%.2f name=\"%s %s\"",
                    i + 1, e.p80Days(), e.p80Cost(), e.code(), e.title().replace('"', '\'')));
        }
        out.flush();
        return 0;
    }

    static List<String> lines(SimulationModel model, SimulationResult r) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "simulate iterations=%d seed=%d risks=%s uncertain-tasks=%d risk-drivers=%d",
                r.iterations(), r.settings().seed(), r.residual() ? "residual" : "inherent", model.uncertainCount(),
                model.riskCount()));
        long det = r.deterministicFinish();
        lines.add(String.format(Locale.ROOT, "plan finish=%s working-days=%.2f cost=%.2f finish-confidence=%.2f cost-confidence=%.2f",
                r.finishDate(det), r.workingDays(det), r.deterministicCost(), r.deterministicConfidence(),
                r.deterministicCostConfidence()));
        for (int p : new int[] {10, 50, 80, 90}) {
            SimulationResult.Percentile q = r.percentile(p);
            lines.add(String.format(Locale.ROOT, "P%d finish=%s working-days=%.2f cost=%.2f", p, q.finish(), q.workingDays(), q.cost()));
        }
        lines.add(String.format(Locale.ROOT, "mean working-days=%.2f cost=%.2f", r.meanWorkingDays(), r.meanCost()));
        if (r.deadlineProbability() != null) {
            lines.add(String.format(Locale.ROOT, "deadline probability=%.2f date=%s", r.deadlineProbability(), r.deadline()));
        }
        if (r.budgetProbability() != null) {
            lines.add(String.format(Locale.ROOT, "budget probability=%.2f amount=%.2f", r.budgetProbability(), r.budget()));
        }
        SimulationResult.Percentile p80 = r.percentile(80);
        lines.add(String.format(Locale.ROOT, "contingency P80 working-days=%.2f cost=%.2f",
                Math.max(0, p80.workingDays() - r.workingDays(det)), Math.max(0, p80.cost() - r.deterministicCost())));
        List<SimulationResult.DriverEffect> drivers = r.drivers();
        for (int i = 0; i < Math.min(10, drivers.size()); i++) {
            SimulationResult.DriverEffect d = drivers.get(i);
            lines.add(String.format(Locale.ROOT, "driver rank=%d kind=%s finish-correlation=%.2f cost-correlation=%.2f name=\"%s\"",
                    i + 1, d.risk() ? "risk" : "task", d.finishCorrelation(), d.costCorrelation(), d.name().replace('"', '\'')));
        }
        return lines;
    }
}
