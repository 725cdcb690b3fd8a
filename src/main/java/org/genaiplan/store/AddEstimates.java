package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/**
 * Format 4 to 5: the tasks' three-point duration estimates, in their own entry. A format-4 file had none,
 * so the entry starts empty (every duration certain); nothing else changes.
 */
final class AddEstimates implements FormatUpgrade {
    @Override
    public int from() {
        return 4;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.ESTIMATES)) {
            throw new IllegalArgumentException("It already has estimates, which format 4 did not have.");
        }
        entries.put(PackageFormat.ESTIMATES, JsonNodeFactory.instance.arrayNode());
    }
}
