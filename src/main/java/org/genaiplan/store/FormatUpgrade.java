package org.genaiplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One step of the upgrade chain: turns the entries of format {@link #from()} into those of format
 * {@code from() + 1}. Each version step is one class implementing this, added to
 * {@link FormatUpgrades#standard()}.
 */
public interface FormatUpgrade {
    /** The format this step reads. */
    int from();

    /**
     * Rewrites the entries (name to parsed JSON) in place: add, rename or drop entries and fields.
     * Throws {@link IllegalArgumentException} with a short reason when the old data cannot be upgraded.
     */
    void apply(Map<String, JsonNode> entries);
}
