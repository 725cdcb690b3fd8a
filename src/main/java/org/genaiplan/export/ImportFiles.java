package org.genaiplan.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** The checks every import makes before it reads a byte: a regular file, not larger than the import takes. */
final class ImportFiles {
    private ImportFiles() {
    }

    static void check(Path file, String shown, long maxBytes) throws ImportException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ImportException(shown + " was not found.");
        } catch (IOException e) {
            throw unreadable(shown, e);
        }
        if (attributes.isDirectory()) {
            throw new ImportException(shown + " is a folder, not a table to import.");
        }
        if (!attributes.isRegularFile()) {
            throw new ImportException(shown + " is not a regular file (it may be a device or a pipe), so it was not read.");
        }
        if (attributes.size() > maxBytes) {
            throw new ImportException(shown + " is larger than " + (maxBytes >> 20) + " MB, more than an import"
                    + " takes; split it into smaller files.");
        }
    }

    /** One sentence for a file that could not be read; the system's own reason where it gives one. */
    static ImportException unreadable(String shown, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ImportException(shown + " cannot be read: permission denied.", e);
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return new ImportException(shown + " could not be read (" + f.getReason().toLowerCase(Locale.ROOT) + ").", e);
        }
        return new ImportException(shown + " could not be read.", e);
    }
}
