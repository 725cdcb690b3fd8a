package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genaiplan.model.Plan;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a file is handling hostile input: each bad file is refused with its own sentence naming the
 * file, the file stays byte-for-byte as it was, nothing in it runs, no working store is left behind, and
 * the app can open a good plan right after.
 */
class HostileFileTest {
    @TempDir
    Path dir;
    private StoreHome home;
    private Path file;

    @BeforeEach
    void setUp() {
        home = new StoreHome(dir.resolve("home"));
        file = dir.resolve("plan.genaiplan");
    }

    @AfterEach
    void appKeepsWorking() throws Exception {
        Path good = dir.resolve("good.genaiplan");
        Files.write(good, Packages.of(SamplePlans.everyField()));
        try (PlanDocument doc = PlanDocument.open(good, home)) {
            assertThat(doc.plan().name()).isEqualTo("Support chatbot");
        }
    }

    /** Writes {@code bytes} to plan.genaiplan, opens it, checks the refusal and that the file is untouched. */
    private String refused(byte[] bytes) throws Exception {
        Files.write(file, bytes);
        String before = FileStamp.sha256Hex(Files.readAllBytes(file));
        long modified = Files.getLastModifiedTime(file).toMillis();
        String message = null;
        try {
            PlanDocument.open(file, home).close();
        } catch (PlanFileException e) {
            message = e.getMessage();
        }
        assertThat(message).as("the file must be refused").isNotNull();
        assertThat(message).startsWith("plan.genaiplan ").endsWith(".").doesNotContain("Exception", "\n");
        assertThat(FileStamp.sha256Hex(Files.readAllBytes(file))).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
        assertThat(storesLeft()).as("no working store is left").isZero();
        return message;
    }

    private long storesLeft() throws Exception {
        if (!Files.isDirectory(home.stores())) {
            return 0;
        }
        try (var files = Files.list(home.stores())) {
            return files.filter(f -> f.toString().endsWith(".mv.db")).count();
        }
    }

    @Test
    void randomBytes() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0;
        assertThat(refused(bytes)).isEqualTo("plan.genaiplan is not a GenAI Planner plan (it is not a ZIP package).");
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(refused(new byte[0])).isEqualTo("plan.genaiplan is empty.");
    }

    @Test
    void truncatedPackage() throws Exception {
        byte[] good = Packages.of(SamplePlans.large(500));
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertThat(refused(cut)).isEqualTo("plan.genaiplan is incomplete or damaged: the end of the package is missing.");
    }

    @Test
    void packageCutJustBeforeItsEnd() throws Exception {
        byte[] good = Packages.of(SamplePlans.everyField());
        assertThat(refused(java.util.Arrays.copyOf(good, good.length - 1))).contains("incomplete or damaged");
    }

    @Test
    void textFile() throws Exception {
        assertThat(refused("Project plan\nTask 1: gather data\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("plan.genaiplan is a text file, not a GenAI Planner plan.");
    }

    @Test
    void zipOfSomethingElse() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("README.md", "# Holiday photos".getBytes(StandardCharsets.UTF_8));
        entries.put("photos/beach.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        assertThat(refused(Packages.zip(entries)))
                .isEqualTo("plan.genaiplan is a ZIP archive but not a GenAI Planner plan (it has no manifest).");
    }

    @Test
    void zipBomb() throws Exception {
        assertThat(refused(bomb(300L << 20)))
                .isEqualTo("plan.genaiplan looks like a zip bomb: the entry \"tasks.json\" expands more than 200 times its stored size.");
    }

    @Test
    void zipBombWhoseHeadersClaimItIsSmall() throws Exception {
        byte[] bomb = bomb(300L << 20);
        // Rewrite the declared uncompressed size of tasks.json in the central directory to 100 bytes.
        ByteBuffer buf = ByteBuffer.wrap(bomb).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = bomb.length - 22; i >= 0; i--) {
            if (buf.getInt(i) == 0x02014b50 && new String(bomb, i + 46, 10, StandardCharsets.UTF_8).equals("tasks.json")) {
                buf.putInt(i + 24, 100);
            }
        }
        assertThat(refused(bomb)).contains("looks like a zip bomb");
    }

    /** The bombs built so far by size: deflating 300 MB takes seconds, and two tests use the same one. */
    private static final Map<Long, byte[]> BOMBS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A package whose manifest lists a tasks.json of {@code size} zero bytes, so the reader does inflate it (a copy
     *  each call: a test may rewrite it). */
    private static byte[] bomb(long size) throws Exception {
        byte[] built = BOMBS.get(size);
        if (built == null) {
            built = deflatedBomb(size);
            BOMBS.put(size, built);
        }
        return built.clone();
    }

    private static byte[] deflatedBomb(long size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(("{\"application\":\"org.genaiplan\",\"formatVersion\":2,\"appVersion\":\"x\",\"created\":null,"
                    + "\"modified\":null,\"entries\":{\"tasks.json\":\"00\"}}").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("tasks.json"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void entryThatClimbsOutOfTheFolder() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.put("../../evil.sh", "rm -rf ~".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.withManifest(data, m -> { })))
                .isEqualTo("plan.genaiplan contains an entry with an unsafe name (\"../../evil.sh\").");
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void entryWithAnAbsoluteName() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.withManifest(data, m -> { }))).contains("unsafe name (\"/etc/cron.d/evil\")");
    }

    @Test
    void duplicateEntries() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.put("tasks.jsoX", "[]".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Packages.patch(Packages.withManifest(data, m -> { }), "tasks.jsoX", "tasks.json");
        assertThat(refused(zip)).isEqualTo("plan.genaiplan contains the entry \"tasks.json\" twice.");
    }

    @Test
    void badChecksum() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        byte[] good = Packages.withManifest(data, m -> { });
        // The ZIP's own CRC now fails too; rebuild the ZIP around the edited entry so only our checksum can tell.
        Map<String, byte[]> entries = new LinkedHashMap<>(Packages.entries(good));
        entries.put("tasks.json", new String(entries.get("tasks.json"), StandardCharsets.UTF_8)
                .replace("Stakeholder interviews", "Stakeholder interviewz").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.zip(entries)))
                .isEqualTo("plan.genaiplan is damaged: the checksum of \"tasks.json\" does not match its manifest.");
    }

    @Test
    void flippedByteInsideCompressedData() throws Exception {
        byte[] bytes = Packages.of(SamplePlans.large(2000));
        bytes[bytes.length / 2] ^= 0x5A;
        assertThat(refused(bytes)).matches("plan\\.genaiplan is damaged: the entry \"tasks\\.json\" "
                + "(cannot be decompressed|fails its ZIP checksum|is not the size its header says)\\.");
    }

    @Test
    void newerFormat() throws Exception {
        int newer = PackageFormat.CURRENT_VERSION + 1;
        byte[] zip = Packages.withManifest(Packages.data(SamplePlans.everyField()), m -> m.put("formatVersion", newer));
        assertThat(refused(zip)).isEqualTo("plan.genaiplan was saved by a newer GenAI Planner (file format " + newer
                + "); this version reads format " + PackageFormat.CURRENT_VERSION + " and older.");
    }

    @Test
    void packageOfAnotherApplication() throws Exception {
        byte[] zip = Packages.withManifest(Packages.data(SamplePlans.everyField()),
                m -> m.put("application", "com.example.other"));
        assertThat(refused(zip))
                .isEqualTo("plan.genaiplan was written by another application (\"com.example.other\"), not by GenAI Planner.");
    }

    @Test
    void entryTheManifestDoesNotList() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        byte[] zip = Packages.withManifest(data, m -> { });
        Map<String, byte[]> entries = new LinkedHashMap<>(Packages.entries(zip));
        entries.put("macro.js", "alert(1)".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.zip(entries)))
                .isEqualTo("plan.genaiplan contains the entry \"macro.js\", which its manifest does not list.");
    }

    @Test
    void listedEntryThatIsNotPartOfTheFormat() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.put("extra.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.withManifest(data, m -> { })))
                .isEqualTo("plan.genaiplan contains the entry \"extra.json\", which is not part of a plan file.");
    }

    @Test
    void missingEntry() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.remove("risks.json");
        assertThat(refused(Packages.withManifest(data, m -> { })))
                .isEqualTo("plan.genaiplan is incomplete: the entry \"risks.json\" is missing.");
    }

    @Test
    void dataThatBreaksAModelRule() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.put("tasks.json", new String(data.get("tasks.json"), StandardCharsets.UTF_8)
                .replace("\"percentComplete\":40", "\"percentComplete\":140").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.withManifest(data, m -> { }))).isEqualTo("plan.genaiplan cannot be opened because"
                + " its data breaks a rule of the plan: % complete must be between 0 and 100, not 140.");
    }

    @Test
    void taskWhoseParentIsItsOwnChild() throws Exception {
        Plan plan = SamplePlans.everyField();
        Map<String, byte[]> data = Packages.data(plan);
        // task 1 (Discovery) becomes a child of its own child 2
        data.put("tasks.json", new String(data.get("tasks.json"), StandardCharsets.UTF_8)
                .replace("{\"id\":1,\"parentId\":null", "{\"id\":1,\"parentId\":2").getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.withManifest(data, m -> { }))).isEqualTo("plan.genaiplan cannot be opened because"
                + " the task 1 (\"Discovery\") in \"tasks.json\" is its own ancestor (its chain of parents loops back to it).");
    }

    @Test
    void dependencyOnATaskThatDoesNotExist() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.put("dependencies.json", "[{\"predecessorId\":2,\"successorId\":99,\"type\":\"FS\",\"lagMinutes\":0}]"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.withManifest(data, m -> { }))).isEqualTo("plan.genaiplan cannot be opened because"
                + " dependency 1 in \"dependencies.json\" names the task 99, which does not exist.");
    }

    @Test
    void jsonThatIsNotPlanData() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.put("roles.json", "{\"@class\":\"java.lang.ProcessBuilder\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Packages.withManifest(data, m -> { })))
                .isEqualTo("plan.genaiplan is damaged: the entry \"roles.json\" does not hold plan data.");
    }

    @Test
    @Slow
    void rawH2DatabaseWithAJavaSourceTrigger() throws Exception {
        Path marker = dir.resolve("marker.txt");
        Path db = dir.resolve("evil");
        ChildJvm.run("*", "h2-trigger", db.toString(), marker.toString());
        Files.deleteIfExists(marker); // creating the trigger ran it once in the child
        Path raw = dir.resolve("evil.mv.db");
        byte[] bytes = Files.readAllBytes(raw);

        // The control: a copy opened directly by H2 runs the trigger, even with allowedClasses empty.
        Path copy = dir.resolve("copy.mv.db");
        Files.write(copy, bytes);
        ChildJvm.run("", "open-raw", dir.resolve("copy").toString());
        assertThat(marker).as("the crafted database really runs code when H2 opens it").exists();
        Files.delete(marker);

        assertThat(refused(bytes))
                .isEqualTo("plan.genaiplan is a raw database file, not a GenAI Planner plan, and was not opened.");
        assertThat(marker).doesNotExist();
    }

    @Test
    void folderInsteadOfAFile() throws Exception {
        Path folder = dir.resolve("folder.genaiplan");
        Files.createDirectory(folder);
        assertThatThrownBy(() -> PlanDocument.open(folder, home)).isInstanceOf(PlanFileException.class)
                .hasMessage("folder.genaiplan is a folder, not a plan file.");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> PlanDocument.open(dir.resolve("nowhere.genaiplan"), home))
                .isInstanceOf(PlanFileException.class).hasMessage("nowhere.genaiplan does not exist.");
    }
}
