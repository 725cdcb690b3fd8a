package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} names over-allocated pools; {@code level --dry-run} prints the change list and changes nothing. */
@ExtendWith(PrivateStoreHome.class)
class LevelCommandTest {
    @TempDir
    Path dir;

    @Test
    void infoListsTheOverAllocatedPoolAndLevelPrintsThenSavesTheChangeList() throws Exception {
        Path file = CapacityScenario.write(dir);
        CommandLineTest.Run info = CommandLineTest.run("info", file.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("Over-allocated:\n  Cluster A (GPU pool): first over-allocated in the week of"
                + " 2027-02-08\n");

        byte[] before = Files.readAllBytes(file);
        CommandLineTest.Run dry = CommandLineTest.run("level", file.toString(), "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).isEqualTo("2.2.4 Evaluate checkpoints on the validation set: 2027-02-09 -> 2027-02-16"
                + " (+5.0 working days); waits for 4 H100 80GB of Cluster A until 16 Feb, used by 2.2.2 Run"
                + " fine-tuning jobs and 2.2.3 Run full fine-tuning job\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        CommandLineTest.Run level = CommandLineTest.run("level", file.toString());
        assertThat(level.exitCode()).isZero();
        assertThat(level.out()).endsWith("Saved the levelling delays into chatbot-gpus.genaiplan.\n");
        assertThat(CommandLineTest.run("info", file.toString()).out()).doesNotContain("Over-allocated");
        assertThat(CommandLineTest.run("level", file.toString(), "--dry-run").out())
                .isEqualTo("Nothing to level: no task needs to move.\n");
    }
}
