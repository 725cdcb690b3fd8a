package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 3 to 4: a deadline per task. A format-3 file had none, so every task gets no deadline
 * ({@code "deadline": null}); nothing else changes.
 */
final class AddTaskDeadlines implements FormatUpgrade {
    @Override
    public int from() {
        return 3;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        JsonNode tasks = entries.get(PackageFormat.TASKS);
        if (tasks == null) {
            return; // the missing entry is reported after the upgrade
        }
        if (!tasks.isArray()) {
            throw new IllegalArgumentException("The entry \"" + PackageFormat.TASKS + "\" is not a list.");
        }
        for (JsonNode task : tasks) {
            if (!(task instanceof ObjectNode t)) {
                throw new IllegalArgumentException("A task entry is not an object.");
            }
            if (t.has("deadline")) {
                throw new IllegalArgumentException("A task already has a deadline, which format 3 did not have.");
            }
            t.putNull("deadline");
        }
    }
}
