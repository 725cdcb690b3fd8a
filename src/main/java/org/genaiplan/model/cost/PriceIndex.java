package org.genaiplan.model.cost;

import java.util.HashMap;
import java.util.Map;

/**
 * A price table's GPU types and models by name (ignoring case), for the lookups every cost line makes: one
 * map access instead of a scan of the table.
 */
public record PriceIndex(Map<String, GpuPrice> gpus, Map<String, TokenPrice> models) {

    public static PriceIndex of(PriceTable table) {
        Map<String, GpuPrice> gpus = new HashMap<>(table.gpus().size() * 2);
        for (GpuPrice g : table.gpus()) {
            gpus.put(PriceTable.key(g.name()), g);
        }
        Map<String, TokenPrice> models = new HashMap<>(table.models().size() * 2);
        for (TokenPrice m : table.models()) {
            models.put(PriceTable.key(m.model()), m);
        }
        return new PriceIndex(Map.copyOf(gpus), Map.copyOf(models));
    }

    /** The price of a GPU type, or null. */
    public GpuPrice gpu(String name) {
        return gpus.get(PriceTable.key(name));
    }

    /** The token prices of a model, or null. */
    public TokenPrice model(String name) {
        return models.get(PriceTable.key(name));
    }
}
