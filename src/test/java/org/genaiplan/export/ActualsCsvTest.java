package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.schedule.tracking.ActualsUpdate;
import org.genaiplan.schedule.tracking.WorkedExample;
import org.junit.jupiter.api.Test;

class ActualsCsvTest {
    private final Plan plan = WorkedExample.plan();

    private ActualsCsv.Result read(String text) throws Exception {
        return ActualsCsv.read(new StringReader(text), "usage.csv", plan);
    }

    @Test
    void rowsNameTasksByIdOrWbsCodeAndColumnsMayComeInAnyOrder() throws Exception {
        ActualsCsv.Result r = read("""
                Amount,Kind,Date,WBS,Quantity,% Complete
                "1,250.50",gpu-hours,2026-03-04,W2,12.5,30%
                ,output-tokens,2026-03-05,1,40000,
                99,cost,2026-03-06,1,,
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).containsExactly(
                new ActualsUpdate.Row(2, LocalDate.of(2026, 3, 4), UsageKind.GPU_HOURS, new BigDecimal("12.5"),
                        new BigDecimal("1250.50"), 30),
                new ActualsUpdate.Row(1, LocalDate.of(2026, 3, 5), UsageKind.OUTPUT_TOKENS, new BigDecimal("40000"),
                        null, null),
                new ActualsUpdate.Row(1, LocalDate.of(2026, 3, 6), UsageKind.COST, null, new BigDecimal("99"), null));
    }

    @Test
    void badRowsAreReportedByTheRowASpreadsheetShows() throws Exception {
        ActualsCsv.Result r = read("""
                task,date,kind,quantity,amount,percent
                1,2026-03-04,gpu-hours,10,,
                7,2026-03-04,gpu-hours,10,,
                1,04/03/2026,gpu-hours,10,,
                1,2026-03-04,watts,10,,
                1,2026-03-04,gpu-hours,ten,,
                1,2026-03-04,gpu-hours,,,
                1,2026-03-04,gpu-hours,1,,140

                2,2026-03-04,cost,,-5,
                """);
        assertThat(r.rows()).hasSize(1);
        assertThat(r.problems()).extracting(Object::toString).containsExactly(
                "Row 3: the plan has no task with ID or WBS code \"7\".",
                "Row 4: \"04/03/2026\" is not a date (YYYY-MM-DD).",
                "Row 5: \"watts\" is not a kind of actual (people-hours, gpu-hours, input-tokens, output-tokens,"
                        + " annotation-items or cost).",
                "Row 6: the quantity \"ten\" is not a number.",
                "Row 7: the row has neither a quantity nor an amount.",
                "Row 8: % complete must be between 0 and 100, not 140.",
                "Row 10: the amount cannot be negative.");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedWithASentence() {
        assertThatThrownBy(() -> read("when,what\n2026-03-04,1\n")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("usage.csv has no \"task\" column");
        assertThatThrownBy(() -> read("")).isInstanceOf(ImportException.class).hasMessage("usage.csv is empty.");
    }
}
