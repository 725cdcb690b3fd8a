package org.genaiplan.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.genaiplan.store.PlanFileException;
import org.genaiplan.store.RecoverableStore;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.store.Recovery;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.PlanSession;

/** At start-up: offers to recover a plan a crashed session left behind, or to discard it. */
final class RecoveryPrompt {
    private static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final ButtonType LATER = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private final StoreHome home;
    private final Window owner;

    RecoveryPrompt(StoreHome home, Window owner) {
        this.home = home;
        this.owner = owner;
    }

    /**
     * Asks about each left-behind plan in {@code found} (as {@link Recovery#find} lists them, newest first),
     * discarding those the user discards; returns the first one the user chooses to recover, or null. The
     * recovering itself (reading the working store) is left to the caller, to run in the background.
     */
    RecoverableStore choose(List<RecoverableStore> found) {
        for (RecoverableStore store : found) {
            ButtonType answer = ask(store);
            if (answer == RECOVER) {
                return store;
            }
            if (answer == DISCARD) {
                try {
                    Recovery.discard(store, home);
                } catch (PlanFileException e) {
                    Alert error = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
                    error.initOwner(owner);
                    error.setHeaderText("Cannot discard " + store.label());
                    error.showAndWait();
                }
            }
        }
        return null;
    }

    /** The recovered plan as a session; a failure as one sentence for the user. */
    PlanSession recover(RecoverableStore store) throws DocumentException {
        try {
            return new StoreDocuments.StoreSession(Recovery.recover(store, home));
        } catch (PlanFileException e) {
            throw new DocumentException(e.getMessage(), e);
        }
    }

    private ButtonType ask(RecoverableStore store) {
        if (!store.readable()) {
            return LATER;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD, LATER);
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("GenAI Planner closed unexpectedly while \"" + store.label() + "\" had unsaved changes.");
        String from = store.originalFile().map(p -> " It was opened from " + p + ".").orElse("");
        String when = store.lastCommit() == null ? "" : " The last change was made " + WHEN.format(store.lastCommit()) + ".";
        alert.setContentText("Recover brings back every change up to the crash; you can then save it." + from + when);
        return alert.showAndWait().orElse(LATER);
    }
}
