package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 9 to 10: people and communication (stakeholder register, RACI matrix, communication plan). A format-9
 * file had none, so it gets an empty stakeholders entry; nothing else changes.
 */
final class AddStakeholders implements FormatUpgrade {
    @Override
    public int from() {
        return 9;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.STAKEHOLDERS)) {
            throw new IllegalArgumentException("it already has stakeholders, which format 9 did not have");
        }
        ObjectNode people = JsonNodeFactory.instance.objectNode();
        people.putArray("stakeholders");
        people.putArray("raci");
        people.putArray("communications");
        entries.put(PackageFormat.STAKEHOLDERS, people);
    }
}
