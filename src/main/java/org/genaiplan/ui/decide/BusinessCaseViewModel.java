package org.genaiplan.ui.decide;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.decision.BusinessCase;
import org.genaiplan.schedule.BusinessCaseReport;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.SetBusinessCaseCommand;

/**
 * The Decisions tab's business case: the fields the PM types (benefits, volume, an entered run-rate), each edit
 * one undoable step, and the figures worked out from them and the plan (payback month, ROI, unit costs,
 * run-rate), kept up to date while the view is shown.
 */
public final class BusinessCaseViewModel {
    /** The fields the PM types. */
    public enum Field {
        SAVINGS("Savings per month"), REVENUE("Revenue per month"), ONE_OFF("One-off benefit"),
        START("Benefits start in month"), REQUESTS("Requests per month"), INFERENCES("Inferences per request"),
        RUN_RATE("Run-rate per month");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The figures worked out. */
    public enum Figure { BUILD_COST, RUN_RATE, START, PAYBACK, ROI_12, ROI_36, PER_1000, PER_INFERENCE, LINES }

    private final CommandRunner runner;
    private final Map<Field, ReadOnlyStringWrapper> fields = new EnumMap<>(Field.class);
    private final Map<Figure, ReadOnlyStringWrapper> figures = new EnumMap<>(Figure.class);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final javafx.beans.property.ReadOnlyObjectWrapper<BusinessCaseReport> report =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "report");
    private boolean stale = true;

    public BusinessCaseViewModel(PlanEditor editor, StringProperty message) {
        this.runner = new CommandRunner(editor, message);
        for (Field f : Field.values()) {
            fields.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
        for (Figure f : Figure.values()) {
            figures.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
        editor.addChangeListener(change -> {
            stale = true;
            if (shown.get()) {
                refresh();
            }
        });
        shown.addListener((obs, was, is) -> {
            if (is && stale) {
                refresh();
            }
        });
    }

    /** Whether the view is on screen: the figures are worked out only then (and when it comes back stale). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Reads the business case again and works the figures out. */
    public void refresh() {
        stale = false;
        Plan plan = runner.plan();
        BusinessCase c = plan == null ? BusinessCase.NONE : plan.businessCase();
        fields.get(Field.SAVINGS).set(money(c.savingsPerMonth()));
        fields.get(Field.REVENUE).set(money(c.revenuePerMonth()));
        fields.get(Field.ONE_OFF).set(money(c.oneOffBenefit()));
        fields.get(Field.START).set(c.benefitStartMonth() == 0 ? "" : Integer.toString(c.benefitStartMonth()));
        fields.get(Field.REQUESTS).set(c.requestsPerMonth() == 0 ? "" : String.format(Locale.ROOT, "%,d", c.requestsPerMonth()));
        fields.get(Field.INFERENCES).set(c.inferencesPerRequest().stripTrailingZeros().toPlainString());
        fields.get(Field.RUN_RATE).set(c.runRatePerMonth() == null ? "" : MoneyText.format(c.runRatePerMonth()));
        if (plan == null) {
            figures.values().forEach(f -> f.set(""));
            report.set(null);
            return;
        }
        BusinessCaseReport r = BusinessCaseReport.of(plan, c);
        report.set(r);
        String currency = " " + plan.currency();
        figures.get(Figure.BUILD_COST).set(MoneyText.format(r.buildCost()) + currency);
        figures.get(Figure.RUN_RATE).set(MoneyText.format(r.runRate()) + currency
                + (r.runRateFromLines() ? "  (from " + r.operatingLines().size() + " operating line"
                        + (r.operatingLines().size() == 1 ? "" : "s") + ")" : "  (entered)"));
        figures.get(Figure.START).set("month " + r.startMonth() + (c.benefitStartMonth() == 0 && r.goLive() != null
                ? "  (the month after \u201c" + r.goLive().name() + "\u201d)" : ""));
        // before any benefit is typed there is nothing to pay back: say what to enter rather than "never"
        boolean noBenefit = c.savingsPerMonth().signum() == 0 && c.revenuePerMonth().signum() == 0
                && c.oneOffBenefit().signum() == 0;
        figures.get(Figure.PAYBACK).set(noBenefit ? "enter the benefits" : r.paybackText());
        figures.get(Figure.ROI_12).set(noBenefit ? "\u2013" : BusinessCaseReport.percent(r.roi12()));
        figures.get(Figure.ROI_36).set(noBenefit ? "\u2013" : BusinessCaseReport.percent(r.roi36()));
        figures.get(Figure.PER_1000).set(r.costPer1000Requests() == null ? "enter the requests per month"
                : MoneyText.format(r.costPer1000Requests()) + currency);
        figures.get(Figure.PER_INFERENCE).set(r.costPerInference() == null ? "enter the requests per month"
                : r.costPerInference().toPlainString() + currency);
        StringBuilder lines = new StringBuilder();
        for (CostLine line : r.operatingLines()) {
            lines.append(lines.isEmpty() ? "" : "\n").append("\u2022 ")
                    .append(line.description().isEmpty() ? line.input().summary() : line.description());
        }
        figures.get(Figure.LINES).set(lines.isEmpty()
                ? "No API or compute lines at or after go-live: enter a run-rate per month." : lines.toString());
    }

    /** Sets a field from its text; blank clears it (zero, or automatic for the start month and the run-rate). */
    public String set(Field field, String text) {
        if (runner.plan() == null) {
            return runner.refuse("Open a plan first.");
        }
        String t = text == null ? "" : text.strip().replace(",", "");
        UnaryOperator<BusinessCase> change;
        try {
            change = switch (field) {
                case SAVINGS -> c -> c.withSavingsPerMonth(amount(t, field));
                case REVENUE -> c -> c.withRevenuePerMonth(amount(t, field));
                case ONE_OFF -> c -> c.withOneOffBenefit(amount(t, field));
                case START -> c -> c.withBenefitStartMonth(t.isEmpty() ? 0 : (int) whole(t, field));
                case REQUESTS -> c -> c.withRequestsPerMonth(t.isEmpty() ? 0 : whole(t, field));
                case INFERENCES -> c -> c.withInferencesPerRequest(t.isEmpty() ? BigDecimal.ONE : amount(t, field));
                case RUN_RATE -> c -> c.withRunRatePerMonth(t.isEmpty() ? null : amount(t, field));
            };
            BusinessCase now = runner.plan().businessCase();
            if (change.apply(now).equals(now)) {
                refresh();
                return null;
            }
            return runner.run(new SetBusinessCaseCommand("Edit " + field.label(), change));
        } catch (ValidationException e) {
            refresh();
            return runner.refuse(e.getMessage());
        } finally {
            if (!shown.get()) {
                refresh();
            }
        }
    }

    /** The figures as last worked out, for the chart; null with no plan. */
    public javafx.beans.property.ReadOnlyObjectProperty<BusinessCaseReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty field(Field field) {
        return fields.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty figure(Figure figure) {
        return figures.get(figure).getReadOnlyProperty();
    }

    private static String money(BigDecimal value) {
        return value.signum() == 0 ? "" : MoneyText.format(value);
    }

    private static BigDecimal amount(String text, Field field) {
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(field.label() + " is a number, such as 12500, not \"" + text + "\".");
        }
    }

    private static long whole(String text, Field field) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(field.label() + " is a whole number, not \"" + text + "\".");
        }
    }
}
