package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.templates.Specs.FragmentsFile;
import org.junit.jupiter.api.Test;

class ComplianceFragmentsTest {
    private static final TemplateCatalog CATALOG = ShippedTemplatesTest.CATALOG;
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    void theShippedDatesCarryTheirSourcesAndTheDayTheyWereChecked() {
        RegulatoryDates dates = RegulatoryDates.shipped();
        assertThat(dates.get("eu-ai-act-gpai").date()).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(dates.get("eu-ai-act-annex-iii").date()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(dates.get("eu-ai-act-annex-iii").source()).contains("7 May 2026");
        assertThat(dates.get("nist-ai-600-1").hasDate()).isFalse();
        assertThat(dates.all()).allSatisfy(d -> {
            assertThat(d.source()).isNotBlank();
            assertThat(d.checked()).isEqualTo(LocalDate.of(2026, 12, 6));
        });
    }

    @Test
    void everyDateAFragmentNamesResolves() {
        RegulatoryDates dates = RegulatoryDates.shipped();
        FragmentsFile file = new DataReader(TemplateSource.shipped()).read("fragments.json", FragmentsFile.class);
        int[] named = new int[1];
        for (Specs.FragmentSpec f : file.fragments()) {
            TaskBuilder.forEach(f.tasks(), t -> {
                if (t.dueBy() != null) {
                    named[0]++;
                    assertThat(dates.get(t.dueBy())).as(f.id() + " / " + t.key()).isNotNull();
                }
            });
        }
        assertThat(named[0]).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theHighRiskFragmentPutsItsMilestoneAtTheAnnexIiiDateWithTheSourceInItsNotes() {
        Plan plan = CATALOG.template("llm-chatbot").instantiate(START);
        FragmentInsertion added = CATALOG.fragment("eu-ai-act-high-risk").apply(plan, null, 0, START);

        Task milestone = added.roots().getFirst().children().getLast();
        assertThat(milestone.isMilestone()).isTrue();
        assertThat(milestone.deadline()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(milestone.notes()).contains("Source: Provisional political agreement", "Date checked: 2026-12-06");
        assertThat(added.roots().getFirst().children()).extracting(Task::name)
                .anySatisfy(n -> assertThat(n).contains("conformity assessment"))
                .anySatisfy(n -> assertThat(n).contains("post-market monitoring"))
                .anySatisfy(n -> assertThat(n).contains("human oversight"))
                .anySatisfy(n -> assertThat(n).contains("EU database"));
    }

    @Test
    void theNistMilestoneHasNoDeadlineButSaysWhy() {
        Plan plan = CATALOG.template("llm-chatbot").instantiate(START);
        Task milestone = CATALOG.fragment("nist-ai-600-1").apply(plan, null, 0, START).roots().getFirst()
                .children().getLast();
        assertThat(milestone.deadline()).isNull();
        assertThat(milestone.notes()).contains("No legal date", "NIST AI 600-1");
    }

    @Test
    void aPmWhoChangesTheDatesFileMovesTheMilestone() throws Exception {
        String shipped;
        try (var in = TemplateSource.shipped().open(RegulatoryDates.FILE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String moved = shipped.replace("\"2027-12-02\"", "\"2028-03-01\"");
        TemplateSource changed = file -> file.equals(RegulatoryDates.FILE)
                ? new ByteArrayInputStream(moved.getBytes(StandardCharsets.UTF_8))
                : TemplateSource.shipped().open(file);
        TemplateCatalog catalog = TemplateCatalog.load(changed);
        Plan plan = catalog.template("llm-chatbot").instantiate(START);
        Task milestone = catalog.fragment("eu-ai-act-high-risk").apply(plan, null, 0, START).roots().getFirst()
                .children().getLast();
        assertThat(milestone.deadline()).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void aFragmentNamingAnUnknownDateIsRefused() {
        TemplateSource missing = file -> file.equals(RegulatoryDates.FILE)
                ? new ByteArrayInputStream("""
                    {"dates": [{"id": "other", "label": "Other", "date": "2028-03-01",
                                "source": "s", "checked": "2027-06-01"}]}""".getBytes(StandardCharsets.UTF_8))
                : TemplateSource.shipped().open(file);
        assertThatThrownBy(() -> TemplateCatalog.load(missing))
                .isInstanceOf(TemplateDataException.class)
                .hasMessageContaining("\"eu-ai-act-gpai\"").hasMessageContaining("not a date of " + RegulatoryDates.FILE);
    }

    @Test
    void aMalformedDateIsOneSentence() {
        TemplateSource bad = file -> new ByteArrayInputStream("""
                {"dates": [{"id": "x", "label": "X", "date": "2 Dec 2027", "source": "s", "checked": "2026-12-06"}]}"""
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RegulatoryDates.read(bad, RegulatoryDates.FILE))
                .hasMessage(RegulatoryDates.FILE + ": the date of \"x\" is \"2 Dec 2027\"; write it as YYYY-MM-DD.");
    }

    @Test
    void promptEngineeringAndAugmentationFragmentsExist() {
        Plan plan = CATALOG.template("genai-lifecycle").instantiate(START);
        Task design = CATALOG.fragment("prompt-engineering").apply(plan, null, 0, START).roots().getFirst()
                .children().get(1);
        assertThat(design.technique()).isEqualTo("prompt-engineering");
        assertThat(CATALOG.fragment("data-augmentation").taskCount()).isGreaterThanOrEqualTo(4);
        assertThat(CATALOG.fragment("responsible-ai").taskCount()).isEqualTo(7);
    }
}
