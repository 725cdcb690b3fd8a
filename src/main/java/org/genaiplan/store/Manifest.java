package org.genaiplan.store;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code manifest.json} entry: who wrote the package, in which format, when, and the SHA-256 (hex)
 * of every other entry.
 */
public record Manifest(String application, int formatVersion, String appVersion, Instant created,
                       Instant modified, Map<String, String> entries) {

    public Manifest {
        entries = entries == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
    }
}
