package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
    @TempDir
    static Path home;
    @TempDir
    Path dir;

    @BeforeAll
    static void privateStoreHome() {
        System.setProperty("genaiplan.home", home.toString());
    }

    @AfterAll
    static void clearStoreHome() {
        System.clearProperty("genaiplan.home");
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GenaiPlanCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommandAndExitsZero() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: genaiplan").contains("FILE");
    }

    @Test
    void unknownOptionIsAnErrorWithAMessage() {
        Run run = run("--frobnicate");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void versionNamesTheApp() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("GenAI Planner " + AppVersion.VERSION);
    }

    @Test
    void newThenInfoPrintsThePlan() {
        Path file = dir.resolve("a.genaiplan");
        Run created = run("new", "--start", "2026-01-05", file.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(file).exists();

        Run info = run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Name:         a").contains("Start:        2026-01-05")
                .contains("Tasks:        0").contains("Risks:        0").contains("File format:  1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"genai-lifecycle", "llm-chatbot", "scope-select-adapt", "agile-llm-pilot"})
    void everyTemplateMakesAPlanThatInfoCounts(String id) {
        Path file = dir.resolve(id + ".genaiplan");
        Run created = run("new", "--template", id, "--start", "2026-01-05", file.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        Run info = run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        String listed = run("templates").out().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
        String tasks = listed.replaceAll(".*tasks=(\\d+).*", "$1");
        String milestones = listed.replaceAll(".*milestones=(\\d+).*", "$1");
        String risks = listed.replaceAll(".*risks=(\\d+).*", "$1");
        assertThat(info.out()).contains("Tasks:        " + tasks + " (")
                .contains("Milestones:   " + milestones + "\n")
                .contains("Risks:        " + risks + " (");
        assertThat(info.out()).doesNotContain("Total cost:   USD 0.00");
    }

    @Test
    void templatesListsFour() {
        Run run = run("templates");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(4);
    }

    @Test
    void unknownTemplateIsOneLineError() {
        Run run = run("new", "--template", "nope", dir.resolve("x.genaiplan").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).startsWith("genaiplan: ").contains("nope");
        assertThat(dir.resolve("x.genaiplan")).doesNotExist();
    }

    @Test
    void newRefusesToOverwriteWithoutForce() throws Exception {
        Path file = dir.resolve("keep.genaiplan");
        Files.writeString(file, "precious");
        Run run = run("new", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void infoOnABadFileIsOneLineWithoutStackTrace() throws Exception {
        Path file = dir.resolve("notes.genaiplan");
        Files.writeString(file, "just some text");
        Run run = run("info", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("notes.genaiplan").doesNotContain("Exception");
    }

    @Test
    void generateWritesThePlanSize() {
        Path file = dir.resolve("big.genaiplan");
        Run run = run("generate", "--tasks", "500", "--seed", "7", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run("info", file.toString()).out()).contains("Tasks:        500 (");
    }
}
