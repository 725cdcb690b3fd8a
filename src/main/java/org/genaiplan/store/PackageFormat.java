package org.genaiplan.store;

import java.util.List;

/** The constants of the {@code .genaiplan} package: what it is called, which version, which entries. */
public final class PackageFormat {
    /** The application id every manifest carries. */
    public static final String APPLICATION_ID = "org.genaiplan";
    /** The format this version of the app writes; it reads this one and every older one. */
    public static final int CURRENT_VERSION = 12;
    /** The version of the app written into manifests (kept in step with the app's own version). */
    public static final String APP_VERSION = "0.1.0";
    public static final String EXTENSION = ".genaiplan";

    public static final String MANIFEST = "manifest.json";
    public static final String PLAN = "plan.json";
    public static final String TASKS = "tasks.json";
    public static final String DEPENDENCIES = "dependencies.json";
    public static final String RISKS = "risks.json";
    public static final String ROLES = "roles.json";
    /** Since format 2: the price table and the budgets. */
    public static final String COSTS = "costs.json";
    /** Since format 3: the people who can own tasks. (Format 4 added each task's {@code deadline}.) */
    public static final String PEOPLE = "people.json";
    /** Since format 5: GPU pools, assignments, leave and levelling delays ({@link CapacityData}). */
    public static final String CAPACITY = "capacity.json";

    /** Since format 5: the tasks' three-point duration estimates for risk analysis. */
    public static final String ESTIMATES = "estimates.json";

    /**
     * Since format 6: baselines, the compared baseline, the EAC method and imported actuals. The one entry a
     * reader does not require: without it the plan has none.
     */
    public static final String TRACKING = "tracking.json";

    /** Since format 5: the quality plan (metrics, measurements, issue log, gates). */
    public static final String QUALITY = "quality.json";

    /**
     * Since format 9: the GenAI decisions (techniques, responsibilities, model selection; since format 10 the
     * business case too); a reader does not require it.
     */
    public static final String DECISIONS = "decisions.json";

    /** Since format 10: stakeholders, the RACI matrix and the communication plan; a reader does not require it. */
    public static final String STAKEHOLDERS = "stakeholders.json";

    /** Since format 12: the lessons-learned log; a reader does not require it. */
    public static final String LESSONS = "lessons.json";

    /** The data entries of the current format, in the order they are written. */
    public static final List<String> DATA_ENTRIES = List.of(PLAN, TASKS, DEPENDENCIES, RISKS, ROLES, COSTS, PEOPLE,
            ESTIMATES, TRACKING, CAPACITY, QUALITY, DECISIONS, STAKEHOLDERS, LESSONS);

    private PackageFormat() {
    }
}
