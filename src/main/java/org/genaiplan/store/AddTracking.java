package org.genaiplan.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 5 to 6: baselines and actuals. A format-5 file had none, so it gains an empty
 * {@code tracking.json} (no baselines, none compared, the default EAC method, no actuals); nothing else
 * changes, so the plan opens exactly as before.
 */
final class AddTracking implements FormatUpgrade {
    @Override
    public int from() {
        return 5;
    }

    @Override
    public void apply(Map<String, com.fasterxml.jackson.databind.JsonNode> entries) {
        if (entries.containsKey(PackageFormat.TRACKING)) {
            throw new IllegalArgumentException("It already holds baselines, which format 5 did not have.");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode tracking = f.objectNode();
        tracking.set("baselines", f.arrayNode());
        tracking.putNull("compared");
        tracking.put("eacMethod", "REMAINING_AS_PLANNED");
        tracking.set("actuals", f.arrayNode());
        entries.put(PackageFormat.TRACKING, tracking);
    }
}
