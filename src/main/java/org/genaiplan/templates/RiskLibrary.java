package org.genaiplan.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ResponseStrategy;
import org.genaiplan.model.Risk;
import org.genaiplan.templates.Specs.CategorySpec;
import org.genaiplan.templates.Specs.LibraryFile;
import org.genaiplan.templates.Specs.RiskSpec;

/**
 * The library of starter GenAI risks and the default risk categories. Entries are searched by text and
 * category and copied into a plan's register with {@link #addTo(Plan, RiskLibraryEntry, LocalDate)}.
 */
public final class RiskLibrary {
    public static final String FILE = "risk-library.json";

    private final List<RiskCategory> categories;
    private final Map<String, RiskCategory> categoriesById;
    private final List<RiskLibraryEntry> entries;
    private final Map<String, RiskLibraryEntry> entriesById;

    private RiskLibrary(List<RiskCategory> categories, List<RiskLibraryEntry> entries) {
        this.categories = List.copyOf(categories);
        this.entries = List.copyOf(entries);
        this.categoriesById = new LinkedHashMap<>();
        categories.forEach(c -> categoriesById.put(c.id(), c));
        this.entriesById = new LinkedHashMap<>();
        entries.forEach(e -> entriesById.put(e.id(), e));
    }

    /** The library shipped with the application. */
    public static RiskLibrary load() {
        return load(TemplateSource.shipped(), FILE);
    }

    public static RiskLibrary load(TemplateSource source, String file) {
        return from(new DataReader(source).read(file, LibraryFile.class), file);
    }

    static RiskLibrary from(LibraryFile data, String file) {
        SpecCheck check = new SpecCheck(file);
        if (data.categories().isEmpty()) {
            throw check.fail("there are no risk categories.");
        }
        Map<String, RiskCategory> categories = new LinkedHashMap<>();
        for (CategorySpec c : data.categories()) {
            if (c == null) {
                throw check.fail("a category entry is empty.");
            }
            String id = check.text(c.id(), "the id of a category");
            String name = check.text(c.name(), "the name of category \"" + id + "\"");
            if (categories.put(id, new RiskCategory(id, name, c.description() == null ? "" : c.description().strip())) != null) {
                throw check.fail("the category id \"" + id + "\" is used twice.");
            }
        }
        if (categories.values().stream().map(RiskCategory::name).distinct().count() != categories.size()) {
            throw check.fail("two categories have the same name.");
        }
        List<RiskLibraryEntry> entries = new ArrayList<>();
        Map<String, Boolean> ids = new LinkedHashMap<>();
        for (RiskSpec r : data.risks()) {
            if (r == null) {
                throw check.fail("a risk entry is empty.");
            }
            String id = check.text(r.id(), "the id of a risk titled \"" + r.title() + "\"");
            if (ids.put(id, true) != null) {
                throw check.fail("the risk id \"" + id + "\" is used twice.");
            }
            String what = "risk \"" + id + "\"";
            RiskCategory category = categories.get(check.text(r.category(), "the category of " + what));
            if (category == null) {
                throw check.fail(what + " has the category \"" + r.category() + "\", which is not in the category list.");
            }
            entries.add(new RiskLibraryEntry(id, check.text(r.title(), "the title of " + what),
                    check.text(r.statement(), "the cause -> event -> effect statement of " + what), category,
                    check.text(r.phase(), "the phase of " + what),
                    rating(check, r.probability(), "probability", what), rating(check, r.impact(), "impact", what),
                    strategy(check, r.strategy(), what), check.text(r.mitigation(), "the mitigation of " + what),
                    check.text(r.contingency(), "the contingency of " + what),
                    check.text(r.trigger(), "the trigger of " + what),
                    r.owner() == null || r.owner().isBlank() ? null : r.owner().strip(),
                    r.residualProbability() == null ? 1 : rating(check, r.residualProbability(), "residual probability", what),
                    r.residualImpact() == null ? 1 : rating(check, r.residualImpact(), "residual impact", what)));
        }
        if (entries.isEmpty()) {
            throw check.fail("there are no risks.");
        }
        return new RiskLibrary(new ArrayList<>(categories.values()), entries);
    }

    private static int rating(SpecCheck check, Integer value, String field, String what) {
        if (value == null) {
            throw check.fail(what + " has no " + field + " (rate it 1 to 5).");
        }
        if (value < 1 || value > 5) {
            throw check.fail(what + " has the " + field + " " + value + "; ratings run from 1 to 5.");
        }
        return value;
    }

    private static ResponseStrategy strategy(SpecCheck check, String value, String what) {
        String text = check.text(value, "the response strategy of " + what);
        try {
            return ResponseStrategy.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw check.fail(what + " has the strategy \"" + text + "\"; use one of "
                    + Arrays.toString(ResponseStrategy.values()) + ".");
        }
    }

    /** The default categories, in the order of the file. */
    public List<RiskCategory> categories() {
        return categories;
    }

    /** The category names a new plan starts with (editable per plan). */
    public List<String> categoryNames() {
        return categories.stream().map(RiskCategory::name).toList();
    }

    public Optional<RiskCategory> category(String id) {
        return Optional.ofNullable(categoriesById.get(id));
    }

    public List<RiskLibraryEntry> entries() {
        return entries;
    }

    public Optional<RiskLibraryEntry> find(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    /** The entry with this id; a missing id is a programming error in the caller's data. */
    public RiskLibraryEntry entry(String id) {
        RiskLibraryEntry entry = entriesById.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no risk \"" + id + "\" in the risk library");
        }
        return entry;
    }

    /**
     * Entries whose id, title, statement, mitigation, trigger or category name contain every word of
     * {@code text} (any case), in library order. A blank text matches everything; a null
     * {@code categoryId} means every category.
     */
    public List<RiskLibraryEntry> search(String text, String categoryId) {
        String[] words = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<RiskLibraryEntry> out = new ArrayList<>();
        for (RiskLibraryEntry e : entries) {
            if (categoryId != null && !e.category().id().equals(categoryId)) {
                continue;
            }
            String haystack = String.join("\n", e.id(), e.title(), e.statement(), e.mitigation(), e.trigger(),
                    e.category().name()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                if (!haystack.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The risk of the plan's register that repeats this entry (the same title or the same cause-event-effect
     * statement, ignoring case and spacing), if there is one: a copy added earlier, even if edited since.
     */
    public Optional<Risk> copyIn(Plan plan, RiskLibraryEntry entry) {
        String title = normal(entry.title());
        String statement = normal(entry.statement());
        for (Risk r : plan.risks()) {
            if (normal(r.title()).equals(title) || !statement.isEmpty() && normal(r.statement()).equals(statement)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Adds a copy of the entry to the plan's register as an open risk raised on {@code raised}, and
     * returns it. The plan's change log records it like any other new risk.
     */
    public Risk addTo(Plan plan, RiskLibraryEntry entry, LocalDate raised) {
        Risk risk = plan.addRisk(entry.title());
        risk.setStatement(entry.statement());
        risk.setCategory(entry.category().name());
        risk.setPhase(entry.phase());
        risk.setOwner(entry.owner());
        risk.setProbability(entry.probability());
        risk.setImpact(entry.impact());
        risk.setStrategy(entry.strategy());
        risk.setMitigation(entry.mitigation());
        risk.setContingency(entry.contingency());
        risk.setTrigger(entry.trigger());
        risk.setResidualProbability(entry.residualProbability());
        risk.setResidualImpact(entry.residualImpact());
        risk.setRaised(raised);
        return risk;
    }

    /** "Add from library" with several entries chosen: adds them in the given order and returns the new risks. */
    public List<Risk> addAll(Plan plan, List<RiskLibraryEntry> chosen, LocalDate raised) {
        List<Risk> added = new ArrayList<>(chosen.size());
        for (RiskLibraryEntry entry : chosen) {
            added.add(addTo(plan, entry, raised));
        }
        return List.copyOf(added);
    }
}
