package org.genaiplan.schedule;

import org.genaiplan.model.DependencyType;

/**
 * One entry of a predecessors cell as read, before it is matched to a task: {@code 3SS+1d} is the task with
 * ID 3, start-to-start, one day of lag; {@code W1.2} is the task with WBS code 1.2, finish-to-start.
 *
 * @param text       the entry as typed (stripped), for messages
 * @param byWbsCode  true when {@code reference} is a WBS code, false when it is an ID
 * @param reference  the ID's digits or the WBS code, without any prefix
 * @param type       the link type, FS when none was typed
 * @param lagMinutes the lag in working minutes, negative for a lead
 */
public record PredecessorEntry(String text, boolean byWbsCode, String reference, DependencyType type,
                               long lagMinutes) {

    /** The entry named for a message: as typed, shortened when very long. */
    public String shown() {
        return "\"" + PredecessorScanner.shorten(text) + "\"";
    }
}
