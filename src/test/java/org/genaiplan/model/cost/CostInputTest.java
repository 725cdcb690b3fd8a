package org.genaiplan.model.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;

/** Every cost formula against an amount worked out by hand. */
class CostInputTest {

    private static final Prices PRICES = new Prices() {
        private final Map<String, BigDecimal> rates = Map.of("ML engineer", new BigDecimal("120"),
                "Annotator", new BigDecimal("36"), "Red teamer", new BigDecimal("140.50"));
        private final PriceTable table = new PriceTable(LocalDate.of(2026, 11, 1),
                List.of(new GpuPrice("H100 80GB", new BigDecimal("2.50"), 989, true)),
                List.of(new TokenPrice("Large model", new BigDecimal("3"), new BigDecimal("15"), false)));

        @Override
        public BigDecimal roleRate(String role) {
            return rates.get(role);
        }

        @Override
        public GpuPrice gpu(String type) {
            return table.gpu(type);
        }

        @Override
        public TokenPrice model(String name) {
            return table.model(name);
        }
    };

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void computeIsGpusTimesHoursTimesPricePerGpuHour() {
        // 4 GPUs x 120 h = 480 GPU-hours x 2.50 = 1,200.00
        ComputeCost line = new ComputeCost("H100 80GB", 4, d("120"));
        assertThat(line.amount(PRICES, 0)).isEqualByComparingTo("1200.00");
        assertThat(line.gpuHours()).isEqualByComparingTo("480");
        assertThat(line.category()).isEqualTo(CostCategory.COMPUTE);
    }

    @Test
    void gpuTypeIsLookedUpIgnoringCase() {
        assertThat(new ComputeCost("h100 80gb", 1, d("10")).amount(PRICES, 0)).isEqualByComparingTo("25.00");
    }

    @Test
    void apiIsRequestsTimesTokenPricesPerMillionTimesMonths() {
        // per request: 500 x 3 + 300 x 15 = 6,000 per million = 0.006; x 10,000 requests = 60.00 a month
        ApiCost month = new ApiCost("Large model", 10_000, 500, 300, d("1"));
        assertThat(month.amount(PRICES, 0)).isEqualByComparingTo("60.00");
        ApiCost pilot = new ApiCost("Large model", 10_000, 500, 300, d("6"));
        assertThat(pilot.amount(PRICES, 0)).isEqualByComparingTo("360.00");
        assertThat(pilot.category()).isEqualTo(CostCategory.API);
    }

    @Test
    void peopleChargeTheirHoursOrTheTaskDuration() {
        assertThat(new PeopleCost("ML engineer", d("40")).amount(PRICES, 0)).isEqualByComparingTo("4800.00");
        // no hours: 3 days of 8 h = 1,440 minutes = 24 h x 120 = 2,880.00
        assertThat(new PeopleCost("ML engineer", null).amount(PRICES, 1440)).isEqualByComparingTo("2880.00");
        // 50 minutes at 120/h = 100.00
        assertThat(new PeopleCost("ML engineer", null).amount(PRICES, 50)).isEqualByComparingTo("100.00");
    }

    @Test
    void annotationIsItemsTimesMinutesPerItemAtTheAnnotatorsRate() {
        // 5,000 items x 1.5 min = 7,500 min = 125 h x 36 = 4,500.00
        AnnotationCost line = new AnnotationCost("Annotator", 5_000, d("1.5"));
        assertThat(line.amount(PRICES, 0)).isEqualByComparingTo("4500.00");
        assertThat(line.hours()).isEqualByComparingTo("125");
        assertThat(line.category()).isEqualTo(CostCategory.DATA);
    }

    @Test
    void evaluationAndRedTeamingAreHoursAtTheReviewersRate() {
        // 37.5 h x 140.50 = 5,268.75
        assertThat(new EvaluationCost("Red teamer", d("37.5")).amount(PRICES, 0)).isEqualByComparingTo("5268.75");
    }

    @Test
    void licencesAndOtherAmountsAreTakenAsTheyAreRoundedToTheCent() {
        assertThat(new LicenceCost(d("12000")).amount(PRICES, 0)).isEqualByComparingTo("12000.00");
        assertThat(new LicenceCost(d("1")).category()).isEqualTo(CostCategory.DATA);
        assertThat(new OtherCost(d("99.995")).amount(PRICES, 0)).isEqualByComparingTo("100.00");
        assertThat(new OtherCost(d("1")).category()).isEqualTo(CostCategory.OTHER);
    }

    @Test
    void aMissingPriceCostsNothingAndSaysWhatIsMissing() {
        ComputeCost unknownGpu = new ComputeCost("B200", 8, d("10"));
        assertThat(unknownGpu.amount(PRICES, 0)).isEqualByComparingTo("0");
        assertThat(unknownGpu.missingPrice(PRICES)).isEqualTo("The price table has no GPU type \"B200\".");
        assertThat(new ApiCost("Tiny", 1, 1, 1, d("1")).missingPrice(PRICES)).contains("no model \"Tiny\"");
        assertThat(new PeopleCost("Nobody", d("1")).missingPrice(PRICES)).contains("no role \"Nobody\"");
        assertThat(new ComputeCost("H100 80GB", 1, d("1")).missingPrice(PRICES)).isNull();
    }

    @Test
    void negativeInputsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new ComputeCost("H100 80GB", -1, d("10")))
                .isInstanceOf(ValidationException.class).hasMessage("The GPU count cannot be negative.");
        assertThatThrownBy(() -> new ComputeCost("H100 80GB", 1, d("-10")))
                .isInstanceOf(ValidationException.class).hasMessage("Hours cannot be negative.");
        assertThatThrownBy(() -> new ApiCost("Large model", -5, 1, 1, d("1")))
                .hasMessage("Requests per month cannot be negative.");
        assertThatThrownBy(() -> new ApiCost("Large model", 5, 1, 1, null)).hasMessage("Months is required.");
        assertThatThrownBy(() -> new AnnotationCost("Annotator", 10, d("-0.5")))
                .hasMessage("Minutes per item cannot be negative.");
        assertThatThrownBy(() -> new EvaluationCost(" ", d("1"))).hasMessage("The reviewer role is required.");
        assertThatThrownBy(() -> new GpuPrice("H100", d("-2"), 900, false))
                .hasMessage("The price per GPU-hour cannot be negative.");
        assertThatThrownBy(() -> new TokenPrice("M", d("1"), d("-1"), false))
                .hasMessage("The output price cannot be negative.");
        assertThatThrownBy(() -> new CostLine("", new OtherCost(d("1")), d("-3")))
                .hasMessage("The actual cost cannot be negative.");
    }

    @Test
    void thePriceTableRefusesTwoEntriesOfOneNameAndReplacesInPlace() {
        PriceTable table = PriceTable.empty()
                .withGpu(new GpuPrice("A100", d("1.80"), 312, true))
                .withGpu(new GpuPrice("H100", d("2.50"), 989, true));
        PriceTable edited = table.withGpu(new GpuPrice("a100", d("1.50"), 312, false));
        assertThat(edited.gpus()).extracting(GpuPrice::name).containsExactly("a100", "H100");
        assertThat(edited.gpu("A100").pricePerHour()).isEqualByComparingTo("1.50");
        assertThat(edited.gpu("A100").example()).isFalse();
        assertThat(table.gpu("A100").pricePerHour()).isEqualByComparingTo("1.80");
        assertThat(edited.withoutGpu("H100").gpus()).hasSize(1);
        assertThatThrownBy(() -> new PriceTable(null, List.of(new GpuPrice("L4", d("1"), 1, false),
                new GpuPrice("l4", d("2"), 1, false)), List.of()))
                .hasMessage("The price table lists the GPU type \"l4\" twice.");
    }

    @Test
    void budgetsArePositiveAndPhasesMatchIgnoringCase() {
        Budget budget = Budget.none().withTotal(d("100000")).withPhase("Fine-tuning", d("30000"));
        assertThat(budget.phase("fine-TUNING")).isEqualByComparingTo("30000");
        assertThat(budget.withPhase("FINE-TUNING", null).phases()).isEmpty();
        assertThatThrownBy(() -> budget.withTotal(d("0"))).hasMessage("The plan budget must be above zero.");
        assertThatThrownBy(() -> budget.withPhase("Data", d("-1")))
                .hasMessage("The budget of Data must be above zero.");
    }

    @Test
    void summariesShowTheInputsWithThousandsSeparated() {
        assertThat(new LicenceCost(d("12000")).summary()).isEqualTo("licence 12,000");
        assertThat(new ComputeCost("H100 80GB", 4, d("120.0")).summary()).isEqualTo("4 x H100 80GB x 120 h");
        assertThat(new EvaluationCost("Red teamer", d("37.5")).summary()).isEqualTo("Red teamer, 37.5 h");
        assertThat(new ApiCost("Large model", 10_000, 500, 300, d("3")).summary())
                .isEqualTo("10,000 requests/month x (500 in + 300 out tokens) x 3 months, Large model");
    }
}
