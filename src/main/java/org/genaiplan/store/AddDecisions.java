package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 8 to 9: the GenAI decisions (each task's technique, each role's responsibilities, the model selection). A format-8 file had
 * none, so it gets an empty decisions entry; nothing else changes.
 */
final class AddDecisions implements FormatUpgrade {
    @Override
    public int from() {
        return 8;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.DECISIONS)) {
            throw new IllegalArgumentException("it already has decisions, which format 8 did not have");
        }
        ObjectNode decisions = JsonNodeFactory.instance.objectNode();
        decisions.putArray("techniques");
        decisions.putArray("responsibilities");
        ObjectNode selection = decisions.putObject("selection");
        selection.putArray("criteria");
        selection.putArray("candidates");
        selection.putNull("decision");
        entries.put(PackageFormat.DECISIONS, decisions);
    }
}
