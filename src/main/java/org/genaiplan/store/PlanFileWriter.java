package org.genaiplan.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves a file so that a crash at any moment leaves either the old or the new version under the target
 * name, never a broken one: the content goes to a temporary file in the target's folder, is forced to
 * disk, the previous file is kept as {@code NAME.bak}, and the temporary file is moved over the target with
 * {@code ATOMIC_MOVE}. Temporary files are named {@code .genaiplan-save-PID-START-RANDOM.tmp}; those of
 * processes that no longer run are removed when saving into the folder and at start-up.
 */
public final class PlanFileWriter {
    private static final System.Logger LOG = System.getLogger(PlanFileWriter.class.getName());
    static final String TEMP_PREFIX = ".genaiplan-save-";
    private static final Pattern TEMP_NAME = Pattern.compile(
            Pattern.quote(TEMP_PREFIX) + "(\\d+)-(\\d+)-[0-9a-f]{32}\\.tmp");

    /** Writes the file's content; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final StoreHome home;

    public PlanFileWriter(StoreHome home) {
        this.home = home;
    }

    /**
     * Writes {@code target} safely. {@code expected} is the stamp of the file when it was opened or last
     * saved; if the file on disk differs from it, nothing is written. Pass null when the target is new
     * or the user chose to replace it.
     *
     * @return the stamp of the new file
     */
    public FileStamp write(Path target, FileStamp expected, Content content) throws PlanFileException {
        Path file = target.toAbsolutePath().normalize();
        String name = PlanFileException.nameOf(file);
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new PlanFileException(name + " cannot be saved because its folder does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new PlanFileException(name + " cannot be saved because a folder has that name.");
        }
        cleanStaleTempFiles(dir);
        home.registerSaveFolder(dir);
        try {
            if (expected != null && Files.exists(file) && expected.differsFrom(file)) {
                throw new PlanFileException(name + " was changed on disk by another program since it was opened,"
                        + " so it was not overwritten; save under another name to keep both versions.");
            }
        } catch (IOException e) {
            throw new PlanFileException(name + " cannot be checked before saving (" + reason(e) + ").", e);
        }
        Path tmp = dir.resolve(tempName());
        try {
            MessageDigest digest = FileStamp.newDigest();
            long size;
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                CountingStream counter = new CountingStream(Channels.newOutputStream(channel));
                OutputStream out = new BufferedOutputStream(new DigestOutputStream(counter, digest), 1 << 16);
                content.writeTo(out);
                out.flush();
                size = counter.count;
                channel.force(true);
            }
            if (Files.exists(file)) {
                keepBackup(file, dir);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(dir);
            return new FileStamp(size, Files.getLastModifiedTime(file), HexFormat.of().formatHex(digest.digest()));
        } catch (AtomicMoveNotSupportedException e) {
            throw new PlanFileException(name + " cannot be saved safely there because the drive cannot replace"
                    + " files in one step; the previous version is unchanged.", e);
        } catch (AccessDeniedException e) {
            throw new PlanFileException(name + " cannot be saved because the folder or file is write-protected;"
                    + " the previous version is unchanged.", e);
        } catch (IOException e) {
            throw new PlanFileException(name + " could not be saved (" + reason(e)
                    + "); the previous version is unchanged.", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // removed by the next cleaning of this folder
                LOG.log(System.Logger.Level.DEBUG, "A temporary file was left to the next cleaning", e);
            }
        }
    }

    /** The previous file becomes NAME.bak (a hard link where possible, else a copy), replaced in one step. */
    private void keepBackup(Path file, Path dir) throws IOException {
        Path bak = dir.resolve(file.getFileName() + ".bak");
        Path tmp = dir.resolve(tempName());
        try {
            try {
                Files.createLink(tmp, file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.deleteIfExists(tmp);
                Files.copy(file, tmp);
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            Files.move(tmp, bak, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a folder; the rename is already done
            LOG.log(System.Logger.Level.DEBUG, "The folder could not be synced after the rename", e);
        }
    }

    private static String tempName() {
        ProcessHandle self = ProcessHandle.current();
        return TEMP_PREFIX + self.pid() + "-" + startMillis(self) + "-"
                + UUID.randomUUID().toString().replace("-", "") + ".tmp";
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** Removes temporary save files in {@code folder} whose process has ended; returns how many. */
    public static int cleanStaleTempFiles(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, TEMP_PREFIX + "*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMP_NAME.matcher(f.getFileName().toString());
                if (m.matches() && !isRunning(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))
                        && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that is gone or unreadable has nothing to clean
            LOG.log(System.Logger.Level.DEBUG, "Nothing cleaned in a folder that could not be read", e);
        }
        return removed;
    }

    private static boolean isRunning(long pid, long startMillis) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        long start = startMillis(p.get());
        return start == 0 || startMillis == 0 || Math.abs(start - startMillis) < 2000;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "an input or output error" : e.getMessage();
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
