package org.genaiplan.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaiplan.model.Plan;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.LevelProposal;
import org.genaiplan.schedule.Leveller;
import org.genaiplan.store.PlanPackage;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code genaiplan level FILE [--dry-run]}: the levelling change list, and with no --dry-run its delays saved. */
@Command(name = "level", mixinStandardHelpOptions = true,
        description = "Levels a plan so that no role, person or GPU pool is over-allocated: prints each task that"
                + " moves, by how much and why; without --dry-run, saves the levelling delays into FILE.")
public final class LevelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .genaiplan file.")
    Path file;

    @Option(names = "--dry-run", description = "Only print the change list; the file is left as it is.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PlanPackage pkg = new PlanPackageReader().read(file);
        Plan plan = pkg.plan();
        LevelProposal proposal = new Leveller().level(plan);
        PrintWriter out = spec.commandLine().getOut();
        out.print(CapacityReport.changeList(plan, proposal));
        if (!dryRun && !proposal.isEmpty()) {
            CapacityState s = plan.capacity().state();
            for (LevelProposal.Move m : proposal.moves()) {
                s = s.withLoad(m.taskId(), s.load(m.taskId()).withLevelingDelay(m.newDelayMinutes()));
            }
            plan.capacity().set(s);
            new CpmScheduler().schedule(plan);
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".level", ".tmp");
            try {
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    new PlanPackageWriter().write(plan, pkg.manifest().created(), o);
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            out.println("Saved the levelling delays into " + file.getFileName() + ".");
        }
        out.flush();
        return 0;
    }
}
