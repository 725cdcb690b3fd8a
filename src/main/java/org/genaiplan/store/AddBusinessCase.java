package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 10 to 11: the business case, kept in decisions.json, and infrastructure cost lines. A format-10 file had
 * neither, so its decisions get an empty business case (nothing entered); nothing else changes. (Human
 * evaluation lines keep their kind; only the category they report under is new, worked out from the kind.) A format-10 file without decisions.json stays
 * without it (a reader takes that as no decisions).
 */
final class AddBusinessCase implements FormatUpgrade {
    @Override
    public int from() {
        return 10;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        JsonNode tasks = entries.get(PackageFormat.TASKS);
        if (tasks != null) {
            for (JsonNode task : tasks) {
                for (JsonNode line : task.path("costLines")) {
                    if (CostKind.INFRASTRUCTURE.name().equals(line.path("kind").asText())) {
                        throw new IllegalArgumentException("it has an infrastructure cost line, which format 10 did not have");
                    }
                }
            }
        }
        JsonNode decisions = entries.get(PackageFormat.DECISIONS);
        if (decisions == null) {
            return;
        }
        if (!(decisions instanceof ObjectNode object)) {
            throw new IllegalArgumentException("its decisions are not an object");
        }
        if (object.has("businessCase")) {
            throw new IllegalArgumentException("it already has a business case, which format 10 did not have");
        }
        object.putNull("businessCase");
    }
}
