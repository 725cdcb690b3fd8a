package org.genaiplan.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.genaiplan.model.ChangeLog;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;

/**
 * An open plan as the UI and the command line see it: the plan in memory, backed by its own working
 * store (where every user action is committed as one transaction and survives a crash), and the
 * {@code .genaiplan} file it was opened from or saved to, if any. While a document is open, its file is
 * locked against a second opening by this or another instance of the app.
 *
 * <p>Not thread-safe: one thread (the FX thread, or one background task at a time) uses a document.
 */
public final class PlanDocument implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PlanDocument.class.getName());
    private final StoreHome home;
    private final WorkingStore store;
    private final StoreHome.HeldLock storeLock;
    private final Plan plan;
    private final PlanPackageWriter writer = new PlanPackageWriter();
    private Path file;
    private StoreHome.HeldLock fileLock;
    private FileStamp stamp;
    private Instant created;
    private boolean unsaved;
    private boolean storeBehind;
    private boolean closed;

    private PlanDocument(StoreHome home, WorkingStore store, StoreHome.HeldLock storeLock, Plan plan, Path file,
                         StoreHome.HeldLock fileLock, FileStamp stamp, Instant created, boolean unsaved) {
        this.home = home;
        this.store = store;
        this.storeLock = storeLock;
        this.plan = plan;
        this.file = file;
        this.fileLock = fileLock;
        this.stamp = stamp;
        this.created = created;
        this.unsaved = unsaved;
    }

    /** Reads the package {@code file} (as untrusted input) and imports it into a fresh working store. */
    public static PlanDocument open(Path file, StoreHome home) throws PlanFileException {
        Path path = realPath(file);
        StoreHome.HeldLock fileLock = lockFile(home, path);
        try {
            PlanPackage pkg = new PlanPackageReader().read(path);
            PlanNames.nameAfterFile(pkg.plan(), path);
            return start(home, pkg.plan(), path, fileLock, pkg.stamp(), pkg.manifest().created(), false);
        } catch (PlanFileException | RuntimeException e) {
            fileLock.close();
            throw e;
        }
    }

    /** Starts a new, untitled document for {@code plan} (empty or from a template). */
    public static PlanDocument create(Plan plan, StoreHome home) throws PlanFileException {
        return start(home, plan, null, null, null, null, true);
    }

    private static PlanDocument start(StoreHome home, Plan plan, Path file, StoreHome.HeldLock fileLock,
                                      FileStamp stamp, Instant created, boolean unsaved) throws PlanFileException {
        String name = PlanFileException.nameOf(file);
        WorkingStore store;
        try {
            store = WorkingStore.create(home);
        } catch (SQLException | IOException e) {
            throw new PlanFileException(name + " cannot be opened because the working copy in "
                    + home.stores() + " cannot be created.", e);
        }
        StoreHome.HeldLock storeLock = null;
        try {
            storeLock = home.tryLock(storeLockFile(home, store.id()))
                    .orElseThrow(() -> new IOException("fresh store is locked"));
            StoreInfo info = new StoreInfo(Optional.ofNullable(file), plan.name(), created, Instant.now(), unsaved, stamp);
            store.importAll(plan, info);
            return new PlanDocument(home, store, storeLock, plan, file, fileLock, stamp, created, unsaved);
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(store);
            if (storeLock != null) {
                storeLock.close();
            }
            throw new PlanFileException(name + " cannot be opened because its working copy cannot be written.", e);
        }
    }

    /** Rebuilds a document from a working store a crashed session left behind (see {@link Recovery}). */
    static PlanDocument resume(StoreHome home, String storeId) throws PlanFileException {
        StoreHome.HeldLock storeLock;
        try {
            storeLock = home.tryLock(storeLockFile(home, storeId)).orElse(null);
        } catch (IOException e) {
            throw new PlanFileException("The working copy " + storeId + " cannot be locked for recovery.", e);
        }
        if (storeLock == null) {
            throw new PlanFileException("The working copy " + storeId + " is in use by a running GenAI Planner.");
        }
        WorkingStore store = null;
        StoreHome.HeldLock fileLock = null;
        try {
            store = WorkingStore.open(home, storeId);
            StoreInfo info = store.info();
            Plan plan = store.load();
            Path file = info.originalFile().orElse(null);
            if (file != null) {
                fileLock = lockFile(home, file);
            }
            return new PlanDocument(home, store, storeLock, plan, file, fileLock, info.fileStamp(), info.created(),
                    true);
        } catch (SQLException | ValidationException e) {
            if (store != null) {
                store.close();
            }
            storeLock.close();
            throw new PlanFileException("The working copy " + storeId + " cannot be recovered because it is damaged.", e);
        } catch (PlanFileException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            storeLock.close();
            throw e;
        }
    }

    public Plan plan() {
        return plan;
    }

    /** The file this document was opened from or last saved to; empty for a new, untitled plan. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The file name, or "Untitled" for a plan that has never been saved. */
    public String displayName() {
        return file == null ? "Untitled" : PlanFileException.nameOf(file);
    }

    /** True when actions were committed since the document was opened or last saved. */
    public boolean hasUnsavedChanges() {
        return unsaved;
    }

    /** The id of the working store (its file name without extension). */
    public String storeId() {
        return store.id();
    }

    /**
     * Commits what the plan logged since the last commit as one transaction; call once per user action.
     * After it returns, the action survives a crash of the app.
     */
    public void commit() throws PlanFileException {
        commit(plan.changes().drain());
    }

    /**
     * Commits {@code changes}, which the caller drained from the plan's log for this action, as one
     * transaction. After it returns, the action survives a crash of the app.
     */
    public void commit(ChangeLog.Changes changes) throws PlanFileException {
        requireOpen();
        try {
            if (storeBehind) {
                store.importAll(plan, info(true));
                storeBehind = false;
                unsaved = true;
            } else if (store.commit(plan, changes)) {
                unsaved = true;
            }
        } catch (SQLException | RuntimeException e) {
            storeBehind = true;
            throw new PlanFileException("The last change to " + displayName()
                    + " could not be recorded in its working copy; save the plan to keep it.", e);
        }
    }

    /** Saves to the document's file; the file must not have been changed by someone else meanwhile. */
    public void save() throws PlanFileException {
        completed(prepareSave(null));
    }

    /**
     * Saves to {@code target} and makes it the document's file. An existing target is replaced (the UI
     * asks first), unless another window or app has it open.
     */
    public void saveAs(Path target) throws PlanFileException {
        completed(prepareSave(target));
    }

    private void completed(Save save) throws PlanFileException {
        try {
            FileStamp written = save.write();
            save.finish(written);
        } catch (PlanFileException | RuntimeException e) {
            save.abandon();
            throw e;
        }
    }

    /**
     * The first half of a save, on the thread that edits the plan: names an untitled plan after its file,
     * takes an immutable snapshot of the plan's data and holds the target file. {@link Save#write} then
     * writes the snapshot on any thread while the plan goes on changing, and {@link Save#finish} (or
     * {@link Save#abandon} after a failure) completes it on the editing thread again.
     *
     * @param target the file to save to, or null for the document's own file
     */
    public Save prepareSave(Path target) throws PlanFileException {
        requireOpen();
        Path path;
        FileStamp expected;
        StoreHome.HeldLock newLock = null;
        if (target == null) {
            if (file == null) {
                throw new PlanFileException("The untitled plan has no file yet; use Save As to choose one.");
            }
            path = file;
            expected = stamp;
        } else {
            path = resolveExisting(target.toAbsolutePath().normalize());
            if (file != null && path.equals(file)) {
                expected = stamp;
            } else {
                newLock = lockFile(home, path);
                expected = null;
            }
        }
        PlanNames.nameAfterFile(plan, path);
        try {
            commit();
        } catch (PlanFileException e) {
            // the plan in memory is complete; saving it to the file matters more than the working copy
            LOG.log(System.Logger.Level.WARNING, "Saving while the working copy is behind", e);
        }
        Instant firstCreated = created == null ? Instant.now() : created;
        return new Save(path, expected, PlanRows.of(plan), firstCreated, newLock);
    }

    /** A save under way: the snapshot and the file it goes to (see {@link #prepareSave}). */
    public final class Save {
        private final Path target;
        private final FileStamp expected;
        private final PlanData snapshot;
        private final Instant firstCreated;
        private final StoreHome.HeldLock newLock;

        private Save(Path target, FileStamp expected, PlanData snapshot, Instant firstCreated,
                     StoreHome.HeldLock newLock) {
            this.target = target;
            this.expected = expected;
            this.snapshot = snapshot;
            this.firstCreated = firstCreated;
            this.newLock = newLock;
        }

        public Path target() {
            return target;
        }

        /** Writes the snapshot to the file safely; touches neither the plan nor the working store. */
        public FileStamp write() throws PlanFileException {
            return new PlanFileWriter(home).write(target, expected, out -> writer.write(snapshot, firstCreated, out));
        }

        /** Makes the written file the document's file (on the editing thread). */
        public void finish(FileStamp written) {
            file = target;
            stamp = written;
            created = firstCreated;
            unsaved = false;
            if (newLock != null) {
                StoreHome.HeldLock old = fileLock;
                fileLock = newLock;
                if (old != null) {
                    old.close();
                }
            }
            try {
                store.writeInfo(info(false), true);
            } catch (SQLException e) {
                // the file is saved; the store only misses its note that it was, so recovery may offer it
                LOG.log(System.Logger.Level.WARNING, "The working copy did not record the save", e);
            }
        }

        /** Lets go of the target after a failed write (on the editing thread). */
        public void abandon() {
            if (newLock != null) {
                newLock.close();
            }
        }
    }

    private StoreInfo info(boolean unsavedFlag) {
        return new StoreInfo(Optional.ofNullable(file), plan.name(), created, Instant.now(), unsavedFlag, stamp);
    }

    /** Closes the document: deletes its working store and releases its file. Unsaved actions are gone. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            store.delete();
        } catch (IOException e) {
            // an orphaned store is offered by recovery next time or removed then
            LOG.log(System.Logger.Level.DEBUG, "A working copy was left for recovery to offer or remove", e);
        } finally {
            storeLock.close();
            if (fileLock != null) {
                fileLock.close();
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the document is closed");
        }
    }

    static Path storeLockFile(StoreHome home, String storeId) {
        return home.stores().resolve(storeId + ".owner");
    }

    private static StoreHome.HeldLock lockFile(StoreHome home, Path realPath) throws PlanFileException {
        String name = PlanFileException.nameOf(realPath);
        String key = HexFormat.of().formatHex(FileStamp.newDigest()
                .digest(realPath.toString().getBytes(StandardCharsets.UTF_8)));
        try {
            home.ensureExists();
            return home.tryLock(home.locks().resolve(key + ".lock")).orElseThrow(
                    () -> new PlanFileException(name + " is already open in GenAI Planner."));
        } catch (IOException e) {
            throw new PlanFileException(name + " cannot be opened because its lock in " + home.locks()
                    + " cannot be taken.", e);
        }
    }

    private static Path realPath(Path file) throws PlanFileException {
        try {
            return file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new PlanFileException(PlanFileException.nameOf(file) + " does not exist.");
        } catch (IOException e) {
            throw new PlanFileException(PlanFileException.nameOf(file) + " cannot be read.", e);
        }
    }

    /** The real path of a file that may not exist yet (its folder's real path plus its name). */
    private static Path resolveExisting(Path path) throws PlanFileException {
        try {
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            Path parent = path.getParent();
            return parent == null ? path : parent.toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            throw new PlanFileException(PlanFileException.nameOf(path) + " cannot be saved because its folder"
                    + " does not exist.");
        }
    }

    private static void deleteQuietly(WorkingStore store) {
        try {
            store.delete();
        } catch (IOException e) {
            // left for recovery to clean
            LOG.log(System.Logger.Level.DEBUG, "A working copy was left for recovery to clean", e);
        }
    }
}
