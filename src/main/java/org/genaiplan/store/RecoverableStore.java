package org.genaiplan.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A working store a crashed session left behind: which file the plan came from (empty for a plan never
 * saved), the plan's name and when its last action was committed. {@code readable} is false when the
 * store's record cannot be read; it can then only be discarded.
 */
public record RecoverableStore(String id, Optional<Path> originalFile, String planName, Instant lastCommit,
                               boolean readable) {

    /** The plan's name for messages, or a stand-in when the store cannot be read. */
    public String label() {
        return planName == null || planName.isBlank() ? "an unreadable plan" : planName;
    }
}
