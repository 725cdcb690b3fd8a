package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 11 to 12: the lessons-learned log. A format-11 file had none, so it gets an empty log; nothing else changes.
 * A file claiming format 11 that already holds lessons was not written by a format-11 app and is refused.
 */
final class AddLessons implements FormatUpgrade {
    @Override
    public int from() {
        return 11;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.LESSONS)) {
            throw new IllegalArgumentException("it already has a lessons-learned log, which format 11 did not have");
        }
        ObjectNode lessons = JsonNodeFactory.instance.objectNode();
        lessons.putArray("lessons");
        entries.put(PackageFormat.LESSONS, lessons);
    }
}
