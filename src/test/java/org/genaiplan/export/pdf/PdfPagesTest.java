package org.genaiplan.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chatbot report read by another program, as .ci/run installs it (poppler's pdftotext and pdftoppm): every
 * task name in its text, one picture per page, none of them blank, the critical path's red on the first.
 */
@Slow
class PdfPagesTest {
    @TempDir
    Path dir;

    @Test
    void popplerReadsEveryTaskNameAndDrawsEveryPage() throws Exception {
        String pdftoppm = find("pdftoppm");
        String pdftotext = find("pdftotext");
        assumeTrue(pdftoppm != null && pdftotext != null, "poppler-utils is not installed; .ci/run installs it");
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 3, 2));
        new CpmScheduler().schedule(plan);
        Path pdf = dir.resolve("chatbot.pdf");
        int pages = new PdfExporter().export(plan, pdf, PageSetup.defaults().withToday(LocalDate.of(2026, 3, 20)),
                ProgressListener.NONE);

        run(pdftotext, "-enc", "UTF-8", pdf.toString(), dir.resolve("chatbot.txt").toString());
        String text = Files.readString(dir.resolve("chatbot.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        for (Task t : plan.tasksInOrder()) {
            assertThat(text).contains(t.name());
        }
        run(pdftoppm, "-png", "-r", "30", pdf.toString(), dir.resolve("page").toString());
        List<Path> images = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().forEach(images::add);
        }
        assertThat(images).hasSize(pages);
        for (Path image : images) {
            assertThat(inked(ImageIO.read(image.toFile()), false)).as(image.getFileName().toString()).isGreaterThan(500);
        }
        assertThat(inked(ImageIO.read(images.getFirst().toFile()), true)).isGreaterThan(20);
    }

    /** Pixels that are not near-white, or only the reddish ones. */
    private static int inked(BufferedImage img, boolean red) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (red ? r > 170 && g < 110 && b < 100 : r + g + b < 600) {
                    n++;
                }
            }
        }
        return n;
    }

    private void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("tool.log").toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("tool.log"))).isZero();
    }

    private static String find(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(entry, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
