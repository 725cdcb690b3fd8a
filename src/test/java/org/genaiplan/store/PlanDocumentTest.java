package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.genaiplan.model.Plan;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDocumentTest {
    @TempDir
    Path dir;
    private StoreHome home;
    private Path file;

    @BeforeEach
    void setUp() {
        home = new StoreHome(dir.resolve("home"));
        file = dir.resolve("plan.genaiplan");
    }

    private void saveSample() throws Exception {
        try (PlanDocument doc = PlanDocument.create(SamplePlans.everyField(), home)) {
            doc.saveAs(file);
        }
    }

    @Test
    void newPlanIsSavedAsAndReopenedWithEverything() throws Exception {
        try (PlanDocument doc = PlanDocument.create(SamplePlans.everyField(), home)) {
            assertThat(doc.file()).isEmpty();
            assertThat(doc.displayName()).isEqualTo("Untitled");
            assertThat(doc.hasUnsavedChanges()).isTrue();
            assertThatThrownBy(doc::save).isInstanceOf(PlanFileException.class)
                    .hasMessage("The untitled plan has no file yet; use Save As to choose one.");
            doc.saveAs(file);
            assertThat(doc.file()).contains(file.toRealPath());
            assertThat(doc.hasUnsavedChanges()).isFalse();
            doc.plan().task(2).setName("Interviews");
            doc.commit();
            assertThat(doc.hasUnsavedChanges()).isTrue();
            doc.save();
            assertThat(doc.hasUnsavedChanges()).isFalse();
        }
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            assertThat(doc.plan().task(2).name()).isEqualTo("Interviews");
            assertThat(doc.hasUnsavedChanges()).isFalse();
            assertThat(PlanRows.of(doc.plan()).risks()).isEqualTo(PlanRows.of(SamplePlans.everyField()).risks());
        }
    }

    @Test
    void manifestKeepsTheCreationTimeAcrossSavesAndNamesTheApp() throws Exception {
        saveSample();
        Manifest first = new PlanPackageReader().read(file).manifest();
        Thread.sleep(5);
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            doc.plan().setName("Later");
            doc.commit();
            doc.save();
        }
        Manifest second = new PlanPackageReader().read(file).manifest();
        assertThat(second.application()).isEqualTo("org.genaiplan");
        assertThat(second.formatVersion()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(second.appVersion()).isEqualTo(org.genaiplan.app.AppVersion.VERSION);
        assertThat(second.created()).isEqualTo(first.created());
        assertThat(second.modified()).isAfter(first.modified());
        assertThat(second.entries().keySet()).containsExactlyInAnyOrderElementsOf(PackageFormat.DATA_ENTRIES);
    }

    @Test
    void aPlanTheReaderWouldRefuseIsNeverWritten() throws Exception {
        saveSample();
        String before = FileStamp.sha256Hex(Files.readAllBytes(file));
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            doc.plan().task(2).setNotes("a".repeat(PackageLimits.MAX_TEXT_CHARS + 1));
            doc.commit();
            assertThatThrownBy(doc::save).isInstanceOf(PlanFileException.class).hasMessage(
                    "plan.genaiplan could not be saved (the task 2 (\"Stakeholder interviews\") has notes longer than"
                            + " 5,000,000 characters); the previous version is unchanged.");
        }
        assertThat(FileStamp.sha256Hex(Files.readAllBytes(file))).isEqualTo(before);
    }

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        saveSample();
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            doc.plan().setName("Second version");
            doc.commit();
            doc.save();
        }
        Path bak = dir.resolve("plan.genaiplan.bak");
        assertThat(new PlanPackageReader().read(bak).plan().name()).isEqualTo("Support chatbot");
        assertThat(new PlanPackageReader().read(file).plan().name()).isEqualTo("Second version");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("plan.genaiplan", "plan.genaiplan.bak", "home");
        }
    }

    @Test
    void saveRefusesToOverwriteAFileChangedOnDisk() throws Exception {
        saveSample();
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            // Another program (a sync tool, a colleague's copy of the app) writes the file meanwhile.
            Plan theirs = new Plan("Their version", LocalDate.of(2026, 1, 1));
            Files.write(file, Packages.of(theirs));
            String before = FileStamp.sha256Hex(Files.readAllBytes(file));
            doc.plan().setName("My version");
            doc.commit();

            assertThatThrownBy(doc::save).isInstanceOf(PlanFileException.class).hasMessage(
                    "plan.genaiplan was changed on disk by another program since it was opened, so it was not"
                            + " overwritten; save under another name to keep both versions.");
            assertThat(FileStamp.sha256Hex(Files.readAllBytes(file))).isEqualTo(before);

            Path mine = dir.resolve("mine.genaiplan");
            doc.saveAs(mine);
            assertThat(new PlanPackageReader().read(mine).plan().name()).isEqualTo("My version");
            assertThat(new PlanPackageReader().read(file).plan().name()).isEqualTo("Their version");
        }
    }

    @Test
    void aTouchThatChangesOnlyTheTimeDoesNotBlockSaving() throws Exception {
        saveSample();
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
            doc.plan().setName("Renamed");
            doc.commit();
            doc.save();
        }
        assertThat(new PlanPackageReader().read(file).plan().name()).isEqualTo("Renamed");
    }

    @Test
    void sameFileOpenedTwiceInOneAppGivesTheSecondAClearMessage() throws Exception {
        saveSample();
        String before = FileStamp.sha256Hex(Files.readAllBytes(file));
        try (PlanDocument first = PlanDocument.open(file, home)) {
            assertThatThrownBy(() -> PlanDocument.open(file, home)).isInstanceOf(PlanFileException.class)
                    .hasMessage("plan.genaiplan is already open in GenAI Planner.");
            assertThatThrownBy(() -> PlanDocument.open(dir.resolve("./home/../plan.genaiplan"), home))
                    .hasMessage("plan.genaiplan is already open in GenAI Planner.");
            assertThat(FileStamp.sha256Hex(Files.readAllBytes(file))).isEqualTo(before);
            first.plan().setName("Still editable");
            first.commit();
            first.save();
        }
        try (PlanDocument again = PlanDocument.open(file, home)) {
            assertThat(again.plan().name()).isEqualTo("Still editable");
        }
    }

    @Test
    void saveAsOntoAFileOpenInAnotherWindowIsRefused() throws Exception {
        saveSample();
        try (PlanDocument open = PlanDocument.open(file, home);
             PlanDocument other = PlanDocument.create(new Plan("Other", LocalDate.of(2026, 1, 1)), home)) {
            assertThatThrownBy(() -> other.saveAs(file)).hasMessage("plan.genaiplan is already open in GenAI Planner.");
            assertThat(open.plan().name()).isEqualTo("Support chatbot");
        }
        assertThat(new PlanPackageReader().read(file).plan().name()).isEqualTo("Support chatbot");
    }

    @Test
    @Slow
    void sameFileOpenInAnotherProcessGivesTheSecondAClearMessage() throws Exception {
        saveSample();
        String before = FileStamp.sha256Hex(Files.readAllBytes(file));
        Process child = ChildJvm.start("hold", home.root().toString(), file.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            assertThat(out.readLine()).isEqualTo("open Support chatbot");
            assertThatThrownBy(() -> PlanDocument.open(file, home)).isInstanceOf(PlanFileException.class)
                    .hasMessage("plan.genaiplan is already open in GenAI Planner.");
            assertThat(FileStamp.sha256Hex(Files.readAllBytes(file))).isEqualTo(before);
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            assertThat(doc.plan().name()).isEqualTo("Support chatbot");
        }
    }

    @Test
    void closeRemovesTheWorkingStore() throws Exception {
        PlanDocument doc = PlanDocument.create(SamplePlans.everyField(), home);
        Path db = home.stores().resolve(doc.storeId() + ".mv.db");
        assertThat(db).exists();
        doc.close();
        assertThat(db).doesNotExist();
        assertThat(Recovery.find(home)).isEmpty();
    }

    @Test
    void staleTemporaryFilesOfDeadProcessesAreRemovedOnSaveAndAtStartUp() throws Exception {
        saveSample(); // registers the folder
        Path dead = dir.resolve(PlanFileWriter.TEMP_PREFIX + "999999999-1-" + "0".repeat(32) + ".tmp");
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().orElseThrow().toEpochMilli();
        Path live = dir.resolve(PlanFileWriter.TEMP_PREFIX + self.pid() + "-" + start + "-" + "1".repeat(32) + ".tmp");
        Path unrelated = dir.resolve("notes.tmp");
        Files.writeString(dead, "half a save");
        Files.writeString(live, "a save in progress");
        Files.writeString(unrelated, "keep me");

        assertThat(home.saveFolders()).contains(dir.toRealPath());
        assertThat(new StoreHome(home.root()).cleanStaleSaveFiles()).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(unrelated).exists();

        Files.writeString(dead, "half a save");
        try (PlanDocument doc = PlanDocument.open(file, home)) {
            doc.save();
        }
        assertThat(dead).doesNotExist();
    }
}
