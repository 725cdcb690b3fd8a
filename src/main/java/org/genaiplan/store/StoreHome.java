package org.genaiplan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's private per-user folder: working stores ({@code stores/}), lock files for open plans
 * ({@code locks/}) and the list of folders plans were saved into ({@code save-folders.txt}), so that
 * start-up can clear temporary files a crashed save left behind. The default is
 * {@code ~/.local/share/genaiplan}; the system property {@value #PROPERTY} overrides it.
 * One instance serves the whole app; it also remembers which locks this process holds.
 */
public final class StoreHome {
    private static final System.Logger LOG = System.getLogger(StoreHome.class.getName());
    public static final String PROPERTY = "genaiplan.home";
    private static final String SAVE_FOLDERS = "save-folders.txt";

    private final Path root;
    private final Set<String> heldLocks = ConcurrentHashMap.newKeySet();

    public StoreHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
        if (this.root.toString().contains(";")) {
            throw new IllegalArgumentException("the store folder may not contain ';': " + this.root);
        }
    }

    /** The folder named by {@value #PROPERTY}, or {@code ~/.local/share/genaiplan}. */
    public static StoreHome fromSystemProperties() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return new StoreHome(Path.of(override));
        }
        return new StoreHome(Path.of(System.getProperty("user.home"), ".local", "share", "genaiplan"));
    }

    public Path root() {
        return root;
    }

    public Path stores() {
        return root.resolve("stores");
    }

    public Path locks() {
        return root.resolve("locks");
    }

    /** Creates the folders (readable by this user only, where the file system has permissions). */
    public void ensureExists() throws IOException {
        for (Path dir : List.of(root, stores(), locks())) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
        }
    }

    /** Start-up housekeeping: removes temporary files of crashed saves in every folder saved into. */
    public int cleanStaleSaveFiles() {
        int removed = 0;
        for (Path folder : saveFolders()) {
            removed += PlanFileWriter.cleanStaleTempFiles(folder);
        }
        return removed;
    }

    /** The folders plans have been saved into. */
    public List<Path> saveFolders() {
        Path list = root.resolve(SAVE_FOLDERS);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Path.of(line.strip()));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    synchronized void registerSaveFolder(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Set<Path> folders = new LinkedHashSet<>(saveFolders());
        if (!folders.add(dir)) {
            return;
        }
        try {
            ensureExists();
            Path tmp = root.resolve(SAVE_FOLDERS + ".tmp");
            List<String> lines = folders.stream().map(Path::toString).toList();
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, root.resolve(SAVE_FOLDERS), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, root.resolve(SAVE_FOLDERS), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Only start-up cleaning of this folder is lost; saving cleans it too", e);
        }
    }

    /**
     * Takes the exclusive lock {@code lockFile}, held until the returned handle is closed; empty if this
     * process or another one holds it. Closing the handle deletes the lock file, while the lock is still held.
     * A lock can therefore land on a file its last holder has just deleted, so a new holder checks that the
     * path still shows the file it opened (by its file key, without opening it again: closing any other
     * channel to the file would drop the lock on some systems) and locks again when it does not.
     */
    Optional<HeldLock> tryLock(Path lockFile) throws IOException {
        String key = lockFile.toAbsolutePath().normalize().toString();
        if (!heldLocks.add(key)) {
            return Optional.empty();
        }
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                Optional<HeldLock> held = lockOnce(key, lockFile);
                if (held == null) {
                    continue;
                }
                if (held.isEmpty()) {
                    heldLocks.remove(key);
                }
                return held;
            }
            throw new IOException("the lock file " + lockFile.getFileName() + " keeps being replaced");
        } catch (IOException | RuntimeException e) {
            heldLocks.remove(key);
            throw e;
        }
    }

    /** The lock, empty when someone else holds it, or null when the file was replaced under it (try again). */
    private Optional<HeldLock> lockOnce(String key, Path lockFile) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            Object opened = fileKey(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            if (opened == null || !opened.equals(fileKey(lockFile))) {
                lock.release();
                channel.close();
                return null;
            }
            return Optional.of(new HeldLock(key, lockFile, channel, lock));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The file's identity (device and inode where the system has them), or null; a missing file has none. */
    private static Object fileKey(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key == null ? "no keys on this system" : key;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A lock this process holds; closing it deletes the lock file and releases the lock. */
    final class HeldLock implements AutoCloseable {
        private final String key;
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;
        private boolean released;

        private HeldLock(String key, Path file, FileChannel channel, FileLock lock) {
            this.key = key;
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public synchronized void close() {
            if (released) {
                return;
            }
            released = true;
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "The lock file stays (some systems keep an open file); it is reused", e);
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "The lock goes away with the process at the latest", e);
            } finally {
                heldLocks.remove(key);
            }
        }
    }
}
