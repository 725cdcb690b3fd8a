package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code genaiplan export FILE --pdf OUT.pdf} with its page-setup options. */
@ExtendWith(PrivateStoreHome.class)
class PdfExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesAPdfReportWithTheChosenSetup() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path pdf = dir.resolve("plan.pdf");
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString(), "--pdf", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("(?s)Wrote .*plan\\.pdf \\(\\d+ pages, 60 tasks\\)\\s*");
        int all;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            all = doc.getNumberOfPages();
            assertThat(all).isGreaterThan(4);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }

        run = CommandLineTest.run("export", plan.toString(), "--pdf", pdf.toString(), "--force", "--sections", "gantt,wbs",
                "--paper", "a3", "--no-landscape", "--zoom", "weeks", "--pages-wide", "2", "--from", "2027-01-04",
                "--to", "2027-03-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Gantt chart").contains("Work breakdown").doesNotContain("Risk register")
                    .doesNotContain("Cost report").contains("4 Jan 2027");
        }
    }

    @Test
    void badValuesAreRefusedInOneSentenceAndNoFileIsWritten() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path pdf = dir.resolve("plan.pdf");
        String[][] cases = {
            {"--zoom", "hours"}, {"--paper", "B5"}, {"--pages-wide", "0"}, {"--pages-wide", "99"},
            {"--from", "next week"}, {"--from", "2027-02-01", "--to", "2027-01-01"}, {"--sections", "gantt,charts"},
        };
        String[] expected = {
            "--zoom takes days, weeks, months or quarters, not \"hours\".",
            "--paper takes A4, A3, letter or tabloid, not \"B5\".",
            "--pages-wide takes a number from 1 to 50, not 0.",
            "--pages-wide takes a number from 1 to 50, not 99.",
            "--from takes a date such as 2026-03-02, not \"next week\".",
            "--to (2027-01-01) is before --from (2027-02-01).",
            "--sections takes gantt, wbs, risks and costs, separated by commas, not \"charts\".",
        };
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 4];
            args[0] = "export";
            args[1] = plan.toString();
            args[2] = "--pdf";
            args[3] = pdf.toString();
            System.arraycopy(cases[i], 0, args, 4, cases[i].length);
            CommandLineTest.Run run = CommandLineTest.run(args);
            assertThat(run.exitCode()).as(String.join(" ", cases[i])).isNotZero();
            assertThat(run.err()).contains(expected[i]).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(Files.exists(pdf)).isFalse();
        }
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString(), "--xlsx",
                dir.resolve("out.xlsx").toString(), "--zoom", "weeks");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("shape a PDF report (--from, --to and --zoom also a chart picture);"
                + " add --pdf OUT.pdf, --png OUT.png or --svg OUT.svg.");

        Files.writeString(pdf, "keep");
        run = CommandLineTest.run("export", plan.toString(), "--pdf", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("genaiplan: plan.pdf already exists; pass --force to replace it.");
        assertThat(Files.readString(pdf)).isEqualTo("keep");
        run = CommandLineTest.run("export", plan.toString(), "--pdf", dir.resolve("plan.txt").toString());
        assertThat(run.err().strip()).isEqualTo("genaiplan: plan.txt was not written because its name does not end in .pdf.");
    }
}
