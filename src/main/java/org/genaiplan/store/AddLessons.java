package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 9 to 10: the lessons-learned log. A format-9 file had none, so it gets an empty log; nothing else changes.
 * A file claiming format 9 that already holds lessons was not written by a format-9 app and is refused.
 */
final class AddLessons implements FormatUpgrade {
    @Override
    public int from() {
        return 9;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.LESSONS)) {
            throw new IllegalArgumentException("it already has a lessons-learned log, which format 9 did not have");
        }
        ObjectNode lessons = JsonNodeFactory.instance.objectNode();
        lessons.putArray("lessons");
        entries.put(PackageFormat.LESSONS, lessons);
    }
}
