package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.templates.Specs.TaskSpec;

/** Creates the tasks and dependencies of a checked task tree in a plan. */
final class TaskBuilder {
    private TaskBuilder() {
    }

    /** What was built: the new top tasks in order, and every new task by its key in the data file. */
    record Built(List<Task> roots, Map<String, Task> byKey) {
    }

    /**
     * Inserts the trees of {@code specs} under {@code parent} (null: top level) from position {@code index}
     * on, then links them. Tasks without a phase take their parent's.
     */
    static Built build(Plan plan, Task parent, int index, List<TaskSpec> specs, Map<String, Technique> techniques) {
        return build(plan, parent, index, specs, techniques, UnaryOperator.identity());
    }

    /** As above, with each phase written in the data passed through {@code phases} first. */
    static Built build(Plan plan, Task parent, int index, List<TaskSpec> specs, Map<String, Technique> techniques,
                       UnaryOperator<String> phases) {
        Map<String, Task> byKey = new LinkedHashMap<>();
        List<Task> roots = new ArrayList<>(specs.size());
        String parentPhase = parent == null ? null : parent.phase();
        for (int i = 0; i < specs.size(); i++) {
            Task root = plan.addTask(parent, index + i, specs.get(i).name().strip());
            fill(plan, root, specs.get(i), parentPhase, techniques, phases, byKey);
            roots.add(root);
        }
        WorkingCalendar calendar = plan.calendar();
        forEach(specs, spec -> {
            Task successor = byKey.get(spec.key());
            for (String text : spec.after()) {
                Link link = Link.parse(text);
                Task predecessor = byKey.get(link.key());
                plan.addDependency(new Dependency(predecessor.id(), successor.id(), link.type(),
                        Days.toMinutes(link.lagDays(), calendar)));
            }
        });
        return new Built(List.copyOf(roots), byKey);
    }

    private static void fill(Plan plan, Task task, TaskSpec spec, String inheritedPhase,
                             Map<String, Technique> techniques, UnaryOperator<String> phases, Map<String, Task> byKey) {
        byKey.put(spec.key().strip(), task);
        String phase = spec.phase() == null || spec.phase().isBlank() ? inheritedPhase : phases.apply(spec.phase().strip());
        task.setPhase(phase);
        task.setOwnerRole(spec.owner());
        String notes = spec.notes() == null ? "" : spec.notes().strip();
        if (spec.technique() != null) {
            task.setTechnique(techniques.get(spec.technique()).id());
        }
        if (spec.technique() != null && spec.days() == null) {
            Technique technique = techniques.get(spec.technique());
            task.setDurationMinutes(Days.toMinutes(technique.defaultDays(), plan.calendar()));
            notes = notes.isEmpty() ? technique.noteLine() : notes + "\n" + technique.noteLine();
        } else if (spec.isMilestone()) {
            task.setMilestone(true);
        } else if (!spec.isSummary()) {
            task.setDurationMinutes(Days.toMinutes(spec.days(), plan.calendar()));
        }
        task.setNotes(notes);
        if (!spec.costs().isEmpty()) {
            task.setCostLines(CostSpecs.lines(spec.costs()));
        }
        for (TaskSpec child : spec.children()) {
            fill(plan, plan.addTask(task, child.name().strip()), child, phase, techniques, phases, byKey);
        }
    }

    static void forEach(List<TaskSpec> specs, java.util.function.Consumer<TaskSpec> action) {
        for (TaskSpec spec : specs) {
            action.accept(spec);
            forEach(spec.children(), action);
        }
    }
}
