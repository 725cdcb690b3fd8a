package org.genaiplan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.genaiplan.store.RecoverableStore;
import org.genaiplan.store.Recovery;
import org.genaiplan.store.StoreHome;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.window.MainViewModel;
import org.genaiplan.ui.PlanSession;

/**
 * The start-up work that needs no window, begun on threads of its own before the window is built (by the
 * launcher, before the JavaFX toolkit starts): the store folder made ready, the template catalog read, the
 * working stores a crash left behind looked for and, when there are none, the first plan opened (the
 * {@code .genaiplan} file given) or created (an empty one) in a working store of its own.
 *
 * <p>The window still opens its first plan as File &gt; Open or File &gt; New would, through
 * {@link StoreDocuments}; which hands it the plan begun here instead of starting again, or the same
 * message if it failed. A plan begun here that the window never asks for (the user recovers a crashed plan
 * instead) is closed by {@link #closeUnused()}.
 */
final class StartAhead {
    private final StoreHome home;
    private final StoreDocuments documents;
    private final CompletableFuture<List<RecoverableStore>> leftBehind = new CompletableFuture<>();
    private final Path file;
    private final boolean attempt;
    private final CompletableFuture<Attempt> first = new CompletableFuture<>();
    private boolean taken;
    private volatile IOException folderProblem;

    /** A plan session, or what opening or creating it threw. */
    private record Attempt(PlanSession session, Throwable error) {
    }

    private StartAhead(StoreHome home, Supplier<TemplateCatalog> catalog, Path file, boolean attempt) {
        this.home = home;
        this.documents = new StoreDocuments(home, catalog, this);
        this.file = file;
        this.attempt = attempt;
    }

    /** Starts reading the catalog and opening or creating the first plan ({@code file}, or an empty one). */
    static StartAhead begin(StoreHome home, Path file) {
        // only .genaiplan files are opened ahead: spreadsheets and CSV files are imported after a question
        boolean attempt = file == null || (file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(MainViewModel.EXTENSION));
        StartAhead ahead = new StartAhead(home, Preload.start("genaiplan-catalog", TemplateCatalog::load), file,
                attempt);
        Thread.ofPlatform().daemon().name("genaiplan-first-plan").start(ahead::run);
        return ahead;
    }

    private void run() {
        try {
            home.ensureExists();
        } catch (IOException e) {
            folderProblem = e; // opening and creating plans will say what is wrong with the folder
        }
        home.cleanStaleSaveFiles();
        List<RecoverableStore> found;
        try {
            found = Recovery.find(home);
        } catch (RuntimeException e) {
            found = List.of();
        }
        leftBehind.complete(found);
        if (!attempt || !found.isEmpty()) {
            first.complete(null); // the user decides about the crashed plans first
            return;
        }
        try {
            PlanSession session = file == null ? documents.createNow() : documents.openNow(file);
            if (file != null) {
                StartupProbe.fileRead();
            }
            first.complete(new Attempt(session, null));
        } catch (DocumentException | RuntimeException | Error e) {
            first.complete(new Attempt(null, e));
        }
    }

    /** Why the store folder could not be made ready, if it could not (after {@link #leftBehind()}). */
    java.util.Optional<IOException> folderProblem() {
        return java.util.Optional.ofNullable(folderProblem);
    }

    StoreDocuments documents() {
        return documents;
    }

    /** The working stores a crashed session left behind (waits for the folder to be looked through). */
    List<RecoverableStore> leftBehind() {
        return leftBehind.join();
    }

    /**
     * The plan begun ahead when {@code requested} (a file, or null for a new plan) is the one begun and it has
     * not been handed out yet; null otherwise. Waits for it to be ready.
     */
    PlanSession take(Path requested) throws DocumentException {
        synchronized (this) {
            if (taken || !attempt || (requested == null ? file != null : !requested.equals(file))) {
                return null;
            }
            taken = true;
        }
        Attempt outcome = first.join();
        if (outcome == null) {
            return null;
        }
        // what went wrong ahead goes wrong here, as if the window had opened the plan itself
        switch (outcome.error()) {
            case null -> {
                return outcome.session();
            }
            case DocumentException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(outcome.error());
        }
    }

    /** Closes the plan begun ahead if nobody took it (in the background, once it is ready). */
    void closeUnused() {
        synchronized (this) {
            if (taken) {
                return;
            }
            taken = true;
        }
        first.thenAccept(outcome -> {
            if (outcome != null && outcome.session() != null) {
                outcome.session().close();
            }
        });
    }
}
