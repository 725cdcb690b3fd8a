package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 2 to 3: project information and people. A format-2 file's single holidays become one-day, unnamed
 * calendar exceptions; it has no status date, and new tasks took one working day, so that is its default
 * duration. Its roles are full time (100 % max units) with no availability note, and it lists no people.
 */
final class AddProjectSettingsAndPeople implements FormatUpgrade {
    @Override
    public int from() {
        return 2;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode planNode = entries.get(PackageFormat.PLAN);
        if (planNode != null) { // a missing entry is reported after the upgrade
            ObjectNode plan = object(planNode, "plan settings");
            JsonNode holidays = plan.remove("holidays");
            if (holidays != null && !holidays.isNull() && !holidays.isArray()) {
                throw new IllegalArgumentException("Its holidays are not a list.");
            }
            ArrayNode exceptions = f.arrayNode();
            if (holidays != null) {
                for (JsonNode day : holidays) {
                    exceptions.addObject().<ObjectNode>set("first", day).<ObjectNode>set("last", day).putNull("name");
                }
            }
            plan.set("exceptions", exceptions);
            plan.putNull("statusDate");
            JsonNode perDay = plan.get("minutesPerDay");
            plan.set("defaultDurationMinutes", perDay == null ? f.nullNode() : perDay);
        }
        JsonNode roles = entries.get(PackageFormat.ROLES);
        if (roles != null) {
            if (!roles.isArray()) {
                throw new IllegalArgumentException("The entry \"" + PackageFormat.ROLES + "\" is not a list.");
            }
            for (JsonNode role : roles) {
                object(role, "role").put("maxUnits", 100).put("availability", "");
            }
        }
        if (entries.containsKey(PackageFormat.PEOPLE)) {
            throw new IllegalArgumentException("It already lists people, which format 2 did not have.");
        }
        entries.put(PackageFormat.PEOPLE, f.arrayNode());
    }

    private static ObjectNode object(JsonNode node, String what) {
        if (!(node instanceof ObjectNode o)) {
            throw new IllegalArgumentException("A " + what + " entry is not an object.");
        }
        return o;
    }
}
