package org.genaiplan.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The whole chart as one picture: the chatbot template's PNG and SVG, and the size limit. */
class GanttPictureTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static Plan plan;

    @TempDir
    Path dir;

    @BeforeAll
    static void plan() {
        plan = TemplateCatalog.load().template("llm-chatbot").instantiate(START);
        new CpmScheduler().schedule(plan);
    }

    private static Task lastMilestone() {
        Task last = null;
        for (Task t : plan.tasksInOrder()) {
            if (t.kind() == TaskKind.MILESTONE && (last == null || !t.finish().isBefore(last.finish()))) {
                last = t;
            }
        }
        return last;
    }

    @Test
    void thePngHoldsTheWholePlanFromTheFirstStartToTheLastFinish() throws Exception {
        GanttPicture picture = GanttPicture.of(plan, PageSetup.Zoom.WEEKS, null, null, START.plusDays(20));
        Path png = dir.resolve("plan.png");
        picture.writePng(png);
        BufferedImage image = ImageIO.read(png.toFile());
        double scale = GanttPicture.PNG_SCALE;
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(picture.width() * scale));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(picture.height() * scale));

        LocalDate first = plan.tasksInOrder().stream().map(t -> t.start().toLocalDate()).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = plan.tasksInOrder().stream().map(GanttPages::lastDay).max(LocalDate::compareTo).orElseThrow();
        assertThat(picture.first()).isEqualTo(first);
        assertThat(picture.last()).isEqualTo(last);
        assertThat(picture.rowCount()).as("every task a row").isEqualTo(plan.taskCount());
        assertThat(picture.x(first)).isGreaterThan(picture.chartLeft());
        double weeks = PageSetup.Zoom.WEEKS.dayWidth();
        assertThat(picture.x(last.plusDays(1)) - picture.x(first))
                .as("the chart covers the plan's days at the zoom")
                .isCloseTo((last.toEpochDay() - first.toEpochDay() + 1) * weeks, org.assertj.core.data.Offset.offset(0.01));
        assertThat(picture.x(last.plusDays(1)) * scale).as("the last finish inside the image").isLessThan(image.getWidth());

        Task milestone = lastMilestone();
        int row = plan.tasksInOrder().indexOf(milestone);
        double y = (picture.rowTop(row) + GanttPages.ROW / 2) * scale;
        double x = picture.x(milestone.finish().toLocalDate()) * scale;
        assertThat(y).as("the last milestone's row inside the image").isLessThan(image.getHeight());
        assertThat(x).isLessThan(image.getWidth());
        assertThat(ink(image, (int) x, (int) y, 4)).as("the last milestone's diamond is drawn").isTrue();
    }

    /** Whether a dark pixel (a bar, a diamond) lies within {@code r} pixels of (x, y). */
    private static boolean ink(BufferedImage image, int x, int y, int r) {
        for (int dx = -r; dx <= r; dx++) {
            for (int dy = -r; dy <= r; dy++) {
                int rgb = image.getRGB(x + dx, y + dy);
                int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (sum < 400) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theSvgParsesAndHoldsEveryTaskNameAsText() throws Exception {
        Path svg = dir.resolve("plan.svg");
        GanttPicture.of(plan, PageSetup.Zoom.WEEKS, null, null, START).writeSvg(svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        for (Task t : plan.tasksInOrder()) {
            assertThat(words).as("the text of the SVG").contains(t.name());
        }
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("DejaVu Sans Condensed");
    }

    @Test
    void aDateRangeKeepsTheRowsThatTouchIt() {
        GanttPicture whole = GanttPicture.of(plan, PageSetup.Zoom.DAYS, null, null, START);
        GanttPicture march = GanttPicture.of(plan, PageSetup.Zoom.DAYS, START, START.plusDays(27), START);
        assertThat(march.first()).isEqualTo(START);
        assertThat(march.last()).isEqualTo(START.plusDays(27));
        assertThat(march.rowCount()).isLessThan(whole.rowCount()).isPositive();
        assertThat(march.width()).isLessThan(whole.width());
    }

    @Test
    void anAbsurdSizeIsRefusedInOneSentence() {
        GanttPicture picture = GanttPicture.of(plan, PageSetup.Zoom.DAYS, null, null, START);
        assertThatThrownBy(() -> picture.image(40))
                .isInstanceOf(GanttPicture.TooLargeException.class)
                .hasMessageMatching("The chart would make an image of \\d+ \u00d7 \\d+ pixels, too large for one file;"
                        + " choose a coarser zoom or fewer dates, or export SVG\\.");
    }
}
