package org.genaiplan.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaiplan.export.ImportException;

/**
 * Refuses XML that declares a document type or entities before any parser sees it: plan files never need
 * them, and they are how external-entity (XXE) and entity-expansion ("billion laughs") attacks work. The
 * readers' own parsers refuse DOCTYPE too; this check names the reason in one sentence and does not depend on it.
 */
final class XmlGuard {
    private static final byte[][] MARKERS = {
            "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII),
            "<!ENTITY".getBytes(StandardCharsets.US_ASCII),
            "<!doctype".getBytes(StandardCharsets.US_ASCII)
    };
    private static final int OVERLAP = 16;

    private XmlGuard() {
    }

    static void check(Path file, String shown) throws ImportException, IOException {
        byte[] buffer = new byte[1 << 16];
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer, kept, buffer.length - kept)) > 0) {
                int end = kept + read;
                if (find(buffer, end)) {
                    throw new ImportException(shown + " declares a document type or entities, which plan files never"
                            + " need and which can be used to read other files or exhaust memory; it was not opened.");
                }
                kept = Math.min(OVERLAP, end);
                System.arraycopy(buffer, end - kept, buffer, 0, kept);
            }
        }
    }

    private static boolean find(byte[] data, int end) {
        for (int i = 0; i < end; i++) {
            if (data[i] != '<') {
                continue;
            }
            for (byte[] marker : MARKERS) {
                if (matches(data, end, i, marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(byte[] data, int end, int at, byte[] marker) {
        if (at + marker.length > end) {
            return false;
        }
        for (int j = 0; j < marker.length; j++) {
            if (data[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }
}
