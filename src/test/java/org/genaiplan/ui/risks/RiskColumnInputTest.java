package org.genaiplan.ui.risks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;

/** The risk grid reads dates and money with the same rules as the WBS sheet and the cost view. */
class RiskColumnInputTest {
    private final Plan plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
    private final Risk risk = plan.addRisk("Hallucinated answers");

    @Test
    void datesAreTakenAsIsoAsTheSheetShowsThemOrInTheLocalesShortForm() {
        RiskColumn.DUE.parse(plan, "Mon 2026-11-02").accept(risk);
        assertThat(risk.dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        String local = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(LocalDate.of(2026, 12, 24));
        RiskColumn.REVIEWED.parse(plan, local).accept(risk);
        assertThat(risk.lastReviewed()).isEqualTo(LocalDate.of(2026, 12, 24));
        RiskColumn.DUE.parse(plan, "").accept(risk);
        assertThat(risk.dueDate()).isNull();
        assertThatThrownBy(() -> RiskColumn.RAISED.parse(plan, "last week")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The date raised must be a date such as 2026-11-02, Mon 2026-11-02");
    }

    @Test
    void theCostImpactTakesSeparatorsAndACurrency() {
        RiskColumn.COST_IMPACT.parse(plan, "$25,000").accept(risk);
        assertThat(risk.costImpact()).isEqualByComparingTo("25000");
        RiskColumn.COST_IMPACT.parse(plan, "").accept(risk);
        assertThat(risk.costImpact()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> RiskColumn.COST_IMPACT.parse(plan, "-5")).isInstanceOf(ValidationException.class)
                .hasMessage("The cost impact cannot be negative.");
    }
}
