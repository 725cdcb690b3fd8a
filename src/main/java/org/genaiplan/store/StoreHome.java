package org.genaiplan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
            // Only start-up cleaning of this folder is lost; saving itself cleans it as well.
        }
    }

    /**
     * Takes the exclusive lock {@code lockFile}, held until the returned handle is closed; empty if this
     * process or another one holds it.
     */
    Optional<HeldLock> tryLock(Path lockFile) throws IOException {
        String key = lockFile.toAbsolutePath().normalize().toString();
        if (!heldLocks.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                heldLocks.remove(key);
                return Optional.empty();
            }
            return Optional.of(new HeldLock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            heldLocks.remove(key);
            throw e;
        }
    }

    /** A lock this process holds; closing it releases the lock. */
    final class HeldLock implements AutoCloseable {
        private final String key;
        private final FileChannel channel;
        private final FileLock lock;
        private boolean released;

        private HeldLock(String key, FileChannel channel, FileLock lock) {
            this.key = key;
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
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock goes away with the process at the latest
            } finally {
                heldLocks.remove(key);
            }
        }
    }
}
