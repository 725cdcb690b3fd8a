package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code genaiplan export FILE --png OUT.png --svg OUT.svg [--zoom] [--from --to]}, and the workbook's picture. */
@ExtendWith(PrivateStoreHome.class)
class PictureExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesTheWholeChartAsPngAndSvg() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString(), "--png", png.toString(), "--svg",
                svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Wrote .*chart\\.png \\(\\d+ \u00d7 \\d+ pixels, 60 tasks\\)")
                .contains("chart.svg (60 tasks)");
        BufferedImage weeks = ImageIO.read(png.toFile());
        assertThat(weeks.getHeight()).as("60 rows at 12.5 pt, 2 px a point").isGreaterThan(60 * 25);
        String text = Files.readString(svg);
        assertThat(text).startsWith("<?xml").contains("Chatbot live").contains("Data management");

        run = CommandLineTest.run("export", plan.toString(), "--png", png.toString(), "--force", "--zoom", "days");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).as("days are wider than weeks").isGreaterThan(weeks.getWidth());

        run = CommandLineTest.run("export", plan.toString(), "--png", png.toString(), "--force", "--zoom", "days",
                "--from", "2027-01-04", "--to", "2027-01-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("60 tasks");
    }

    @Test
    void paperOptionsAreThePdfsAndABadZoomIsRefused() {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path png = dir.resolve("chart.png");
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString(), "--png", png.toString(), "--paper", "A3");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--pages-wide, --paper and --sections shape a PDF report; add --pdf OUT.pdf.");
        run = CommandLineTest.run("export", plan.toString(), "--svg", dir.resolve("c.svg").toString(), "--zoom", "hours");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--zoom takes days, weeks, months or quarters, not \"hours\".");
        run = CommandLineTest.run("export", plan.toString(), "--png", dir.resolve("c.jpg").toString());
        assertThat(run.err()).contains("c.jpg was not written because its name does not end in .png.");
        assertThat(Files.exists(png)).isFalse();
    }

    @Test
    void theCommandLinesWorkbookHasTheWholePlansGanttOnItsSummary() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        Path xlsx = dir.resolve("plan.xlsx");
        CommandLineTest.Run run = CommandLineTest.run("export", plan.toString(), "--xlsx", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var drawing = book.getSheet("Summary").getDrawingPatriarch();
            assertThat(drawing.getShapes()).filteredOn(s -> s instanceof XSSFPicture).hasSize(1);
            byte[] png = book.getAllPictures().getFirst().getData();
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertThat(image.getHeight()).as("all 60 rows at 1.5 px a point").isGreaterThan((int) (60 * 12.5 * 1.5));
        }
    }
}
