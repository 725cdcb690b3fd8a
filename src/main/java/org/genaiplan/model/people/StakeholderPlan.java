package org.genaiplan.model.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.genaiplan.model.ValidationException;

/**
 * People and communication: the stakeholder register, the RACI matrix (phases and deliverables against roles
 * and stakeholders) and the communication plan. Immutable: every change makes a new one.
 */
public record StakeholderPlan(List<Stakeholder> stakeholders, List<RaciItem> raci, List<Communication> communications) {
    /** No stakeholders, no RACI rows, no communications. */
    public static final StakeholderPlan EMPTY = new StakeholderPlan(List.of(), List.of(), List.of());
    /** The most entries of each list (a guard against hostile files). */
    public static final int MAX_ITEMS = 10_000;

    public StakeholderPlan {
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        raci = raci == null ? List.of() : List.copyOf(raci);
        communications = communications == null ? List.of() : List.copyOf(communications);
        if (stakeholders.size() > MAX_ITEMS || raci.size() > MAX_ITEMS || communications.size() > MAX_ITEMS) {
            throw new ValidationException("A plan holds at most " + MAX_ITEMS + " stakeholders, RACI rows and communications each.");
        }
        unique(stakeholders.stream().map(Stakeholder::name).toList(), "stakeholder");
        unique(raci.stream().map(RaciItem::name).toList(), "RACI row");
        unique(communications.stream().map(Communication::name).toList(), "communication");
    }

    private static void unique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n.toLowerCase(Locale.ROOT))) {
                throw new ValidationException("The plan already has a " + what + " called \"" + n + "\".");
            }
        }
    }

    public boolean none() {
        return stakeholders.isEmpty() && raci.isEmpty() && communications.isEmpty();
    }

    public StakeholderPlan withStakeholders(List<Stakeholder> list) {
        return new StakeholderPlan(list, raci, communications);
    }

    public StakeholderPlan withRaci(List<RaciItem> list) {
        return new StakeholderPlan(stakeholders, list, communications);
    }

    public StakeholderPlan withCommunications(List<Communication> list) {
        return new StakeholderPlan(stakeholders, raci, list);
    }

    /**
     * This plan with party {@code from} (a role or stakeholder) called {@code to} in the RACI matrix and as the
     * owner of communications; {@code to} null drops the party's letters.
     */
    public StakeholderPlan withPartyRenamed(String from, String to) {
        List<RaciItem> rows = new ArrayList<>(raci.size());
        for (RaciItem r : raci) {
            RaciLetter l = r.letter(from);
            RaciItem made = r.with(from, null);
            rows.add(to == null || l == null ? made : made.with(to, l));
        }
        List<Communication> comms = new ArrayList<>(communications.size());
        for (Communication c : communications) {
            comms.add(to != null && c.owner().equals(from) ? c.withOwner(to) : c);
        }
        return new StakeholderPlan(stakeholders, rows, comms);
    }

    /** The RACI checks that fail, one sentence per row: exactly one A and at least one R. */
    public List<String> raciWarnings() {
        List<String> out = new ArrayList<>();
        for (RaciItem item : raci) {
            String w = item.warning();
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    /** One line for {@code genaiplan info}: how many stakeholders, RACI rows and warnings, communications. */
    public String summaryLine() {
        int warnings = raciWarnings().size();
        return stakeholders.size() + " stakeholder" + (stakeholders.size() == 1 ? "" : "s") + ", RACI " + raci.size()
                + " row" + (raci.size() == 1 ? "" : "s") + " with " + (warnings == 0 ? "no" : Integer.toString(warnings))
                + " warning" + (warnings == 1 ? "" : "s") + ", " + communications.size() + " communication"
                + (communications.size() == 1 ? "" : "s");
    }
}
