package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 7 to 8: the quality plan. A format-7 file had none, so it gets an empty one (no metrics, measurements,
 * issues or gates); nothing else changes.
 */
final class AddQualityPlan implements FormatUpgrade {
    @Override
    public int from() {
        return 7;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        if (entries.containsKey(PackageFormat.QUALITY)) {
            throw new IllegalArgumentException("it already has a quality plan, which format 7 did not have");
        }
        ObjectNode quality = JsonNodeFactory.instance.objectNode();
        quality.putArray("metrics");
        quality.putArray("measurements");
        quality.putArray("issues");
        quality.putArray("gates");
        entries.put(PackageFormat.QUALITY, quality);
    }
}
