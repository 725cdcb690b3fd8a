package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaiplan.templates.Specs.RiskRef;
import org.genaiplan.templates.Specs.TaskSpec;

/**
 * Checks a task tree of a template or fragment before anything is built from it: unique keys, names,
 * a phase on every task, sane durations, known owners and techniques, resolvable predecessors and no
 * dependency cycles. Each problem is one sentence that names the file and the task.
 */
final class SpecCheck {
    /** A year of working days; anything longer in a template is a typing error. */
    static final double MAX_DAYS = 260;

    private final String file;

    SpecCheck(String file) {
        this.file = file;
    }

    TemplateDataException fail(String problem) {
        return new TemplateDataException(file + ": " + problem);
    }

    String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw fail(what + " is missing.");
        }
        return value.strip();
    }

    /** Checks the tree and returns its tasks by key, in outline order. */
    Map<String, TaskSpec> tasks(List<TaskSpec> roots, Set<String> roles, Map<String, Technique> techniques) {
        if (roots.isEmpty()) {
            throw fail("there are no tasks.");
        }
        Map<String, TaskSpec> byKey = new LinkedHashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        walk(roots, null, null, byKey, parentOf, roles, techniques);
        checkLinks(byKey, parentOf);
        return byKey;
    }

    private void walk(List<TaskSpec> level, String parentKey, String inheritedPhase, Map<String, TaskSpec> byKey,
                      Map<String, String> parentOf, Set<String> roles, Map<String, Technique> techniques) {
        for (TaskSpec t : level) {
            if (t == null) {
                throw fail("a task entry is empty" + (parentKey == null ? "." : " under \"" + parentKey + "\"."));
            }
            String key = text(t.key(), "the key of a task named \"" + t.name() + "\"");
            if (byKey.put(key, t) != null) {
                throw fail("the task key \"" + key + "\" is used twice.");
            }
            parentOf.put(key, parentKey);
            text(t.name(), "the name of task \"" + key + "\"");
            String phase = t.phase() == null || t.phase().isBlank() ? inheritedPhase : t.phase();
            if (phase == null) {
                throw fail("task \"" + key + "\" has no phase (set it on the task or on a parent).");
            }
            if (t.owner() != null && !roles.contains(t.owner())) {
                throw fail("task \"" + key + "\" is owned by \"" + t.owner() + "\", which is not a role of this file.");
            }
            if (t.isSummary()) {
                if (t.days() != null || t.technique() != null) {
                    throw fail("task \"" + key + "\" has sub-tasks, so its duration comes from them; remove its days or technique.");
                }
                walk(t.children(), key, phase, byKey, parentOf, roles, techniques);
            } else if (t.technique() != null && !techniques.containsKey(t.technique())) {
                throw fail("task \"" + key + "\" uses the technique \"" + t.technique() + "\", which is not in the techniques table.");
            } else if (t.technique() == null || t.days() != null) {
                // with both, the days set the duration and the technique is only recorded on the task
                Double days = t.days();
                if (days == null) {
                    throw fail("task \"" + key + "\" needs a duration in days (0 for a milestone) or a technique.");
                }
                if (days.isNaN() || days < 0 || days > MAX_DAYS) {
                    throw fail("task \"" + key + "\" lasts " + days + " days; durations run from 0 to " + (int) MAX_DAYS + " working days.");
                }
            }
        }
    }

    private void checkLinks(Map<String, TaskSpec> byKey, Map<String, String> parentOf) {
        Map<String, List<String>> successors = new HashMap<>();
        for (TaskSpec t : byKey.values()) {
            Set<String> seen = new HashSet<>();
            for (String text : t.after()) {
                Link link = Link.parse(text);
                if (link == null) {
                    throw fail("task \"" + t.key() + "\" has the predecessor \"" + text
                            + "\"; write it as \"key\", \"key SS\" or \"key FS+2\".");
                }
                if (!byKey.containsKey(link.key())) {
                    throw fail("task \"" + t.key() + "\" waits for \"" + link.key() + "\", which is not a task of this file.");
                }
                if (link.key().equals(t.key())) {
                    throw fail("task \"" + t.key() + "\" cannot wait for itself.");
                }
                if (isAncestor(link.key(), t.key(), parentOf) || isAncestor(t.key(), link.key(), parentOf)) {
                    throw fail("task \"" + t.key() + "\" and \"" + link.key() + "\" are in the same branch; link tasks of different branches only.");
                }
                if (!seen.add(link.key())) {
                    throw fail("task \"" + t.key() + "\" lists \"" + link.key() + "\" twice as a predecessor.");
                }
                if (Math.abs(link.lagDays()) > MAX_DAYS) {
                    throw fail("task \"" + t.key() + "\" has a lag of " + link.lagDays() + " days on \"" + link.key() + "\"; that is too long.");
                }
                successors.computeIfAbsent(link.key(), k -> new ArrayList<>()).add(t.key());
            }
        }
        List<String> cycle = Cycles.find(byKey.keySet(), successors);
        if (!cycle.isEmpty()) {
            throw fail("the predecessors form a loop: " + String.join(" -> ", cycle) + ".");
        }
    }

    private static boolean isAncestor(String ancestor, String key, Map<String, String> parentOf) {
        for (String p = parentOf.get(key); p != null; p = parentOf.get(p)) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Checks that every starter risk exists in the library and links tasks of this file. */
    void risks(List<RiskRef> refs, Map<String, TaskSpec> tasks, RiskLibrary library) {
        Set<String> seen = new HashSet<>();
        for (RiskRef ref : refs) {
            if (ref == null) {
                throw fail("a risk entry is empty.");
            }
            String id = text(ref.risk(), "the library id of a starter risk");
            if (library.find(id).isEmpty()) {
                throw fail("the starter risk \"" + id + "\" is not in the risk library.");
            }
            if (!seen.add(id)) {
                throw fail("the starter risk \"" + id + "\" is listed twice.");
            }
            for (String key : ref.tasks()) {
                if (!tasks.containsKey(key)) {
                    throw fail("the risk \"" + id + "\" links the task \"" + key + "\", which is not a task of this file.");
                }
            }
        }
    }
}
