package org.genaiplan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an exported file beside its target and moves it into place, so a failed or cancelled export
 * leaves any earlier file untouched and no half-written one behind. The file gets the user's usual
 * permissions (the umask), as any file the user saves, not the owner-only ones of a temporary file.
 */
public final class ReplaceFile {
    /** Writes the content; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReplaceFile() {
    }

    public static void write(Path target, String suffix, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(".export-" + java.util.UUID.randomUUID() + suffix + ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
