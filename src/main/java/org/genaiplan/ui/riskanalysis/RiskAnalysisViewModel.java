package org.genaiplan.ui.riskanalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.MonteCarlo;
import org.genaiplan.schedule.SimulationModel;
import org.genaiplan.schedule.SimulationResult;
import org.genaiplan.ui.BackgroundTask;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.TaskExecutor;

/**
 * The Risk analysis view's state: runs a Monte Carlo analysis of the plan before and after mitigation (the
 * risks' inherent and residual ratings, same seed, so the two differ only by the risks) in the background,
 * with progress and Cancel, and marks the results stale when the plan changes afterwards.
 */
public final class RiskAnalysisViewModel {
    /** What one run found. */
    public record Outcome(SimulationResult inherent, SimulationResult residual, String currency, int uncertainTasks,
                          int riskDrivers, List<Criticality> critical) {
    }

    /** A task and the share of iterations in which it drove the finish. */
    public record Criticality(String wbs, String name, double index) {
    }

    private final PlanEditor editor;
    private final TaskExecutor background;
    private final StringProperty message;
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final IntegerProperty iterations = new SimpleIntegerProperty(10_000);
    private final LongProperty seed = new SimpleLongProperty(1);
    private volatile boolean cancelRequested;

    public RiskAnalysisViewModel(PlanEditor editor, TaskExecutor background, StringProperty message) {
        this.editor = editor;
        this.background = background;
        this.message = message;
        editor.addChangeListener(change -> {
            if (change.document()) {
                outcome.set(null);
                stale.set(false);
            } else if (outcome.get() != null) {
                stale.set(true);
            }
        });
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty staleProperty() {
        return stale;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Starts a run of the plan as it is now; the view shows it when it is done. */
    public void run() {
        Plan plan = editor.plan();
        if (plan == null) {
            message.set("Open a plan to analyse its schedule and cost risk.");
            return;
        }
        if (running.get()) {
            return;
        }
        SimulationModel before;
        SimulationModel after;
        try {
            before = SimulationModel.of(plan, false);
            after = SimulationModel.of(plan, true);
        } catch (ValidationException e) {
            message.set("The risk analysis cannot run: " + e.getMessage());
            return;
        }
        MonteCarlo.Settings settings = new MonteCarlo.Settings(iterations.get(), seed.get());
        String currency = plan.currency();
        cancelRequested = false;
        running.set(true);
        progress.set(0);
        background.execute(new BackgroundTask<>("Running the risk analysis\u2026", false, true, p -> {
            SimulationResult a = MonteCarlo.run(before, settings, listener(p, 0));
            SimulationResult b = MonteCarlo.run(after, settings, listener(p, 1));
            return new Outcome(a, b, currency, before.uncertainCount(), before.riskCount(), List.of());
        }, result -> {
            running.set(false);
            Outcome o = new Outcome(result.inherent(), result.residual(), result.currency(), result.uncertainTasks(),
                    result.riskDrivers(), criticality(editor.plan(), result.inherent()));
            outcome.set(o);
            stale.set(false);
            SimulationResult.Percentile p80 = o.inherent().percentile(80);
            message.set("Risk analysis: P80 finish " + p80.finish() + " before mitigation, "
                    + o.residual().percentile(80).finish() + " after.");
        }, failure -> {
            running.set(false);
            message.set(failure instanceof CancellationException ? "The risk analysis was cancelled."
                    : "The risk analysis stopped: " + failure.getMessage());
        }), progress::set, () -> cancelRequested);
    }

    /** Asks the run to stop at its next block of iterations. */
    public void cancel() {
        cancelRequested = true;
    }

    private static MonteCarlo.Listener listener(org.genaiplan.ui.PlanExchange.Progress p, int half) {
        return new MonteCarlo.Listener() {
            @Override
            public void progress(int done, int total) {
                p.update((long) half * total + done, 2L * total, "");
            }

            @Override
            public boolean cancelled() {
                return p.cancelled();
            }
        };
    }

    private static List<Criticality> criticality(Plan plan, SimulationResult r) {
        List<Criticality> out = new ArrayList<>();
        if (plan == null) {
            return out;
        }
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren()) {
                double index = r.criticality(t.id());
                if (index > 0) {
                    out.add(new Criticality(plan.wbsCode(t), t.name(), index));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Criticality::index).reversed());
        return out;
    }
}
