package org.genaiplan.ui.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.ui.CatalogEntry;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.DocumentService;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.command.PasteTasksCommand;
import org.genaiplan.ui.command.PlanFragment;
import org.genaiplan.ui.command.TaskSubtree;

/** A document service for GUI tests of the window logic: "files" are subtrees kept in memory. */
public final class MemoryDocuments implements DocumentService {
    public final Map<Path, TaskSubtree> files = new HashMap<>();
    public final Map<String, TaskSubtree> fragments = new HashMap<>();
    public final List<String> log = new ArrayList<>();
    public int commits;

    @Override
    public PlanSession createNew() {
        return new Session(new Plan("Untitled plan", LocalDate.of(2026, 3, 2)), null);
    }

    @Override
    public PlanSession open(Path file) throws DocumentException {
        TaskSubtree saved = files.get(file);
        if (saved == null) {
            throw new DocumentException(file.getFileName() + " is not a GenAI Planner plan.");
        }
        Plan plan = new Plan("Opened", LocalDate.of(2026, 3, 2));
        new PasteTasksCommand(saved, 0, 0).execute(plan);
        plan.changes().drain();
        log.add("open " + file.getFileName());
        return new Session(plan, file);
    }

    /** An unsaved document over {@code plan}. */
    public PlanSession session(Plan plan) {
        return new Session(plan, null);
    }

    @Override
    public PlanSession adopt(Plan plan) {
        log.add("adopt " + plan.name());
        return session(plan);
    }

    @Override
    public List<CatalogEntry> templates() {
        return List.of();
    }

    @Override
    public PlanSession createFromTemplate(String templateId) throws DocumentException {
        throw new DocumentException("No such template.");
    }

    @Override
    public List<CatalogEntry> fragments() {
        return fragments.keySet().stream().sorted().map(k -> new CatalogEntry(k, k, "")).toList();
    }

    @Override
    public PlanFragment fragment(String fragmentId) throws DocumentException {
        TaskSubtree f = fragments.get(fragmentId);
        if (f == null) {
            throw new DocumentException("No such work package.");
        }
        return PlanFragment.of(fragmentId, f);
    }

    private final class Session implements PlanSession {
        private final Plan plan;
        private Path file;

        Session(Plan plan, Path file) {
            this.plan = plan;
            this.file = file;
        }

        @Override
        public Plan plan() {
            return plan;
        }

        @Override
        public Optional<Path> file() {
            return Optional.ofNullable(file);
        }

        @Override
        public void commit(org.genaiplan.model.ChangeLog.Changes changes) {
            commits++;
        }

        /** A snapshot now; "writing" stores it under the file name; finishing makes it the session's file. */
        @Override
        public Save prepareSave(Path target) {
            Path to = target == null ? file : target;
            TaskSubtree snapshot = TaskSubtree.copyOf(plan, plan.roots());
            return new Save() {
                @Override
                public Path target() {
                    return to;
                }

                @Override
                public void write() {
                    files.put(to, snapshot);
                    log.add("save " + to.getFileName());
                }

                @Override
                public void finish() {
                    file = to;
                }

                @Override
                public void abandon() {
                    log.add("abandon " + to.getFileName());
                }
            };
        }

        @Override
        public void close() {
            log.add("close");
        }
    }
}
