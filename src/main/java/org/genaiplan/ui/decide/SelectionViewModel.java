package org.genaiplan.ui.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.decision.SelectionMatrix;
import org.genaiplan.model.decision.SelectionMatrix.Candidate;
import org.genaiplan.model.decision.SelectionMatrix.Criterion;
import org.genaiplan.model.decision.SelectionMatrix.Decision;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.model.Task;
import org.genaiplan.ui.command.CompositeCommand;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.SetPriceTableCommand;
import org.genaiplan.ui.command.SetSelectionCommand;

/**
 * The Decisions tab's model selection: the criteria with their weights, the candidates with their facts and
 * scores, the ranking, and the decision. Every edit is one undoable step; a refused value leaves the matrix as it
 * was and says why.
 */
public final class SelectionViewModel {
    /** The candidate columns after the criteria: facts of the candidate, typed as text. */
    public enum Fact { NAME, APPROACH, ACCESS, HOSTING, SIZE, LICENCE, PRICE, CONTEXT }

    private final CommandRunner runner;
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper ranking = new ReadOnlyStringWrapper(this, "ranking", "");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper(this, "decision", "");

    public SelectionViewModel(PlanEditor editor, StringProperty message) {
        this.runner = new CommandRunner(editor, message);
        editor.addChangeListener(change -> {
            if (change.settings()) {
                refresh();
            }
        });
        refresh();
    }

    /** Reads the plan's matrix again. */
    public void refresh() {
        Plan plan = runner.plan();
        SelectionMatrix m = plan == null ? SelectionMatrix.EMPTY : plan.selection();
        criteria.setAll(m.criteria());
        candidates.setAll(m.candidates());
        StringBuilder text = new StringBuilder();
        for (SelectionMatrix.Ranked r : m.ranking()) {
            text.append(text.isEmpty() ? "" : ",  ").append(r.rank()).append(". ").append(r.candidate().name())
                    .append(" ").append(String.format(Locale.ROOT, "%.2f", r.score()));
        }
        ranking.set(m.candidates().isEmpty() ? "No candidates yet." : "Ranking (weighted score out of 5): " + text);
        Decision d = m.decision();
        decision.set(d == null ? "No decision recorded."
                : "Decided on " + d.date() + ": " + d.candidate() + " (rank " + m.rankOf(d.candidate()) + ")"
                        + (d.rationale().isEmpty() ? "." : ". " + d.rationale()));
    }

    private SelectionMatrix matrix() {
        Plan plan = runner.plan();
        return plan == null ? SelectionMatrix.EMPTY : plan.selection();
    }

    private String change(String label, UnaryOperator<SelectionMatrix> change) {
        if (runner.plan() == null) {
            return runner.refuse("Open a plan first.");
        }
        try {
            return runner.run(new SetSelectionCommand(label, change));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    /** Puts the seven starter criteria in (only while there are none). */
    public String useStarterCriteria() {
        if (!matrix().criteria().isEmpty()) {
            return runner.refuse("The matrix has criteria already.");
        }
        return change("Add Starter Criteria", m -> m.withCriteria(SelectionMatrix.starter().criteria()));
    }

    public String addCriterion(String name) {
        return change("Add Criterion", m -> {
            List<Criterion> list = new ArrayList<>(m.criteria());
            list.add(new Criterion(name, 5));
            return m.withCriteria(list);
        });
    }

    public String removeCriterion(int index) {
        return change("Remove Criterion", m -> {
            List<Criterion> list = new ArrayList<>(m.criteria());
            list.remove(index);
            return m.withCriteria(list);
        });
    }

    /** Sets a criterion's weight (0 to 10). */
    public String setWeight(int index, String text) {
        return change("Edit Criterion Weight", m -> {
            List<Criterion> list = new ArrayList<>(m.criteria());
            Criterion c = list.get(index);
            list.set(index, new Criterion(c.name(), whole(text, "A weight")));
            return m.withCriteria(list);
        });
    }

    public String addCandidate(String name) {
        return change("Add Candidate", m -> {
            List<Candidate> list = new ArrayList<>(m.candidates());
            list.add(new Candidate(name));
            return m.withCandidates(list);
        });
    }

    public String removeCandidate(int index) {
        return change("Remove Candidate", m -> {
            List<Candidate> list = new ArrayList<>(m.candidates());
            Candidate gone = list.remove(index);
            Decision d = m.decision() != null && m.decision().candidate().equals(gone.name()) ? null : m.decision();
            return new SelectionMatrix(m.criteria(), list, d);
        });
    }

    /** Sets a candidate's score (1 to 5, blank for none) on the named criterion. */
    public String setScore(int index, String criterion, String text) {
        return change("Edit Score", m -> {
            List<Candidate> list = new ArrayList<>(m.candidates());
            Integer score = text == null || text.isBlank() ? null : whole(text, "A score");
            list.set(index, list.get(index).withScore(criterion, score));
            return m.withCandidates(list);
        });
    }

    /**
     * Sets one fact of a candidate, typed as text ("adapt"/"pre-train"/"buy", "open"/"closed", "hosted"/"self-hosted",
     * a price, tokens).
     */
    public String setFact(int index, Fact fact, String text) {
        return change("Edit Candidate", m -> {
            List<Candidate> list = new ArrayList<>(m.candidates());
            Candidate c = list.get(index);
            String t = text == null ? "" : text.strip();
            Candidate changed = switch (fact) {
                case NAME -> new Candidate(t, c.openWeights(), c.selfHosted(), c.size(), c.licence(),
                        c.pricePerMillionTokens(), c.contextTokens(), c.scores());
                case APPROACH -> c.withApproach(org.genaiplan.model.decision.Approach.parse(t));
                case ACCESS -> new Candidate(c.name(), choice(t, "open", "closed", "Access"), c.selfHosted(), c.size(),
                        c.licence(), c.pricePerMillionTokens(), c.contextTokens(), c.scores());
                case HOSTING -> new Candidate(c.name(), c.openWeights(), choice(t, "self-hosted", "hosted", "Hosting"),
                        c.size(), c.licence(), c.pricePerMillionTokens(), c.contextTokens(), c.scores());
                case SIZE -> new Candidate(c.name(), c.openWeights(), c.selfHosted(), t, c.licence(),
                        c.pricePerMillionTokens(), c.contextTokens(), c.scores());
                case LICENCE -> new Candidate(c.name(), c.openWeights(), c.selfHosted(), c.size(), t,
                        c.pricePerMillionTokens(), c.contextTokens(), c.scores());
                case PRICE -> new Candidate(c.name(), c.openWeights(), c.selfHosted(), c.size(), c.licence(),
                        t.isEmpty() ? null : money(t), c.contextTokens(), c.scores());
                case CONTEXT -> new Candidate(c.name(), c.openWeights(), c.selfHosted(), c.size(), c.licence(),
                        c.pricePerMillionTokens(), t.isEmpty() ? 0 : whole(t.replace(",", ""), "A context length"),
                        c.scores());
            };
            if (fact != Fact.APPROACH) {
                changed = changed.withApproach(c.approach());
            }
            Decision d = m.decision();
            if (fact == Fact.NAME && d != null && d.candidate().equals(c.name())) {
                d = new Decision(changed.name(), d.date(), d.rationale());
            }
            return new SelectionMatrix(m.criteria(), list.isEmpty() ? list : replace(list, index, changed), d);
        });
    }

    /** Records the decision: the candidate chosen, its date and the reason. */
    public String decide(String candidate, LocalDate date, String rationale) {
        if (candidate == null || candidate.isBlank()) {
            return runner.refuse("Choose the candidate the decision is for.");
        }
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("Open a plan first.");
        }
        Decision decided;
        try {
            decided = new Decision(candidate, date, rationale);
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
        List<PlanCommand> parts = new ArrayList<>();
        parts.add(new SetSelectionCommand("Record Model Decision", m -> m.withDecision(decided)));
        Candidate chosen = matrix().candidates().stream().filter(c -> c.name().equals(candidate)).findFirst().orElse(null);
        TokenPrice priced = chosen == null ? null : DecisionEffects.price(plan, chosen);
        if (priced != null) {
            parts.add(new SetPriceTableCommand("Price of the chosen model", plan.priceTable().withModel(priced)));
        }
        Task milestone = DecisionEffects.selectionMilestone(plan);
        if (milestone != null) {
            parts.add(new EditTaskFieldCommand(milestone.id(), "Notes",
                    t -> t.setNotes(DecisionEffects.notesWith(t.notes(), decided))));
        }
        String refused;
        try {
            refused = runner.run(new CompositeCommand("Record Model Decision", parts));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
        if (refused == null) {
            runner.tell(DecisionEffects.sentence(decided, priced, milestone));
        }
        return refused;
    }

    public String clearDecision() {
        return change("Clear Model Decision", m -> m.withDecision(null));
    }

    /** The candidate's weighted score, as the table shows it. */
    public String scoreText(Candidate c) {
        return String.format(Locale.ROOT, "%.2f", matrix().score(c));
    }

    public String rankText(Candidate c) {
        return Integer.toString(matrix().rankOf(c.name()));
    }

    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    private static List<Candidate> replace(List<Candidate> list, int index, Candidate c) {
        list.set(index, c);
        return list;
    }

    private static boolean choice(String text, String yes, String no, String what) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals(yes)) {
            return true;
        }
        if (t.equals(no)) {
            return false;
        }
        throw new ValidationException(what + " is \"" + yes + "\" or \"" + no + "\", not \"" + text + "\".");
    }

    private static int whole(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(what + " is a whole number, not \"" + text.strip() + "\".");
        }
    }

    private static BigDecimal money(String text) {
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException("A price per million tokens is a number, such as 2.50, not \"" + text + "\".");
        }
    }
}
