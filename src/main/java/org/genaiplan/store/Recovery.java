package org.genaiplan.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the working stores that sessions left behind when they crashed (no live process holds their
 * lock), and recovers or discards them. Stores with nothing unsaved are removed silently: their file
 * already holds everything.
 */
public final class Recovery {
    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());

    private Recovery() {
    }

    /** The stores with unsaved actions that no running app owns, newest first. */
    public static List<RecoverableStore> find(StoreHome home) {
        List<RecoverableStore> found = new ArrayList<>();
        if (!Files.isDirectory(home.stores())) {
            return found;
        }
        for (String id : storeIds(home)) {
            inspect(home, id).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(RecoverableStore::lastCommit,
                Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }

    /** Opens a left-behind store as a document with every action it committed; it still needs saving. */
    public static PlanDocument recover(RecoverableStore store, StoreHome home) throws PlanFileException {
        return PlanDocument.resume(home, store.id());
    }

    /** Deletes a left-behind store for good. */
    public static void discard(RecoverableStore store, StoreHome home) throws PlanFileException {
        StoreHome.HeldLock lock;
        try {
            lock = home.tryLock(PlanDocument.storeLockFile(home, store.id())).orElseThrow(
                    () -> new PlanFileException("The working copy of " + store.label()
                            + " is in use by a running GenAI Planner."));
        } catch (IOException e) {
            throw new PlanFileException("The working copy of " + store.label() + " cannot be locked.", e);
        }
        try {
            WorkingStore.deleteFiles(home.stores(), store.id());
        } catch (IOException e) {
            throw new PlanFileException("The working copy of " + store.label() + " cannot be deleted.", e);
        } finally {
            lock.close();
        }
    }

    private static List<String> storeIds(StoreHome home) {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.stores(), "*" + WorkingStore.DB_SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - WorkingStore.DB_SUFFIX.length());
                try {
                    UUID.fromString(id);
                    ids.add(id);
                } catch (IllegalArgumentException e) {
                    // not one of ours
                    LOG.log(System.Logger.Level.DEBUG, "Not a working store of this app", e);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return ids;
    }

    private static Optional<RecoverableStore> inspect(StoreHome home, String id) {
        Path lockFile = PlanDocument.storeLockFile(home, id);
        try (StoreHome.HeldLock lock = home.tryLock(lockFile).orElse(null)) {
            if (lock == null) {
                return Optional.empty(); // a live session owns it
            }
            if (Files.size(home.stores().resolve(id + WorkingStore.DB_SUFFIX)) == 0) {
                WorkingStore.deleteFiles(home.stores(), id); // created but never written: holds nothing
                return Optional.empty();
            }
            StoreInfo info;
            try (WorkingStore store = WorkingStore.open(home, id)) {
                info = store.info();
            } catch (SQLException | RuntimeException e) {
                Instant when = lastModified(home.stores().resolve(id + WorkingStore.DB_SUFFIX));
                return Optional.of(new RecoverableStore(id, Optional.empty(), null, when, false));
            }
            if (!info.unsaved()) {
                WorkingStore.deleteFiles(home.stores(), id);
                return Optional.empty();
            }
            return Optional.of(new RecoverableStore(id, info.originalFile(), info.planName(), info.lastCommit(), true));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }
}
