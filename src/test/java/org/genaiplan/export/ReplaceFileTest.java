package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported files are written whole or not at all, with the permissions any file the user saves gets. */
class ReplaceFileTest {

    @Test
    void anExportGetsTheUsersUsualPermissionsNotOwnerOnly(@TempDir Path dir) throws Exception {
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path target = dir.resolve("plan.csv");
        ReplaceFile.write(target, ".csv", out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(usual);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
        assertThat(Files.readString(target)).isEqualTo("a,b\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("usual.txt", "plan.csv");
        }
    }

    @Test
    void aFailedExportLeavesTheEarlierFileAndNoTemporaryOne(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("plan.csv"), "old");
        assertThatThrownBy(() -> ReplaceFile.write(target, ".csv", out -> {
            out.write(1);
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
