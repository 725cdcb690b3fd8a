package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Format 1 to 2: the cost model. A format-1 file has no cost data, so every task gets no cost lines and no
 * actual cost, every role is a rate the user chose (not an example), and the plan gets an empty price table
 * and no budget.
 */
final class AddCostModel implements FormatUpgrade {
    @Override
    public int from() {
        return 1;
    }

    @Override
    public void apply(Map<String, JsonNode> entries) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (JsonNode task : array(entries, PackageFormat.TASKS)) {
            ObjectNode t = object(task, "task");
            t.set("workActualCost", f.nullNode());
            t.set("costLines", f.arrayNode());
        }
        for (JsonNode role : array(entries, PackageFormat.ROLES)) {
            object(role, "role").put("example", false);
        }
        if (entries.containsKey(PackageFormat.COSTS)) {
            throw new IllegalArgumentException("It already holds a price table, which format 1 did not have.");
        }
        ObjectNode costs = f.objectNode();
        costs.set("pricedOn", f.nullNode());
        costs.set("gpus", f.arrayNode());
        costs.set("models", f.arrayNode());
        costs.set("budget", f.nullNode());
        costs.set("phaseBudgets", f.arrayNode());
        entries.put(PackageFormat.COSTS, costs);
    }

    private static JsonNode array(Map<String, JsonNode> entries, String name) {
        JsonNode node = entries.get(name);
        if (node == null) {
            return JsonNodeFactory.instance.arrayNode(); // the missing entry is reported after the upgrade
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("The entry \"" + name + "\" is not a list.");
        }
        return node;
    }

    private static ObjectNode object(JsonNode node, String what) {
        if (!(node instanceof ObjectNode o)) {
            throw new IllegalArgumentException("A " + what + " entry is not an object.");
        }
        return o;
    }
}
