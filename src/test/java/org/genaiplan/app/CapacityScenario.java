package org.genaiplan.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;

/**
 * The chatbot template with a 16-GPU H100 pool, two overlapping 8-GPU fine-tuning runs and a 4-GPU evaluation
 * beside them (20 GPUs asked of 16), and the AI/ML engineer assigned to the first run. Also run by hand to make the
 * plan the README's screenshots show: {@code CapacityScenario.main(dir)}.
 */
public final class CapacityScenario {
    static final String H100 = "H100 80GB";
    static final String POOL = "Cluster A";

    private CapacityScenario() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(write(Path.of(args[0])));
    }

    /** Writes the plan as {@code dir/chatbot-gpus.genaiplan} and returns the file. */
    public static Path write(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("chatbot-gpus.genaiplan");
        Files.deleteIfExists(file);
        int code = GenaiPlanCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new String[] {"new", "--template", "llm-chatbot", "--start", "2027-01-04", file.toString()});
        if (code != 0) {
            throw new IllegalStateException("genaiplan new failed: " + code);
        }
        Plan plan = new PlanPackageReader().read(file).plan();
        Task run = find(plan, "Run fine-tuning jobs");
        Task config = find(plan, "Prepare training configuration");
        run.setCostLines(List.of(new CostLine("LoRA fine-tuning runs", new ComputeCost(H100, 8, new BigDecimal("120")),
                null)));
        Task second = plan.addTask(run.parent(), run.parent().children().indexOf(run) + 1, "Run full fine-tuning job");
        second.setDurationMinutes(5 * 480L);
        second.setOwnerRole(run.ownerRole());
        second.setCostLines(List.of(new CostLine("Full fine-tuning run", new ComputeCost(H100, 8,
                new BigDecimal("120")), null)));
        Task eval = plan.addTask(run.parent(), run.parent().children().indexOf(second) + 1,
                "Evaluate checkpoints on the validation set");
        eval.setDurationMinutes(3 * 480L);
        eval.setOwnerRole(run.ownerRole());
        eval.setCostLines(List.of(new CostLine("Evaluation runs", new ComputeCost(H100, 4, new BigDecimal("72")),
                null)));
        plan.addDependency(Dependency.finishToStart(config.id(), second.id()));
        plan.addDependency(Dependency.finishToStart(config.id(), eval.id()));
        CapacityState s = plan.capacity().state().withPools(List.of(new GpuPool(POOL, H100, 16)));
        s = s.withLoad(run.id(), s.load(run.id()).withAssignments(List.of(new Assignment(run.ownerRole(), 100))));
        plan.capacity().set(s);
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        return file;
    }

    static Task find(Plan plan, String name) {
        return plan.tasksInOrder().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
