package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 4 to 5: the quality plan. A format-4 file had none, so it gets an empty one (no metrics, measurements,
 * issues or gates); nothing else changes.
 */
final class AddQualityPlan implements FormatUpgrade {
    @Override
    public int from() {
        return 4;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.QUALITY)) {
            throw new IllegalArgumentException("it already has a quality plan, which format 4 did not have");
        }
        ObjectNode quality = JsonNodeFactory.instance.objectNode();
        quality.putArray("metrics");
        quality.putArray("measurements");
        quality.putArray("issues");
        quality.putArray("gates");
        entries.put(PackageFormat.QUALITY, quality);
    }
}
