package org.genaiplan.ui.testing;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.DocumentException;

/** Builds the real window over in-memory documents, scripted dialogs and a private clipboard. */
public final class Fixture {
    public final MemoryDocuments documents = new MemoryDocuments();
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final MemoryClipboard clipboard = new MemoryClipboard();
    public final Preferences prefs = Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID());
    /** The failures the window recorded in full, as "what it was doing: the error". */
    public final java.util.List<String> failures = new java.util.ArrayList<>();
    public final org.genaiplan.ui.FailureLog log = new org.genaiplan.ui.FailureLog() {
        @Override
        public void record(String doing, Throwable error) {
            failures.add(doing + ": " + error);
        }

        @Override
        public java.nio.file.Path file() {
            return java.nio.file.Path.of("/tmp/genaiplan-test/genaiplan-0.log");
        }
    };
    public Workbench bench;
    public boolean exited;

    public Workbench start(Stage stage) throws DocumentException {
        return start(stage, owner -> dialogs);
    }

    public Workbench start(Stage stage, java.util.function.Function<java.util.function.Supplier<javafx.stage.Window>,
            org.genaiplan.ui.Dialogs> dialogFactory) throws DocumentException {
        bench = Workbench.create(new Workbench.Ports(documents, new ScheduleFormats(), CpmScheduler::new,
                dialogFactory, new RecentFiles(prefs), new CurrentThreadTaskExecutor(), clipboard, new org.genaiplan.app.WorkbookExchange(), log), stage, () -> {
                    exited = true;
                    stage.hide();
                });
        bench.editor().setSession(documents.createNew(), true);
        stage.show();
        return bench;
    }
}
