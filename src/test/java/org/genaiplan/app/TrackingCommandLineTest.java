package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.genaiplan.app.CommandLineTest.run;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaiplan.schedule.tracking.WorkedExample;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baseline} and {@code actuals} on the worked example of EarnedValueTest: a baseline saved, a usage
 * export imported (four good rows, four bad ones), then {@code info} prints the hand-computed EV block.
 */
@ExtendWith(PrivateStoreHome.class)
class TrackingCommandLineTest {
    @TempDir
    Path dir;

    static final String USAGE = """
            task,date,kind,quantity,amount,percent
            1,2026-03-06,people-hours,40,4000,
            1,2026-03-13,people-hours,40,4500,100
            W1,2026-03-10,gpu-hours,150,450,
            2,2026-03-18,people-hours,15,1500,40
            9,2026-03-10,cost,,10,
            2,2026-13-01,cost,,5,
            2,2026-03-17,tokens,5,,
            1,2026-03-10,gpu-hours,-3,,
            """;

    private Path example() throws Exception {
        Path file = dir.resolve("ev.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(WorkedExample.plan(), null, out);
        }
        return file;
    }

    @Test
    void baselineActualsThenInfoPrintTheHandComputedEarnedValue() throws Exception {
        Path file = example();
        CommandLineTest.Run saved = run("baseline", file.toString(), "--save", "Approved");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Saved baseline \"Approved\": 2 tasks, 12,300.00 USD, 2026-03-02 to 2026-03-20");

        Path csv = dir.resolve("usage.csv");
        Files.writeString(csv, USAGE);
        CommandLineTest.Run actuals = run("actuals", file.toString(), "--from", csv.toString(), "--status-date",
                "2026-03-18");
        assertThat(actuals.exitCode()).as(actuals.err()).isZero();
        assertThat(actuals.out()).contains(
                "Row 6: the plan has no task with ID or WBS code \"9\".",
                "Row 7: \"2026-13-01\" is not a date (YYYY-MM-DD).",
                "Row 8: \"tokens\" is not a kind of actual",
                "Row 9: the quantity cannot be negative.",
                "Added 4 rows of actuals from usage.csv to ev.genaiplan (4 rows left out, listed above)");

        CommandLineTest.Run info = run("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Earned value at 2026-03-18 (baseline Approved)")
                .containsPattern("BAC +12,300.00 USD")
                .containsPattern("PV +10,700.00 USD")
                .containsPattern("EV +9,900.00 USD")
                .containsPattern("AC +10,450.00 USD")
                .containsPattern("SV +-800.00 USD")
                .containsPattern("CV +-550.00 USD")
                .containsPattern("SPI +0.93 ")
                .containsPattern("CPI +0.95 ")
                .containsPattern("EAC +12,850.00 USD")
                .containsPattern("ETC +2,400.00 USD")
                .containsPattern("VAC +-550.00 USD")
                .containsPattern("TCPI +1.30 ")
                .contains("GPU-hours: planned 100.00, earned 100.00, used 150.00 of 100.00 (CPI 0.67, EAC 150.00)")
                .contains("Monthly alert: Spending in 2026-03 has reached 75 % of the month's forecast (84 %).");
    }

    @Test
    void baselinesAreListedComparedAndDeleted() throws Exception {
        Path file = example();
        assertThat(run("baseline", file.toString(), "--save", "Approved").exitCode()).isZero();
        assertThat(run("baseline", file.toString(), "--save", "Re-plan").exitCode()).isZero();
        assertThat(run("baseline", file.toString(), "--compare", "re-plan").out())
                .contains("measured against baseline \"Re-plan\"");
        CommandLineTest.Run list = run("baseline", file.toString(), "--list");
        assertThat(list.out()).containsPattern("\\* Re-plan").containsPattern("  Approved");
        assertThat(run("baseline", file.toString(), "--delete", "Approved").exitCode()).isZero();
        assertThat(new PlanPackageReader().read(file).plan().tracking().baselines()).extracting(b -> b.name())
                .containsExactly("Re-plan");

        CommandLineTest.Run missing = run("baseline", file.toString(), "--delete", "Nope");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("ev.genaiplan was not changed: the plan has no baseline \"Nope\".");
    }

    @Test
    void twoBaselinesAreComparedTaskByTask() throws Exception {
        Path file = example();
        assertThat(run("baseline", file.toString(), "--save", "Approved").exitCode()).isZero();
        org.genaiplan.model.Plan plan = new PlanPackageReader().read(file).plan();
        plan.task(2).setDurationMinutes(7 * 480);
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        assertThat(run("baseline", file.toString(), "--save", "Re-plan").exitCode()).isZero();
        CommandLineTest.Run diff = run("baseline", file.toString(), "--diff", "Approved", "Re-plan");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        // Evaluate: 2 more days x 8 h x 100 = 1,600 more, finishing on the 24th instead of the 20th.
        assertThat(diff.out()).contains("Re-plan against Approved", "Finish: 2026-03-20 -> 2026-03-24",
                "Cost:   12,300.00 -> 13,900.00 USD (+1,600.00)", "1 task differs")
                .containsPattern("2 Evaluate +finish 2026-03-20 -> 2026-03-24, cost \\+1,600.00");
    }

    @Test
    void infoWithoutABaselinePrintsNoEarnedValueButTheMonthsAlertOnImportedSpending() throws Exception {
        Path file = example();
        assertThat(run("info", file.toString()).out()).doesNotContain("Earned value").doesNotContain("Monthly alert");
        Path csv = dir.resolve("usage.csv");
        Files.writeString(csv, USAGE);
        assertThat(run("actuals", file.toString(), "--from", csv.toString(), "--status-date", "2026-03-18").exitCode())
                .isZero();
        // The current plan's March: 12,300; spent 10,450 = 84 %.
        assertThat(run("info", file.toString()).out()).doesNotContain("Earned value").contains(
                "Monthly alert: Spending in 2026-03 has reached 75 % of the month's forecast (84 %).");
    }
}
