package org.genaiplan.ui.risks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ResponseStrategy;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.input.CellInput;

/**
 * The columns of the risk register: header, how a risk's value is shown as text, and how typed text
 * becomes a change to the risk. Parsing refuses bad text with one sentence before anything changes.
 */
public enum RiskColumn {
    ID("ID", 64),
    TITLE("Title", 240),
    PROBABILITY("P", 44),
    IMPACT("I", 44),
    SCORE("Score", 58),
    BAND("Band", 70),
    STATUS("Status", 100),
    OWNER("Owner", 130),
    CATEGORY("Category", 150),
    STRATEGY("Strategy", 92),
    DUE("Due", 96),
    STATEMENT("Cause \u2192 event \u2192 effect", 200),
    PHASE("Phase", 110),
    TASKS("Linked tasks", 90),
    MITIGATION("Mitigation", 240),
    CONTINGENCY("Contingency", 200),
    TRIGGER("Trigger / KRI", 180),
    RESIDUAL_PROBABILITY("Res. P", 56),
    RESIDUAL_IMPACT("Res. I", 56),
    RESIDUAL_SCORE("Res. score", 76),
    COST_IMPACT("Cost impact", 104),
    EXPOSURE("Exposure", 100),
    RAISED("Raised", 96),
    REVIEWED("Last reviewed", 104);

    private final String header;
    private final double width;

    RiskColumn(String header, double width) {
        this.header = header;
        this.width = width;
    }

    public String header() {
        return header;
    }

    public double width() {
        return width;
    }

    /** Computed columns (id, scores, band, exposure) are not typed in. */
    public boolean editable() {
        return this != ID && this != SCORE && this != BAND && this != RESIDUAL_SCORE && this != EXPOSURE;
    }

    /** The columns that stay in place while the register scrolls sideways. */
    public boolean frozen() {
        return this == ID || this == TITLE;
    }

    /** Columns edited by picking from a list. */
    public boolean choice() {
        return this == CATEGORY || this == OWNER || this == STRATEGY || this == STATUS;
    }

    /** Whether the column shows a number (right-aligned, sorted by value). */
    public boolean numeric() {
        return switch (this) {
            case PROBABILITY, IMPACT, SCORE, RESIDUAL_PROBABILITY, RESIDUAL_IMPACT, RESIDUAL_SCORE, COST_IMPACT,
                 EXPOSURE -> true;
            default -> false;
        };
    }

    /** The risk's value in this column as the grid shows it. */
    public String text(Plan plan, Risk r) {
        return switch (this) {
            case ID -> r.code();
            case TITLE -> r.title();
            case STATEMENT -> r.statement();
            case CATEGORY -> nz(r.category());
            case PHASE -> nz(r.phase());
            case TASKS -> linkedCodes(plan, r);
            case OWNER -> nz(r.owner());
            case PROBABILITY -> Integer.toString(r.probability());
            case IMPACT -> Integer.toString(r.impact());
            case SCORE -> Integer.toString(r.score());
            case BAND -> label(r.band());
            case STRATEGY -> label(r.strategy());
            case MITIGATION -> r.mitigation();
            case CONTINGENCY -> r.contingency();
            case TRIGGER -> r.trigger();
            case DUE -> date(r.dueDate());
            case STATUS -> label(r.status());
            case RESIDUAL_PROBABILITY -> Integer.toString(r.residualProbability());
            case RESIDUAL_IMPACT -> Integer.toString(r.residualImpact());
            case RESIDUAL_SCORE -> Integer.toString(r.residualScore());
            case COST_IMPACT -> MoneyText.format(r.costImpact());
            case EXPOSURE -> MoneyText.format(r.costExposure());
            case RAISED -> date(r.raised());
            case REVIEWED -> date(r.lastReviewed());
        };
    }

    /**
     * Turns typed text into a change of this column; refuses text that cannot be a value here with a
     * {@link ValidationException} whose message is shown at the cell.
     */
    public Consumer<Risk> parse(Plan plan, String typed) {
        String text = typed == null ? "" : typed.strip();
        return switch (this) {
            case ID, SCORE, BAND, RESIDUAL_SCORE, EXPOSURE ->
                    throw new ValidationException("The " + header + " is calculated and cannot be typed.");
            case TITLE -> {
                if (text.isEmpty()) {
                    throw new ValidationException("A risk needs a title.");
                }
                yield r -> r.setTitle(text);
            }
            case STATEMENT -> r -> r.setStatement(text);
            case CATEGORY -> r -> r.setCategory(text);
            case PHASE -> r -> r.setPhase(text);
            case TASKS -> {
                List<Long> ids = taskIds(plan, text);
                yield r -> {
                    List.copyOf(r.linkedTaskIds()).forEach(r::unlinkTask);
                    ids.forEach(r::linkTask);
                };
            }
            case OWNER -> r -> r.setOwner(text);
            case PROBABILITY -> {
                int v = rating(text, "Probability");
                yield r -> r.setProbability(v);
            }
            case IMPACT -> {
                int v = rating(text, "Impact");
                yield r -> r.setImpact(v);
            }
            case RESIDUAL_PROBABILITY -> {
                int v = rating(text, "Residual probability");
                yield r -> r.setResidualProbability(v);
            }
            case RESIDUAL_IMPACT -> {
                int v = rating(text, "Residual impact");
                yield r -> r.setResidualImpact(v);
            }
            case STRATEGY -> {
                ResponseStrategy s = choose(ResponseStrategy.values(), text, "strategy");
                yield r -> r.setStrategy(s);
            }
            case STATUS -> {
                RiskStatus s = choose(RiskStatus.values(), text, "status");
                yield r -> r.setStatus(s);
            }
            case MITIGATION -> r -> r.setMitigation(text);
            case CONTINGENCY -> r -> r.setContingency(text);
            case TRIGGER -> r -> r.setTrigger(text);
            case DUE -> {
                LocalDate d = CellInput.date(text, "The due date");
                yield r -> r.setDueDate(d);
            }
            case RAISED -> {
                LocalDate d = CellInput.date(text, "The date raised");
                yield r -> r.setRaised(d);
            }
            case REVIEWED -> {
                LocalDate d = CellInput.date(text, "The date last reviewed");
                yield r -> r.setLastReviewed(d);
            }
            case COST_IMPACT -> {
                BigDecimal amount = CellInput.optionalMoney(text, "The cost impact");
                BigDecimal cost = amount == null ? BigDecimal.ZERO : amount;
                yield r -> r.setCostImpact(cost);
            }
        };
    }

    static String label(Enum<?> value) {
        String n = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String linkedCodes(Plan plan, Risk r) {
        List<String> codes = new ArrayList<>();
        for (long id : r.linkedTaskIds()) {
            Task t = plan.task(id);
            if (t != null) {
                codes.add(plan.wbsCode(t));
            }
        }
        return String.join(", ", codes);
    }

    private static List<Long> taskIds(Plan plan, String text) {
        List<Long> ids = new ArrayList<>();
        if (text.isEmpty()) {
            return ids;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Task t = plan.taskByWbsCode(part);
            if (t == null) {
                throw new ValidationException("There is no task with the WBS code " + part + ".");
            }
            if (!ids.contains(t.id())) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    private static int rating(String text, String what) {
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(what + " is rated with a whole number from 1 to 5.");
        }
        if (v < 1 || v > 5) {
            throw new ValidationException(what + " must be rated 1 to 5, not " + v + ".");
        }
        return v;
    }

    private static <E extends Enum<E>> E choose(E[] values, String text, String what) {
        for (E e : values) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : values) {
            names.add(label(e));
        }
        throw new ValidationException("Choose a " + what + ": " + String.join(", ", names) + ".");
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
