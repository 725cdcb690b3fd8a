package org.genaiplan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** One entry of the risk register. Probability and impact are rated 1 (low) to 5 (high). */
public final class Risk {
    private final long id;
    private final ChangeLog log;
    private String title;
    private String statement = "";
    private String category;
    private String phase;
    private final Set<Long> linkedTaskIds = new LinkedHashSet<>();
    private String owner;
    private int probability = 3;
    private int impact = 3;
    private ResponseStrategy strategy = ResponseStrategy.MITIGATE;
    private String mitigation = "";
    private String contingency = "";
    private String trigger = "";
    private LocalDate dueDate;
    private RiskStatus status = RiskStatus.OPEN;
    private int residualProbability = 1;
    private int residualImpact = 1;
    private BigDecimal costImpact = BigDecimal.ZERO;
    private LocalDate raised;
    private LocalDate lastReviewed;

    Risk(long id, String title, ChangeLog log) {
        if (id <= 0) {
            throw new IllegalArgumentException("risk ids are positive: " + id);
        }
        this.id = id;
        this.log = log;
        this.title = Names.require(title, "A risk");
    }

    public long id() {
        return id;
    }

    /** The display id, R-001 and up. */
    public String code() {
        return String.format("R-%03d", id);
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Names.require(title, "A risk");
        log.risk(id);
    }

    /** The cause -> event -> effect statement. */
    public String statement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement == null ? "" : statement;
        log.risk(id);
    }

    public String category() {
        return category;
    }

    public void setCategory(String category) {
        this.category = blankToNull(category);
        log.risk(id);
    }

    public String phase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = blankToNull(phase);
        log.risk(id);
    }

    public Set<Long> linkedTaskIds() {
        return Collections.unmodifiableSet(linkedTaskIds);
    }

    public void linkTask(long taskId) {
        linkedTaskIds.add(taskId);
        log.risk(id);
    }

    public void unlinkTask(long taskId) {
        if (linkedTaskIds.remove(taskId)) {
            log.risk(id);
        }
    }

    public String owner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = blankToNull(owner);
        log.risk(id);
    }

    public int probability() {
        return probability;
    }

    public void setProbability(int probability) {
        this.probability = rating(probability, "Probability");
        log.risk(id);
    }

    public int impact() {
        return impact;
    }

    public void setImpact(int impact) {
        this.impact = rating(impact, "Impact");
        log.risk(id);
    }

    public int score() {
        return probability * impact;
    }

    public ScoreBand band() {
        return ScoreBand.of(score());
    }

    public ResponseStrategy strategy() {
        return strategy;
    }

    public void setStrategy(ResponseStrategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        log.risk(id);
    }

    public String mitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = mitigation == null ? "" : mitigation;
        log.risk(id);
    }

    public String contingency() {
        return contingency;
    }

    public void setContingency(String contingency) {
        this.contingency = contingency == null ? "" : contingency;
        log.risk(id);
    }

    /** The trigger or key risk indicator that tells the risk is coming true. */
    public String trigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger == null ? "" : trigger;
        log.risk(id);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
        log.risk(id);
    }

    public RiskStatus status() {
        return status;
    }

    public void setStatus(RiskStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        log.risk(id);
    }

    public int residualProbability() {
        return residualProbability;
    }

    public void setResidualProbability(int residualProbability) {
        this.residualProbability = rating(residualProbability, "Residual probability");
        log.risk(id);
    }

    public int residualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(int residualImpact) {
        this.residualImpact = rating(residualImpact, "Residual impact");
        log.risk(id);
    }

    public int residualScore() {
        return residualProbability * residualImpact;
    }

    /** What the risk would cost if it happened. */
    public BigDecimal costImpact() {
        return costImpact;
    }

    public void setCostImpact(BigDecimal costImpact) {
        Objects.requireNonNull(costImpact, "costImpact");
        if (costImpact.signum() < 0) {
            throw new ValidationException("A cost impact cannot be negative.");
        }
        this.costImpact = costImpact;
        log.risk(id);
    }

    /** Probability rating as a likelihood: 1 = 10 %, 2 = 30 %, 3 = 50 %, 4 = 70 %, 5 = 90 %. */
    public static int probabilityPercent(int rating) {
        return 10 + 20 * (rating(rating, "Probability") - 1);
    }

    /** Expected cost: the probability as a percentage times the cost impact. */
    public BigDecimal costExposure() {
        return costImpact.multiply(BigDecimal.valueOf(probabilityPercent(probability)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public LocalDate raised() {
        return raised;
    }

    public void setRaised(LocalDate raised) {
        this.raised = raised;
        log.risk(id);
    }

    public LocalDate lastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
        log.risk(id);
    }

    private static int rating(int value, String what) {
        if (value < 1 || value > 5) {
            throw new ValidationException(what + " must be rated 1 to 5, not " + value + ".");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "Risk[" + code() + " " + title + "]";
    }
}
