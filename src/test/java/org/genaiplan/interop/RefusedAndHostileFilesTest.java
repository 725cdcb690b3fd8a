package org.genaiplan.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genaiplan.export.ImportException;
import org.genaiplan.export.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers ADR 0020 refuses are refused with one sentence naming the format, before any reader runs;
 * hostile files (entities, bombs, truncated binaries, huge files) are refused with one sentence; the file
 * is never changed.
 */
class RefusedAndHostileFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static byte[] padded(byte[] head) {
        byte[] out = new byte[1024];
        System.arraycopy(head, 0, out, 0, head.length);
        return out;
    }

    private String refusal(Path p) throws Exception {
        byte[] before = Files.readAllBytes(p);
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> new ForeignImport().read(p, "X", ProgressListener.NONE));
        assertThat(Files.readAllBytes(p)).as("the file is never changed").isEqualTo(before);
        assertThat(e.getMessage()).startsWith(p.getFileName().toString()).endsWith(".").doesNotContain("Exception")
                .doesNotContain("\n");
        return e.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "plan.merlin, 62706c6973743030, Merlin Project",
            "plan.bin, 62706c6973743030, Merlin Project",
            "PROJ.p3, 46430000, Primavera P3",
            "setup.prx, 4d5a0000, Primavera P3",
            "plan.stx, 535457, Primavera SureTrak",
            "plan.mdb, 000100005374616e64617264204a6574204442, database file",
            "plan.db, 53514c69746520666f726d6174203300, database file",
            "plan.fts, 1c000000, FastTrack"})
    void aRefusedReaderIsRefusedWithASentenceNamingItsFormat(String name, String hex, String format) throws Exception {
        Path p = file(name, padded(java.util.HexFormat.of().parseHex(hex)));
        assertThat(refusal(p)).contains(format).contains("does not open");
    }

    @Test
    void aZipArchiveIsRefusedBecauseItMayHoldAP3OrSureTrakProject() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write("x".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(refusal(file("plan.mpp", bytes.toByteArray()))).contains("ZIP archive");
        assertThat(Files.exists(dir.getParent().resolve("evil.txt"))).isFalse();
    }

    @Test
    void msProjectXmlWithAnExternalEntityIsRefused() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&x;</Name><SaveVersion>14</SaveVersion>"
                + "</Project>";
        assertThat(refusal(file("xxe.xml", xml.getBytes(StandardCharsets.UTF_8)))).contains("entities");
    }

    @Test
    void aBillionLaughsIsRefused() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">"
                + "<SaveVersion>14</SaveVersion>\n");
        // the entity declarations come after the sniffed head, as an attacker would hide them
        xml.append(" ".repeat(20_000)).append("<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">");
        xml.append("<Name>&lol2;</Name></Project>");
        assertThat(refusal(file("laughs.xml", xml.toString().getBytes(StandardCharsets.UTF_8)))).contains("entities");
    }

    @Test
    void aTruncatedMppIsRefusedWithOneSentence() throws Exception {
        byte[] ole = padded(java.util.HexFormat.of().parseHex("d0cf11e0a1b11ae1"));
        for (int i = 8; i < ole.length; i++) {
            ole[i] = (byte) (i * 31);
        }
        assertThat(refusal(file("cut.mpp", ole))).contains("damaged, truncated");
    }

    @Test
    void aTruncatedMsProjectXmlIsRefusedWithOneSentence() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\"><SaveVersion>14"
                + "</SaveVersion><Tasks><Task><UID>1</UID><Name>Cut he";
        assertThat(refusal(file("cut.xml", xml.getBytes(StandardCharsets.UTF_8)))).contains("damaged, truncated");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path p = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(ForeignReader.MAX_BYTES + 1);
        }
        assertThat(refusal(p)).contains("larger than 256 MB");
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedSayingWhatIsRead() throws Exception {
        assertThat(refusal(file("notes.xml", "<notes>hello</notes>".getBytes(StandardCharsets.UTF_8))))
                .contains("not a plan file").contains("MS Project");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("P3PROJ"));
        assertThatThrownBy(() -> new ForeignImport().read(folder, "X", ProgressListener.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("folder");
    }
}
