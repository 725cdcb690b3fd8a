package org.genaiplan.ui.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellInputTest {
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1200|1200", "1,250.50|1250.50", "1 250|1250", "1\u00a0250.5|1250.5",
        "  7 |7", "0.25|0.25", ".5|0.5", "1,000,000|1000000", "1'000|1000"})
    void numbersTakeThousandsSeparatorsAndADecimalDot(String typed, String value) {
        assertThat(CellInput.number(typed, "Hours")).isEqualByComparingTo(value);
    }

    @Test
    void aDecimalCommaIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> CellInput.number("12,5", "Hours")).isInstanceOf(ValidationException.class)
                .hasMessage("Hours must use a dot for decimals and commas only between thousands (1,250.50), not "
                        + "\"12,5\".");
        assertThatThrownBy(() -> CellInput.number("1,25,000", "Hours"))
                .hasMessage("Hours must be a number such as 120 or 1,250.50, not \"1,25,000\".");
    }

    @Test
    void numbersRefuseTextNegativesAndBlanks() {
        assertThatThrownBy(() -> CellInput.number("lots", "Hours"))
                .hasMessage("Hours must be a number such as 120 or 1,250.50, not \"lots\".");
        assertThatThrownBy(() -> CellInput.number("1.2.3", "Hours")).hasMessageStartingWith("Hours must be a number");
        assertThatThrownBy(() -> CellInput.number("-3", "Hours")).hasMessage("Hours cannot be negative.");
        assertThatThrownBy(() -> CellInput.number(" ", "Hours")).hasMessage("Hours is required.");
        assertThat(CellInput.optionalNumber(" ", "Hours")).isNull();
        assertThat(CellInput.optionalNumber(null, "Hours")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$1,200|1200", "1200 EUR|1200", "\u20ac 5|5", "EUR1,000.50|1000.50",
        "1 250 \u00a3|1250", "USD 99.99|99.99"})
    void moneyMayCarryACurrencySignOrCode(String typed, String value) {
        assertThat(CellInput.money(typed, "The cost")).isEqualByComparingTo(value);
    }

    @Test
    void moneyRefusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> CellInput.money("12 hrs", "The cost"))
                .hasMessage("The cost must be a number such as 120 or 1,250.50, not \"12 hrs\".");
        assertThatThrownBy(() -> CellInput.money("$", "The cost")).hasMessage("The cost is required.");
        assertThatThrownBy(() -> CellInput.money("-$5", "The cost")).hasMessageStartingWith("The cost must be");
        assertThatThrownBy(() -> CellInput.money("-5", "The cost")).hasMessage("The cost cannot be negative.");
        assertThat(CellInput.optionalMoney("", "The cost")).isNull();
    }

    @Test
    void countsAreWholeNumbers() {
        assertThat(CellInput.count("1,000", "The GPU count")).isEqualTo(1000);
        assertThat(CellInput.count("2.0", "The GPU count")).isEqualTo(2);
        assertThatThrownBy(() -> CellInput.count("2.5", "The GPU count"))
                .hasMessage("The GPU count must be a whole number, not \"2.5\".");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"40|40", "40%|40", "40 %|40", " 12.5 |12.5", "12,5%|12.5", "0|0",
        "100|100"})
    void percentagesWithOrWithoutTheSign(String typed, double value) {
        assertThat(CellInput.percent(typed, "% complete")).isEqualTo(value);
    }

    @Test
    void percentagesOutsideZeroToAHundredAreRefused() {
        assertThatThrownBy(() -> CellInput.percent("150", "% complete"))
                .hasMessage("% complete must be between 0 and 100, not 150.");
        assertThatThrownBy(() -> CellInput.percent("-5", "% complete"))
                .hasMessage("% complete must be between 0 and 100, not -5.");
        assertThatThrownBy(() -> CellInput.percent("half", "% complete"))
                .hasMessage("% complete must be a percentage from 0 to 100, such as 40 or 40%, not \"half\".");
        assertThatThrownBy(() -> CellInput.percent("", "% complete")).hasMessage("% complete is required.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7B|7e9", "1.5T|1.5e12", "500M|5e8", "20k|2e4", "7e9|7e9",
        "7,000,000,000|7e9", "7 b|7e9"})
    void quantitiesTakeSuffixesAndExponents(String typed, double value) {
        assertThat(CellInput.quantity(typed, "The model size")).isEqualTo(value);
    }

    @Test
    void quantitiesMustBeAboveZero() {
        assertThatThrownBy(() -> CellInput.quantity("0", "The model size"))
                .hasMessage("The model size must be above zero.");
        assertThatThrownBy(() -> CellInput.quantity("big", "The model size"))
                .hasMessage("The model size must be a number such as 7B, 7e9 or 7,000,000,000, not \"big\".");
        assertThatThrownBy(() -> CellInput.quantity("1e999", "The model size"))
                .hasMessage("The model size is too large.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-02", "2026-11-2", " Mon 2026-11-02 ", "monday 2026-11-02", "Mon, 2026-11-02",
        "Thu 2026-11-02"})
    void isoDatesAndTheSheetsFormWithAnyWeekday(String typed) {
        assertThat(CellInput.date(typed, "Start", Locale.US)).isEqualTo(NOV_2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en-US|11/2/26", "en-US|11/2/2026", "en-GB|02/11/2026", "en-GB|2/11/26",
        "de-DE|02.11.26", "de-DE|Mo. 02.11.2026", "fr-FR|lundi 02/11/2026", "ja-JP|2026/11/02"})
    void theLocalesShortDate(String locale, String typed) {
        assertThat(CellInput.date(typed, "Start", Locale.forLanguageTag(locale))).isEqualTo(NOV_2);
    }

    @Test
    void theShortPatternAcceptsOneOrTwoDigitDaysAndMonthsAndTwoOrFourDigitYears() {
        assertThat(DateInput.lenient("dd/MM/y")).isEqualTo("d/M/u");
        assertThat(DateInput.lenient("M/d/yy")).isEqualTo("M/d/u");
        assertThat(DateInput.lenient("d MMM yyyy 'y'")).isEqualTo("d MMM u 'y'");
    }

    @Test
    void datesThatCannotBeReadAreRefusedWithTheFormsThatWork() {
        assertThat(CellInput.date("  ", "Start", Locale.US)).isNull();
        assertThatThrownBy(() -> CellInput.date("soon", "Start", Locale.US))
                .hasMessage("Start must be a date such as 2026-11-02, Mon 2026-11-02 or 11/2/26, not \"soon\".");
        assertThatThrownBy(() -> CellInput.date("soon", "Start", Locale.GERMANY))
                .hasMessage("Start must be a date such as 2026-11-02, Mon 2026-11-02 or 02.11.26, not \"soon\".");
        assertThatThrownBy(() -> CellInput.date("2026-02-30", "Start", Locale.US))
                .hasMessage("Start must be a day of the calendar; there is no 2026-02-30.");
        assertThatThrownBy(() -> CellInput.date("13/2/26", "Start", Locale.US))
                .hasMessageStartingWith("Start must be a date such as");
        assertThatThrownBy(() -> CellInput.date("Mon", "Start", Locale.US))
                .hasMessageStartingWith("Start must be a date such as");
    }

    @Test
    void hugeCellsAreRefusedAtOnceWithAShortQuote() {
        String huge = "1" + " ".repeat(100_000) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> CellInput.number(huge, "Hours"))
                    .hasMessage("Hours must be a number such as 120 or 1,250.50, not \"1\u2026\".");
            assertThatThrownBy(() -> CellInput.date(huge, "Start", Locale.US))
                    .hasMessageEndingWith("not \"1\u2026\".");
            assertThatThrownBy(() -> CellInput.percent(huge, "% complete")).hasMessageEndingWith("not \"1\u2026\".");
            assertThatThrownBy(() -> CellInput.quantity(huge, "The model size"))
                    .hasMessageEndingWith("not \"1\u2026\".");
        });
        assertThat(CellInput.money("1,000,000,000,000,000,000", "The cost"))
                .isEqualByComparingTo(new BigDecimal("1e18"));
    }
}
