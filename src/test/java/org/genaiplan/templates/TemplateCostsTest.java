package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.genaiplan.templates.DataFiles.editing;
import static org.genaiplan.templates.DataFiles.first;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.CpmScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Template plans come priced: a starter price table of examples, example role rates and cost lines. */
class TemplateCostsTest {
    static final TemplateCatalog CATALOG = ShippedTemplatesTest.CATALOG;
    static final LocalDate START = LocalDate.of(2027, 3, 1);

    static Stream<String> ids() {
        return ShippedTemplatesTest.ids();
    }

    private static Plan scheduled(String id) {
        Plan plan = CATALOG.template(id).instantiate(START);
        new CpmScheduler().schedule(plan);
        return plan;
    }

    @Test
    void starterPriceTableListsCommonGpusAndModelTiersAllMarkedAsExamples() {
        var prices = CATALOG.starterPrices();
        assertThat(prices.gpus()).extracting(g -> g.name()).contains("H100 80GB", "A100 80GB", "L40S", "L4");
        assertThat(prices.gpus()).allSatisfy(g -> {
            assertThat(g.example()).isTrue();
            assertThat(g.pricePerHour()).isPositive();
            assertThat(g.peakTflops()).isPositive();
        });
        assertThat(prices.models()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(m -> {
            assertThat(m.example()).isTrue();
            assertThat(m.model()).contains("(example)");
        });
        assertThat(CATALOG.priceNote()).contains("example");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyTemplatePlanHasTheStarterPricesExampleRolesAndPricedCostLines(String id) {
        Plan plan = scheduled(id);
        assertThat(plan.priceTable()).isEqualTo(CATALOG.starterPrices());
        assertThat(plan.roles()).isNotEmpty().allSatisfy(r -> assertThat(r.example()).isTrue());
        assertThat(plan.budget().isEmpty()).isTrue();
        CostReport report = CostReport.of(plan, START);
        assertThat(report.items()).allSatisfy(item -> assertThat(item.missingPrice()).as(item.summary()).isNull());
        assertThat(report.byCategory().get(CostCategory.COMPUTE).planned()).isPositive();
        assertThat(report.byCategory().get(CostCategory.API).planned()).isPositive();
        assertThat(report.byCategory().get(CostCategory.DATA).planned()).isPositive();
        assertThat(report.byCategory().get(CostCategory.PEOPLE).planned()).isPositive();
        assertThat(plan.changes().isEmpty()).isFalse(); // a new plan is written whole by the store
    }

    @Test
    void chatbotTemplateShowsEveryCategoryWithHandWorkedLines() {
        Plan plan = scheduled("llm-chatbot");
        CostReport report = CostReport.of(plan, START);
        for (CostCategory c : CostCategory.values()) {
            assertThat(report.byCategory().get(c).planned()).as(c.label()).isPositive();
        }
        // 4 x H100 x 120 h at the example 3.00 per GPU-hour
        assertThat(amount(plan, "Run fine-tuning jobs", 0)).isEqualByComparingTo("1440.00");
        // 3,000 items x 4 min = 200 h at the annotator's example 40 per hour
        assertThat(amount(plan, "Label question-answer pairs", 0)).isEqualByComparingTo("8000.00");
        // 10,000 requests x (500 x 3.00 + 300 x 15.00) per million tokens x 3 months
        assertThat(amount(plan, "Chatbot live", 1)).isEqualByComparingTo("180.00");
        assertThat(amount(plan, "Clear licences and data-use approvals", 0)).isEqualByComparingTo("12000.00");
        assertThat(amount(plan, "Run red-team sessions", 0)).isPositive();
    }

    private static BigDecimal amount(Plan plan, String taskName, int line) {
        Task task = plan.tasksInOrder().stream().filter(t -> t.name().equals(taskName)).findFirst().orElseThrow();
        CostLine l = task.costLines().get(line);
        assertThat(l.description()).isNotBlank();
        return l.input().amount(plan.prices(), task.durationMinutes());
    }

    @Test
    void fragmentRolesAreExamplesToo() {
        Plan plan = new Plan("Empty", START);
        var inserted = CATALOG.fragments().getFirst().apply(plan, null, 0, START);
        assertThat(inserted.addedRoles()).isNotEmpty().allSatisfy(r -> assertThat(r.example()).isTrue());
    }

    @Test
    void insertedFragmentBringsItsCostLinesPricedByTheStarterTable() {
        Plan plan = CATALOG.template("agile-llm-pilot").instantiate(START);
        CATALOG.fragment("fine-tuning").apply(plan, null, plan.roots().size(), START);
        Task run = plan.roots().getLast().children().stream().filter(t -> t.name().equals("Run fine-tuning jobs"))
                .findFirst().orElseThrow();
        // 4 x H100 x 120 h at the example 3.00 per GPU-hour
        assertThat(run.costLines()).singleElement().satisfies(l -> assertThat(l.input().amount(plan.prices(), 0))
                .isEqualByComparingTo("1440.00"));
    }

    @Test
    void badCostLinesInAFragmentStopTheLoad() {
        assertLoadFails(editing("fragments.json", first("\"gpuCount\": 64", "\"gpuCount\": -64")),
                "fragments.json (fragment \"pre-training\"): cost line 1 of task \"pt.train\": The GPU count cannot be"
                        + " negative.");
    }

    @Test
    void badCostLinesInATemplateStopTheLoadNamingTheTask() {
        assertLoadFails(editing("llm-chatbot.json", first("\"kind\": \"compute\"", "\"kind\": \"crypto\"")),
                "llm-chatbot.json: cost line 2 of task \"model.selection.benchmark\": The kind \"crypto\" is not one of"
                        + " people, compute, api, licence, annotation, evaluation, other, infrastructure.");
        assertLoadFails(editing("llm-chatbot.json", first("\"gpuCount\": 4", "\"gpuCount\": -4")),
                "llm-chatbot.json: cost line 1 of task \"model.finetune.run\": The GPU count cannot be negative.");
        assertLoadFails(editing("llm-chatbot.json", first("\"gpu\": \"H100 80GB\"", "\"gpu\": \"TPU v9\"")),
                "llm-chatbot.json: cost line 1 of task \"model.finetune.run\" uses the GPU \"TPU v9\", which is not in"
                        + " the starter price table.");
        assertLoadFails(editing("llm-chatbot.json", first("\"role\": \"Data Annotator\"", "\"role\": \"Intern\"")),
                "llm-chatbot.json: cost line 1 of task \"data.annotation.label\" uses the role \"Intern\", which is not a"
                        + " role of this file.");
    }

    @Test
    void badStarterPricesStopTheLoad() {
        assertLoadFails(editing("prices.json", first("\"name\": \"L4\"", "\"name\": \"l40s\"")),
                "prices.json: the GPU type \"l40s\" is listed twice.");
        assertLoadFails(editing("prices.json", first("\"pricePerHour\": 3.00", "\"pricePerHour\": -3.00")),
                "prices.json: The price per GPU-hour cannot be negative.");
        assertThatThrownBy(() -> TemplateCatalog.load(editing("prices.json", first("\"pricePerHour\": 3.00",
                "\"pricePerHour\": \"three\"")))).isInstanceOf(TemplateDataException.class)
                .hasMessageStartingWith("prices.json: bad value at gpus[0].pricePerHour");
    }

    private static void assertLoadFails(TemplateSource source, String message) {
        assertThatThrownBy(() -> TemplateCatalog.load(source)).isInstanceOf(TemplateDataException.class)
                .hasMessage(message);
    }
}
