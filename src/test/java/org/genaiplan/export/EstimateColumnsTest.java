package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Optimistic, Most likely, Pessimistic and Distribution columns go out to CSV and xlsx and come back. */
class EstimateColumnsTest {
    @TempDir
    Path dir;

    @Test
    void theChatbotTemplatesRangesRoundTripThroughTheWorkbookAndCsv() throws Exception {
        Plan plan = ExportFixtures.template("llm-chatbot");
        List<Estimate> estimates = plan.tasksInOrder().stream().map(Task::estimate).toList();
        assertThat(estimates).anyMatch(e -> e != null && e.distribution() == Distribution.LOGNORMAL);

        Path csv = dir.resolve("chatbot.csv");
        new CsvExporter().export(plan, csv, null);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0))
                .endsWith(",Critical,Optimistic (days),Most likely (days),Pessimistic (days),Distribution");
        ImportResult fromCsv = new CsvImporter().read(csv, "back", LocalDate.of(2030, 1, 7));
        assertThat(fromCsv.problems()).isEmpty();
        assertThat(withoutGroups(fromCsv.plan())).containsExactlyElementsOf(withoutGroups(plan));

        Path xlsx = ExportFixtures.export(plan, dir, "chatbot.xlsx");
        ImportResult fromWorkbook = new ExcelImporter().read(xlsx, "back", LocalDate.of(2030, 1, 7));
        assertThat(withoutGroups(fromWorkbook.plan())).containsExactlyElementsOf(withoutGroups(plan));
    }

    private static List<String> withoutGroups(Plan plan) {
        return plan.tasksInOrder().stream().map(t -> t.estimate() == null ? "-" : t.estimate().optimisticMinutes() + "/"
                + t.estimate().mostLikelyMinutes() + "/" + t.estimate().pessimisticMinutes() + " " + t.estimate().distribution())
                .toList();
    }

    @Test
    void anotherToolsColumnsAreReadAndABadRangeIsAProblem() throws Exception {
        Path csv = dir.resolve("three-point.csv");
        Files.writeString(csv, String.join("\n",
                "Task Name,Duration,Optimistic,Most Likely,Pessimistic,Distribution",
                "Fine-tune,5,3,5,12,Triangular",
                "Evaluate,2,3,2,1,PERT"));
        ImportResult r = new CsvImporter().read(csv, "x", LocalDate.of(2027, 1, 4));
        Task tune = r.plan().tasksInOrder().get(0);
        assertThat(tune.estimate()).isEqualTo(new Estimate(3 * 480, 5 * 480, 12 * 480, Distribution.TRIANGULAR));
        assertThat(r.plan().tasksInOrder().get(1).estimate()).isNull();
        assertThat(r.problems()).extracting(ImportProblem::toString).singleElement().asString()
                .contains("three-point estimate could not be read");
    }
}
