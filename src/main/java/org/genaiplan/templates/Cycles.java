package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a loop in a small directed graph by depth-first search. */
final class Cycles {
    private Cycles() {
    }

    /** One loop as a list of nodes that starts and ends with the same node, or an empty list. */
    static List<String> find(Collection<String> nodes, Map<String, List<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : nodes) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            path.add(start);
            next.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String node = path.get(top);
                List<String> out = edges.getOrDefault(node, List.of());
                int i = next.get(top);
                if (i < out.size()) {
                    next.set(top, i + 1);
                    String succ = out.get(i);
                    Integer s = state.get(succ);
                    if (s == null) {
                        state.put(succ, 1);
                        path.add(succ);
                        next.add(0);
                    } else if (s == 1) {
                        List<String> loop = new ArrayList<>(path.subList(path.indexOf(succ), path.size()));
                        loop.add(succ);
                        return loop;
                    }
                } else {
                    state.put(node, 2);
                    path.remove(top);
                    next.remove(top);
                }
            }
        }
        return List.of();
    }
}
