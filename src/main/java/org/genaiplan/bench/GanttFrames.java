package org.genaiplan.bench;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.gantt.GanttFrameBench;

/**
 * The Gantt chart's frame benchmark on a generated plan (see {@link GanttFrameBench}):
 * <pre>java -Dglass.platform=Headless -Dprism.order=sw -cp target/genaiplan.jar org.genaiplan.bench.GanttFrames [tasks]</pre>
 */
public final class GanttFrames {
    private GanttFrames() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        Plan plan = new SyntheticPlanGenerator().generate(tasks, 42);
        new CpmScheduler().schedule(plan);
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(GanttFrameBench.run(plan, tasks));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        System.out.println(result.get());
        Platform.exit();
    }
}
