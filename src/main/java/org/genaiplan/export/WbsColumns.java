package org.genaiplan.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the WBS columns of an imported table by their header text, loosely: case, spaces and punctuation do not
 * matter and common names from other tools count ("Task Name", "Outline Level", "Dur", "Resource Names"...).
 */
final class WbsColumns {
    enum Column {
        ID(Set.of("id", "uniqueid", "row", "no", "number", "taskid")),
        WBS(Set.of("wbs", "wbscode", "wbsnumber", "outlinenumber", "outlinecode", "code")),
        LEVEL(Set.of("outlinelevel", "level", "lvl", "indent", "indentlevel")),
        NAME(Set.of("name", "taskname", "task", "title", "activity", "activityname", "summary", "workitem",
                "tasktitle", "taskdescription")),
        DURATION(Set.of("duration", "dur", "durationdays", "durationindays", "days", "workingdays",
                "originalduration", "plannedduration")),
        PREDECESSORS(Set.of("predecessors", "predecessor", "preds", "pred", "dependson", "dependencies",
                "dependency")),
        START(Set.of("start", "startdate", "begin", "begins", "earlystart", "plannedstart", "from")),
        DEADLINE(Set.of("deadline", "deadlinedate", "duedate", "due", "dueby")),
        OWNER(Set.of("owner", "resourcenames", "resourcename", "resource", "resources", "assignedto", "assignee",
                "role", "ownerrole", "responsible")),
        PERCENT(Set.of("complete", "percentcomplete", "pctcomplete", "progress", "done", "completed",
                "percentdone")),
        OPTIMISTIC(Set.of("optimistic", "optimisticduration", "optimisticdays", "bestcase", "optimisticdur")),
        MOST_LIKELY(Set.of("mostlikely", "mostlikelyduration", "mostlikelydays", "likely", "mostlikelydur")),
        PESSIMISTIC(Set.of("pessimistic", "pessimisticduration", "pessimisticdays", "worstcase", "pessimisticdur")),
        DISTRIBUTION(Set.of("distribution", "durationdistribution"));

        final Set<String> names;

        Column(Set<String> names) {
            this.names = names;
        }
    }

    /** A header longer than this names no column (and is never run through the patterns). */
    static final int MAX_HEADER_CHARS = 200;

    private final Map<Column, Integer> index;

    private WbsColumns(Map<Column, Integer> index) {
        this.index = index;
    }

    static String normalise(String header) {
        String h = header == null ? "" : header.toLowerCase(Locale.ROOT).replace("%", "percent");
        StringBuilder kept = new StringBuilder(h.length());
        int depth = 0;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                kept.append(c);
            }
        }
        h = kept.toString();
        if (h.startsWith("percent") && h.length() > "percent".length()) {
            String rest = h.substring("percent".length());
            if (rest.equals("complete") || rest.equals("done")) {
                return "percent" + rest;
            }
        }
        return h;
    }

    /** The columns of a header row, or null when it has no name column. */
    static WbsColumns of(List<String> headers) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) == null || headers.get(i).length() > MAX_HEADER_CHARS) {
                continue;
            }
            String h = normalise(headers.get(i));
            if (h.isEmpty()) {
                continue;
            }
            for (Column c : Column.values()) {
                if (!index.containsKey(c) && c.names.contains(h)) {
                    index.put(c, i);
                    break;
                }
            }
        }
        if (!index.containsKey(Column.NAME)) {
            return null;
        }
        return new WbsColumns(index);
    }

    /** The column's position, or -1 when the table has none. */
    int at(Column column) {
        return index.getOrDefault(column, -1);
    }

    boolean has(Column column) {
        return index.containsKey(column);
    }

    /** The positions of the columns found, in order: an import keeps only these. */
    int[] used() {
        return index.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
