package org.genaiplan.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The metadata record of a working store: which file it came from (if any) and that file's stamp, the
 * plan's name, when the plan file was first created, the last committed action, and whether the store
 * holds actions not yet saved to the file.
 */
public record StoreInfo(Optional<Path> originalFile, String planName, Instant created, Instant lastCommit,
                        boolean unsaved, FileStamp fileStamp) {
}
