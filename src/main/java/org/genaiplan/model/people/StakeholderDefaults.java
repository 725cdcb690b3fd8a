package org.genaiplan.model.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * A starting point for a GenAI plan's people and communication, from the seeds: the stakeholder map names the
 * sponsor, legal and compliance, finance, marketing and end-user representatives (plus the owners of the data
 * the model learns from); the planning phase's deliverables are the charter, the risk register, the quality plan
 * and the communication plan; the communication matrix has a weekly update, a fortnightly steering committee,
 * daily stand-ups, demos for feedback and safety reporting to legal and compliance. The wording is ours.
 */
public final class StakeholderDefaults {
    public static final String SPONSOR = "Project sponsor";
    public static final String END_USERS = "End-user representatives";
    public static final String LEGAL = "Legal and compliance";
    public static final String DATA_OWNERS = "Data owners";
    public static final String FINANCE = "Finance";
    public static final String MARKETING = "Marketing";

    private StakeholderDefaults() {
    }

    /** Stakeholders, RACI rows (documents, then the plan's phases and milestones) and communications for {@code plan}. */
    public static StakeholderPlan forPlan(Plan plan) {
        return new StakeholderPlan(stakeholders(), raci(plan), communications(plan));
    }

    public static List<Stakeholder> stakeholders() {
        return List.of(
                new Stakeholder(SPONSOR, "Business executive who funds the project", Level.HIGH, Level.HIGH,
                        Attitude.CHAMPION, "Progress against the business case and budget; the go/no-go decisions"
                        + " to sign; risks that need an escalation."),
                new Stakeholder(END_USERS, "The teams who will use the system", Level.HIGH, Level.MEDIUM,
                        Attitude.NEUTRAL, "What the system will and will not do, when they can try it, and how their"
                        + " feedback changes it."),
                new Stakeholder(LEGAL, "Legal, privacy and compliance office", Level.MEDIUM, Level.HIGH,
                        Attitude.SCEPTICAL, "Data rights and privacy, AI-regulation duties, and the safety, bias and"
                        + " red-team results before launch."),
                new Stakeholder(DATA_OWNERS, "Owners of the source systems and documents", Level.MEDIUM, Level.MEDIUM,
                        Attitude.NEUTRAL, "Which data is used, how it is protected and versioned, and when access"
                        + " is needed."),
                new Stakeholder(FINANCE, "Finance business partner", Level.LOW, Level.MEDIUM, Attitude.NEUTRAL,
                        "Spend against budget, the GPU and API run-rate and the assumptions of the return on"
                        + " investment."),
                new Stakeholder(MARKETING, "Marketing and communications", Level.LOW, Level.LOW, Attitude.SUPPORTIVE,
                        "Launch timing and what may be said in public about the AI features."));
    }

    public static List<Communication> communications(Plan plan) {
        String pm = lead(plan);
        String standUp = plan.role("Scrum Master") != null ? "Scrum Master" : pm;
        String po = plan.role("Product Owner") != null ? "Product Owner" : pm;
        return List.of(
                new Communication("Weekly status update", "All stakeholders",
                        "Progress since last week, next steps, risks and the decisions needed", Frequency.WEEKLY,
                        "E-mail", pm),
                new Communication("Steering committee", SPONSOR + " and steering committee",
                        "Schedule and budget against the baseline, top risks, escalations and decisions",
                        Frequency.FORTNIGHTLY, "Meeting with slide deck", pm),
                new Communication("Team stand-up", "Core project team", "Yesterday, today and what blocks the work",
                        Frequency.DAILY, "Stand-up meeting", standUp),
                new Communication("Demo", END_USERS + " and " + SPONSOR,
                        "The model and the interface as they are now; feedback gathered for the next iteration",
                        Frequency.PHASE_GATE, "Demo session", po),
                new Communication("Safety and compliance report", LEGAL,
                        "Safety and bias metrics against the quality plan's targets, red-team findings, open issues",
                        Frequency.MONTHLY, "Report and review meeting", pm));
    }

    /** The Project Manager role, else the Product Owner, else the sponsor. */
    static String lead(Plan plan) {
        if (plan.role("Project Manager") != null) {
            return "Project Manager";
        }
        return plan.role("Product Owner") != null ? "Product Owner" : SPONSOR;
    }

    public static List<RaciItem> raci(Plan plan) {
        String pm = lead(plan);
        String legal = plan.role("Legal & Compliance Advisor") != null ? "Legal & Compliance Advisor" : LEGAL;
        String qa = plan.role("QA Engineer") != null ? "QA Engineer" : pm;
        List<RaciItem> rows = new ArrayList<>();
        rows.add(row("Project charter", false, SPONSOR, pm, List.of("Product Owner", FINANCE, LEGAL), List.of(END_USERS)));
        rows.add(row("Risk register", false, SPONSOR, pm, List.of(legal, "Solution Architect"), List.of(LEGAL)));
        rows.add(row("Quality management plan", false, pm, qa, List.of("Data Scientist", "Product Owner"), List.of(SPONSOR)));
        rows.add(row("Communication plan", false, SPONSOR, pm, List.of("Product Owner"),
                List.of(END_USERS, LEGAL, DATA_OWNERS, FINANCE, MARKETING)));
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        for (Task root : plan.roots()) {
            if (!root.hasChildren()) {
                continue;
            }
            Set<String> own = new LinkedHashSet<>();
            Plan.forEachInSubtree(root, t -> {
                if (t.ownerRole() != null && plan.role(t.ownerRole()) != null) {
                    own.add(t.ownerRole());
                }
            });
            owners.put(root.name(), own);
            String name = root.name().toLowerCase(Locale.ROOT);
            List<String> consulted = new ArrayList<>(List.of(legal));
            List<String> informed = new ArrayList<>(List.of(SPONSOR));
            if (name.contains("data")) {
                consulted.add(DATA_OWNERS);
            }
            if (name.contains("eval") || name.contains("test") || name.contains("deploy") || name.contains("launch")) {
                informed.add(END_USERS);
            }
            RaciItem phase = new RaciItem(root.name(), true);
            for (String r : own) {
                phase = phase.with(r, RaciLetter.R);
            }
            rows.add(fill(phase, pm, consulted, informed));
        }
        for (Task t : plan.tasksInOrder()) {
            if (t.isMilestone() && !t.hasChildren() && rows.stream().noneMatch(r -> r.name().equalsIgnoreCase(t.name()))) {
                rows.add(milestone(plan, t, pm));
            }
        }
        Set<String> known = new LinkedHashSet<>();
        plan.roles().forEach(r -> known.add(r.name()));
        stakeholders().forEach(s -> known.add(s.name()));
        List<RaciItem> out = new ArrayList<>(rows.size());
        for (RaciItem r : rows) {
            Map<String, RaciLetter> cells = new LinkedHashMap<>(r.cells());
            cells.keySet().retainAll(known);
            out.add(new RaciItem(r.name(), r.phase(), cells));
        }
        return out;
    }

    private static RaciItem milestone(Plan plan, Task t, String pm) {
        String owner = t.ownerRole() != null && plan.role(t.ownerRole()) != null ? t.ownerRole() : pm;
        RaciItem row = new RaciItem(t.name(), false);
        List<Task> siblings = t.parent() == null ? plan.roots() : t.parent().children();
        for (Task s : siblings) {
            String o = s.ownerRole();
            if (s != t && o != null && !o.equals(owner) && plan.role(o) != null) {
                row = row.with(o, RaciLetter.R);
            }
        }
        String accountable = owner;
        if (row.count(RaciLetter.R) == 0) {
            // the owner does the work alone: the lead answers for it
            row = row.with(owner, RaciLetter.R);
            accountable = owner.equals(pm) ? SPONSOR : pm;
        }
        return fill(row, accountable, List.of(), List.of(SPONSOR));
    }

    private static RaciItem row(String name, boolean phase, String accountable, String responsible,
                                List<String> consulted, List<String> informed) {
        return fill(new RaciItem(name, phase).with(responsible, RaciLetter.R), accountable, consulted, informed);
    }

    /** Sets A, then C and I on parties that hold no letter yet. */
    private static RaciItem fill(RaciItem row, String accountable, List<String> consulted, List<String> informed) {
        RaciItem out = row.with(accountable, RaciLetter.A);
        for (String c : consulted) {
            if (out.letter(c) == null) {
                out = out.with(c, RaciLetter.C);
            }
        }
        for (String i : informed) {
            if (out.letter(i) == null) {
                out = out.with(i, RaciLetter.I);
            }
        }
        return out;
    }
}
