package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 6 to 7: the capacity entry (GPU pools, assignments, leave, levelling delays). A format-6 file had
 * none, so it gets an empty one; nothing else changes.
 */
final class AddCapacity implements FormatUpgrade {
    @Override
    public int from() {
        return 6;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.CAPACITY)) {
            throw new IllegalArgumentException("The file already has a capacity entry, which format 6 did not have.");
        }
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        empty.putArray("pools");
        empty.putArray("loads");
        empty.putArray("leave");
        entries.put(PackageFormat.CAPACITY, empty);
    }
}
