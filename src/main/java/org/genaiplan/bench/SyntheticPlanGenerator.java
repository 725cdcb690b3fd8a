package org.genaiplan.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.CpmScheduler;

/**
 * Builds realistic GenAI project plans of any size for tests and benchmarks: lifecycle phases at the top,
 * a WBS three to five levels deep, about 1.5 dependency links per task of all four types with lags and
 * leads, milestones, roles with hourly rates, owners, fixed costs, cost lines of every kind with a price
 * table, risks linked to tasks, progress and actual costs on the earliest work, and a plan budget with phase
 * budgets. The same size and seed give the same plan.
 *
 * <p>Links only go from a task that ends earlier in the WBS row order to a leaf further down, so the
 * network never has a loop.
 */
public final class SyntheticPlanGenerator {
    public static final LocalDate DEFAULT_START = LocalDate.of(2027, 1, 4);

    private static final String[] PHASES = {"Discovery and use-case framing", "Data collection and preparation",
        "Model selection", "Prompt engineering", "Retrieval pipeline (RAG)", "Fine-tuning", "Evaluation",
        "Safety and guardrails", "Integration", "Deployment", "Monitoring and operations", "Adoption and training"};
    private static final String[] STREAMS = {"Chatbot", "Knowledge base", "Support assistant", "Document search",
        "Summariser", "Code assistant", "Classifier", "Agent workflow", "Voice channel", "Analytics"};
    private static final String[] PACKAGES = {"Requirements", "Data pipeline", "Prompt library", "Vector index",
        "Evaluation set", "Guardrails", "API layer", "User interface", "Observability", "Cost controls",
        "Access control", "Runbook"};
    private static final String[] VERBS = {"Collect", "Clean", "Label", "Chunk", "Embed", "Index", "Draft",
        "Tune", "Benchmark", "Red-team", "Review", "Test", "Deploy", "Monitor", "Document", "Estimate", "Compare",
        "Integrate", "Harden", "Measure"};
    private static final String[] OBJECTS = {"domain documents", "support tickets", "system prompt",
        "few-shot examples", "retrieval top-k", "chunk size", "hallucination rate", "answer relevance",
        "toxicity filter", "PII redaction", "latency budget", "token costs", "GPU quota", "model card",
        "feedback loop", "golden dataset", "prompt-injection tests", "fallback model", "rate limits", "drift alerts"};
    private static final String[] MILESTONES = {"Use case approved", "Data ready", "Model chosen", "Prototype demo",
        "Evaluation passed", "Safety sign-off", "Go-live", "Hand-over to operations"};
    private static final Role[] ROLES = {
        new Role("Product manager", new BigDecimal("95")), new Role("ML engineer", new BigDecimal("120")),
        new Role("Data engineer", new BigDecimal("105")), new Role("Data scientist", new BigDecimal("115")),
        new Role("Prompt engineer", new BigDecimal("100")), new Role("MLOps engineer", new BigDecimal("110")),
        new Role("Annotator", new BigDecimal("40")), new Role("Security reviewer", new BigDecimal("130"))};
    /** Round example prices, as in the starter table. */
    private static final PriceTable PRICES = new PriceTable(null,
            List.of(new GpuPrice("H100 80GB", new BigDecimal("3.00"), 989, true),
                    new GpuPrice("A100 80GB", new BigDecimal("1.80"), 312, true),
                    new GpuPrice("L4", new BigDecimal("0.50"), 121, true)),
            List.of(new TokenPrice("Large hosted model (example)", new BigDecimal("3.00"), new BigDecimal("15.00"), true),
                    new TokenPrice("Small hosted model (example)", new BigDecimal("0.15"), new BigDecimal("0.60"), true)));
    private static final String[] RISK_CATEGORIES = {"Hallucination", "Data privacy", "Prompt injection",
        "Model drift", "Vendor lock-in", "Cost overrun", "Bias and fairness", "Regulatory"};
    private static final String[] RISK_TITLES = {"Answers cite facts that are not in the sources",
        "Training data holds personal data", "Users smuggle instructions into prompts",
        "Answer quality degrades after a model update", "Provider changes prices or terms",
        "Token spend exceeds budget", "Outputs treat user groups differently", "New AI rules apply before launch"};

    private record Node(Task task, int level, int budget) {
    }

    /** A plan with exactly {@code tasks} tasks (at least 1), deterministic for the seed. */
    public Plan generate(int tasks, long seed) {
        if (tasks < 1) {
            throw new IllegalArgumentException("a plan needs at least one task: " + tasks);
        }
        Random rnd = new Random(seed);
        Plan plan = new Plan("Synthetic GenAI plan (" + tasks + " tasks)", DEFAULT_START);
        plan.setDescription("Generated for tests and benchmarks, seed " + seed + ".");
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int year = DEFAULT_START.getYear(); year < DEFAULT_START.getYear() + 30; year++) {
            holidays.add(LocalDate.of(year, 1, 1));
            holidays.add(LocalDate.of(year, 12, 25));
            holidays.add(LocalDate.of(year, 12, 26));
        }
        plan.setCalendar(WorkingCalendar.standard().withHolidays(holidays));
        for (Role r : ROLES) {
            plan.putRole(r);
        }
        buildTree(plan, tasks, rnd);
        List<Task> rows = plan.tasksInOrder();
        List<Task> leaves = new ArrayList<>();
        for (Task t : rows) {
            if (!t.hasChildren()) {
                fillLeaf(t, rnd);
                leaves.add(t);
            }
        }
        link(plan, rows, rnd);
        addRisks(plan, leaves, rnd);
        // Costs draw from their own sequence, so the plan's shape for a seed is what it was before costs.
        Random costRnd = new Random(seed ^ 0x5DEECE66DL);
        plan.setPriceTable(PRICES);
        addCostLines(leaves, costRnd);
        new CpmScheduler().schedule(plan);
        // Progress on the first tenth of the work: done, then partly done (work started at its early start).
        int progressed = rows.size() / 10;
        for (int i = 0; i < progressed; i++) {
            Task t = rows.get(i);
            if (!t.hasChildren()) {
                t.setPercentComplete(i < progressed / 2 ? 100 : 10 * (1 + rnd.nextInt(9)));
                enterActuals(plan, t, costRnd);
            }
        }
        setBudgets(plan, costRnd);
        plan.changes().drain();
        return plan;
    }

    /** About one leaf in five gets a cost line; kinds in rough proportion to a GenAI project's spend. */
    private static void addCostLines(List<Task> leaves, Random rnd) {
        for (Task t : leaves) {
            if (t.isMilestone() || rnd.nextInt(5) != 0) {
                continue;
            }
            int roll = rnd.nextInt(100);
            CostLine line;
            if (roll < 30) {
                GpuPrice gpu = PRICES.gpus().get(rnd.nextInt(PRICES.gpus().size()));
                line = new CostLine("Training and evaluation runs", new ComputeCost(gpu.name(), 1L << rnd.nextInt(4),
                        BigDecimal.valueOf(8L * (1 + rnd.nextInt(30)))), null);
            } else if (roll < 55) {
                TokenPrice model = PRICES.models().get(rnd.nextInt(PRICES.models().size()));
                line = new CostLine("Model calls", new ApiCost(model.model(), 1000L * (1 + rnd.nextInt(50)),
                        200L * (1 + rnd.nextInt(10)), 100L * (1 + rnd.nextInt(5)), BigDecimal.valueOf(1 + rnd.nextInt(6))),
                        null);
            } else if (roll < 70) {
                line = new CostLine("Labelling", new AnnotationCost("Annotator", 500L * (1 + rnd.nextInt(10)),
                        BigDecimal.valueOf(1 + rnd.nextInt(5))), null);
            } else if (roll < 82) {
                line = new CostLine("Human review", new EvaluationCost("Security reviewer",
                        BigDecimal.valueOf(4L * (1 + rnd.nextInt(10)))), null);
            } else if (roll < 88) {
                line = new CostLine("Dataset licence", new LicenceCost(BigDecimal.valueOf(1000L * (1 + rnd.nextInt(20)))),
                        null);
            } else if (roll < 94) {
                line = new CostLine("Extra reviewer time", new PeopleCost("Data scientist",
                        BigDecimal.valueOf(2L * (1 + rnd.nextInt(20)))), null);
            } else if (roll < 97) {
                line = new CostLine("Tools and services", new OtherCost(BigDecimal.valueOf(100L * (1 + rnd.nextInt(30)))),
                        null);
            } else {
                line = new CostLine("Cluster and storage", new org.genaiplan.model.cost.InfrastructureCost(
                        BigDecimal.valueOf(100L * (1 + rnd.nextInt(30))), BigDecimal.valueOf(3)), null);
            }
            t.setCostLines(List.of(line));
        }
    }

    /** Work under way has actual costs near its planned share: 80 to 130 % of planned x % complete. */
    private static void enterActuals(Plan plan, Task t, Random rnd) {
        List<CostReport.Item> items = CostReport.itemsOf(plan, t);
        double done = t.percentComplete() / 100.0;
        BigDecimal work = BigDecimal.ZERO;
        for (CostReport.Item item : items) {
            if (item.kind().equals("Owner's work") || item.kind().equals("Fixed cost")) {
                work = work.add(item.planned());
            }
        }
        t.setWorkActualCost(actual(work, done, rnd));
        List<CostLine> lines = new ArrayList<>(t.costLines().size());
        for (CostLine line : t.costLines()) {
            lines.add(line.withActual(actual(line.input().amount(plan.prices(), t.durationMinutes()), done, rnd)));
        }
        t.setCostLines(lines);
    }

    private static BigDecimal actual(BigDecimal planned, double done, Random rnd) {
        double factor = done * (0.8 + rnd.nextDouble() * 0.5);
        return planned.multiply(BigDecimal.valueOf(factor)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A plan budget a tenth above the planned total, and each phase a budget of 90 to 120 % of its plan. */
    private static void setBudgets(Plan plan, Random rnd) {
        CostReport report = CostReport.of(plan, DEFAULT_START);
        BigDecimal total = report.total().planned();
        if (total.signum() <= 0) {
            return;
        }
        Budget budget = new Budget(total.multiply(BigDecimal.valueOf(11, 1)).setScale(0, java.math.RoundingMode.CEILING),
                java.util.Map.of());
        for (var e : report.byPhase().entrySet()) {
            BigDecimal planned = e.getValue().planned();
            if (planned.signum() > 0 && !e.getKey().equals(CostReport.NO_PHASE)) {
                budget = budget.withPhase(e.getKey(), planned.multiply(BigDecimal.valueOf(90 + rnd.nextInt(31)))
                        .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING));
            }
        }
        plan.setBudget(budget);
    }

    private void buildTree(Plan plan, int total, Random rnd) {
        int phases = Math.min(total, Math.clamp(Math.round(Math.cbrt(total) / 2.0), 3, PHASES.length));
        List<Node> stack = new ArrayList<>();
        int[] shares = split(total - phases, phases, rnd, 1);
        List<Node> roots = new ArrayList<>();
        for (int i = 0; i < phases; i++) {
            Task t = plan.addTask(null, PHASES[i % PHASES.length]);
            roots.add(new Node(t, 1, shares[i]));
        }
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (node.budget() == 0) {
                continue;
            }
            int level = node.level();
            int children;
            if (level >= 4 || (level >= 3 && node.budget() <= 8)) {
                children = node.budget(); // all leaves
            } else {
                children = Math.min(node.budget(), 3 + rnd.nextInt(6));
            }
            int minEach = level + 1 <= 2 ? 1 : 0;
            int[] budgets = split(node.budget() - children, children, rnd, minEach);
            List<Node> made = new ArrayList<>(children);
            for (int c = 0; c < children; c++) {
                Task t = plan.addTask(node.task(), name(level + 1, budgets[c] == 0, rnd));
                made.add(new Node(t, level + 1, budgets[c]));
            }
            for (int c = made.size() - 1; c >= 0; c--) {
                stack.add(made.get(c));
            }
        }
    }

    /** Splits {@code amount} into {@code parts} random shares, each at least {@code min} when it fits. */
    private static int[] split(int amount, int parts, Random rnd, int min) {
        int[] out = new int[parts];
        if (parts == 0) {
            return out;
        }
        int floor = amount >= min * parts ? min : 0;
        int rest = amount - floor * parts;
        double[] w = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            w[i] = 0.5 + rnd.nextDouble();
            sum += w[i];
        }
        int given = 0;
        for (int i = 0; i < parts; i++) {
            out[i] = floor + (int) Math.floor(rest * w[i] / sum);
            given += out[i];
        }
        for (int i = 0; given < amount; i = (i + 1) % parts) {
            out[i]++;
            given++;
        }
        return out;
    }

    private static String name(int level, boolean leaf, Random rnd) {
        if (!leaf || level <= 2) {
            return switch (level) {
                case 2 -> STREAMS[rnd.nextInt(STREAMS.length)];
                default -> PACKAGES[rnd.nextInt(PACKAGES.length)];
            };
        }
        return VERBS[rnd.nextInt(VERBS.length)] + " " + OBJECTS[rnd.nextInt(OBJECTS.length)];
    }

    private static void fillLeaf(Task t, Random rnd) {
        if (rnd.nextInt(100) < 4) {
            t.setName(MILESTONES[rnd.nextInt(MILESTONES.length)]);
            t.setMilestone(true);
            return;
        }
        int kind = rnd.nextInt(10);
        long minutes = kind < 2 ? 60L * (2 + rnd.nextInt(6)) : 240L * (1 + rnd.nextInt(30));
        t.setDurationMinutes(minutes);
        t.setOwnerRole(ROLES[rnd.nextInt(ROLES.length)].name());
        if (rnd.nextInt(10) == 0) {
            t.setFixedCost(BigDecimal.valueOf(500L * (1 + rnd.nextInt(40))));
        }
        if (rnd.nextInt(100) == 0) {
            t.setConstraint(ConstraintType.START_NO_EARLIER_THAN, DEFAULT_START.plusDays(rnd.nextInt(120)));
        }
    }

    /** About 1.5 links per task, each from something that ends earlier in row order to a leaf. */
    private static void link(Plan plan, List<Task> rows, Random rnd) {
        int n = rows.size();
        int[] subtreeEnd = subtreeEnds(rows);
        List<Integer> leafRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!rows.get(i).hasChildren()) {
                leafRows.add(i);
            }
        }
        long target = Math.round(n * 1.5);
        int made = 0;
        int attempts = 0;
        while (made < target && attempts < target * 12 && leafRows.size() > 1) {
            attempts++;
            int li = 1 + rnd.nextInt(leafRows.size() - 1);
            int succRow = leafRows.get(li);
            int predRow;
            boolean farBack = rnd.nextInt(20) == 0;
            if (farBack) {
                predRow = rnd.nextInt(succRow); // far back: any row, leaf or summary, ending before
            } else {
                int back = 1 + (int) Math.min(li - 1, Math.abs(rnd.nextGaussian() * 4));
                predRow = leafRows.get(Math.max(0, li - back));
            }
            if (subtreeEnd[predRow] > succRow) {
                continue; // an ancestor of the successor
            }
            Task pred = rows.get(predRow);
            Task succ = rows.get(succRow);
            if (!farBack && pred.parent() != succ.parent()) {
                continue; // near links stay inside a work package, as in real plans, so paths stay plausible
            }
            int typeRoll = rnd.nextInt(100);
            DependencyType type = typeRoll < 75 ? DependencyType.FS : typeRoll < 87 ? DependencyType.SS
                    : typeRoll < 97 ? DependencyType.FF : DependencyType.SF;
            long lag = 0;
            int lagRoll = rnd.nextInt(10);
            if (lagRoll < 2) {
                lag = 240L * (1 + rnd.nextInt(6));
            } else if (lagRoll == 2) {
                lag = -240L * (1 + rnd.nextInt(3));
            }
            boolean duplicate = false;
            for (Dependency d : plan.predecessorsOf(succ)) {
                if (d.predecessorId() == pred.id()) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                plan.addDependency(new Dependency(pred.id(), succ.id(), type, lag));
                made++;
            }
        }
    }

    private static int[] subtreeEnds(List<Task> rows) {
        int n = rows.size();
        int[] end = new int[n];
        int[] stack = new int[n + 1];
        int top = 0;
        for (int i = 0; i < n; i++) {
            Task t = rows.get(i);
            while (top > 0 && !rows.get(stack[top - 1]).isAncestorOf(t)) {
                end[stack[--top]] = i;
            }
            stack[top++] = i;
        }
        while (top > 0) {
            end[stack[--top]] = n;
        }
        return end;
    }

    private static void addRisks(Plan plan, List<Task> leaves, Random rnd) {
        int count = Math.clamp(leaves.size() / 40, 5, 400);
        for (int i = 0; i < count; i++) {
            int kind = rnd.nextInt(RISK_TITLES.length);
            Risk r = plan.addRisk(RISK_TITLES[kind]);
            r.setCategory(RISK_CATEGORIES[kind]);
            r.setProbability(1 + rnd.nextInt(5));
            r.setImpact(1 + rnd.nextInt(5));
            r.setOwner(ROLES[rnd.nextInt(ROLES.length)].name());
            r.setMitigation("Review weekly and adjust the plan.");
            r.setCostImpact(BigDecimal.valueOf(1000L * (1 + rnd.nextInt(50))));
            if (!leaves.isEmpty()) {
                r.linkTask(leaves.get(rnd.nextInt(leaves.size())).id());
            }
        }
    }
}
