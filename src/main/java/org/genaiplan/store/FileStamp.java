package org.genaiplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a plan file looked like when it was opened or last saved: size, modification time and SHA-256.
 * A save compares it with the file on disk to notice that someone else changed the file meanwhile.
 */
public record FileStamp(long size, FileTime modified, String sha256) {

    /** The stamp of {@code file} now, or null if there is no such file. */
    public static FileStamp of(Path file) throws IOException {
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            MessageDigest digest = newDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new FileStamp(size, modified, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** True if the file on disk holds other bytes than when this stamp was taken (or is gone). */
    public boolean differsFrom(Path file) throws IOException {
        long size;
        FileTime time;
        try {
            size = Files.size(file);
            time = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            return true;
        }
        if (size != this.size) {
            return true;
        }
        if (time.equals(modified)) {
            return false;
        }
        FileStamp now = of(file);
        return now == null || !now.sha256().equals(sha256);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(newDigest().digest(data));
    }
}
