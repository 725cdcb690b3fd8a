package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.templates.Specs.CatalogFile;
import org.genaiplan.templates.Specs.FragmentSpec;
import org.genaiplan.templates.Specs.FragmentsFile;
import org.genaiplan.templates.Specs.RolesFile;
import org.genaiplan.templates.Specs.TaskSpec;
import org.genaiplan.templates.Specs.TemplateFile;

/**
 * The plan templates, fragments, team roles, risk library and estimation cheat sheet, read from the data
 * files named in {@code catalog.json} and checked as a whole: a malformed file fails the load with a
 * {@link TemplateDataException} naming the file and the problem.
 */
public final class TemplateCatalog {
    public static final String FILE = "catalog.json";

    private final Map<String, Template> templates;
    private final Map<String, TemplateFragment> fragments;
    private final List<RoleDefinition> roles;
    private final String rateNote;
    private final RiskLibrary riskLibrary;
    private final EstimationDefaults estimationDefaults;
    private final PriceTable starterPrices;
    private final String priceNote;

    private TemplateCatalog(Map<String, Template> templates, Map<String, TemplateFragment> fragments,
                            List<RoleDefinition> roles, String rateNote, RiskLibrary riskLibrary,
                            EstimationDefaults estimationDefaults, PriceTable starterPrices, String priceNote) {
        this.starterPrices = starterPrices;
        this.priceNote = priceNote;
        this.templates = templates;
        this.fragments = fragments;
        this.roles = roles;
        this.rateNote = rateNote;
        this.riskLibrary = riskLibrary;
        this.estimationDefaults = estimationDefaults;
    }

    /** The catalogue shipped with the application. */
    public static TemplateCatalog load() {
        return load(TemplateSource.shipped());
    }

    public static TemplateCatalog load(TemplateSource source) {
        DataReader reader = new DataReader(source);
        CatalogFile catalog = reader.read(FILE, CatalogFile.class);
        SpecCheck check = new SpecCheck(FILE);
        if (catalog.templates().isEmpty()) {
            throw check.fail("no templates are listed.");
        }

        String rolesFile = check.text(catalog.roles(), "the roles file");
        RolesFile rolesData = reader.read(rolesFile, RolesFile.class);
        Map<String, RoleDefinition> roles = roles(rolesData, new SpecCheck(rolesFile));
        String rateNote = new SpecCheck(rolesFile).text(rolesData.rateNote(), "the note that rates are examples");

        String libraryFile = check.text(catalog.riskLibrary(), "the risk library file");
        RiskLibrary library = RiskLibrary.from(reader.read(libraryFile, Specs.LibraryFile.class), libraryFile);

        String estimationFile = check.text(catalog.estimationDefaults(), "the estimation defaults file");
        EstimationDefaults estimation = EstimationDefaults.from(
                reader.read(estimationFile, TemplateFile.class).techniques(), estimationFile);

        String pricesFile = check.text(catalog.prices(), "the starter price table file");
        Specs.PricesFile pricesData = reader.read(pricesFile, Specs.PricesFile.class);
        PriceTable prices = CostSpecs.priceTable(pricesData, new SpecCheck(pricesFile));

        Map<String, Template> templates = new LinkedHashMap<>();
        for (String file : catalog.templates()) {
            TemplateFile spec = reader.read(file, TemplateFile.class);
            Template template = template(spec, file, roles, rateNote, estimation, library, prices);
            if (templates.put(template.id(), template) != null) {
                throw new SpecCheck(file).fail("the template id \"" + template.id() + "\" is already used by another template.");
            }
        }

        RegulatoryDates dates = catalog.regulatoryDates() == null ? RegulatoryDates.none()
                : RegulatoryDates.read(source, catalog.regulatoryDates().strip());
        String fragmentsFile = check.text(catalog.fragments(), "the fragments file");
        Map<String, TemplateFragment> fragments = new LinkedHashMap<>();
        for (FragmentSpec spec : reader.read(fragmentsFile, FragmentsFile.class).fragments()) {
            SpecCheck fc = new SpecCheck(fragmentsFile);
            if (spec == null) {
                throw fc.fail("a fragment entry is empty.");
            }
            String id = fc.text(spec.id(), "the id of a fragment");
            SpecCheck inFragment = new SpecCheck(fragmentsFile + " (fragment \"" + id + "\")");
            inFragment.text(spec.name(), "the name");
            inFragment.text(spec.description(), "the description");
            Map<String, TaskSpec> tasks = inFragment.tasks(spec.tasks(), roles.keySet(), estimation.byId());
            CostSpecs.check(inFragment, tasks.values(), roles.keySet(), prices);
            inFragment.risks(spec.risks(), tasks, library);
            ComplianceDates.check(inFragment, tasks.values(), dates);
            if (fragments.put(id, new TemplateFragment(spec, roles, estimation.byId(), library, dates)) != null) {
                throw fc.fail("the fragment id \"" + id + "\" is used twice.");
            }
        }
        return new TemplateCatalog(templates, fragments, List.copyOf(roles.values()), rateNote, library, estimation,
                prices, pricesData.note().strip());
    }

    private static Map<String, RoleDefinition> roles(RolesFile data, SpecCheck check) {
        if (data.roles().isEmpty()) {
            throw check.fail("there are no roles.");
        }
        Map<String, RoleDefinition> roles = new LinkedHashMap<>();
        for (RoleDefinition r : data.roles()) {
            if (r == null) {
                throw check.fail("a role entry is empty.");
            }
            String name = check.text(r.name(), "the name of a role");
            if (r.exampleRate() == null || r.exampleRate().signum() < 0) {
                throw check.fail("role \"" + name + "\" needs an exampleRate of zero or more.");
            }
            if (roles.put(name, new RoleDefinition(name, r.exampleRate(), r.description() == null ? "" : r.description().strip())) != null) {
                throw check.fail("the role \"" + name + "\" is listed twice.");
            }
        }
        return roles;
    }

    private static Template template(TemplateFile spec, String file, Map<String, RoleDefinition> allRoles, String rateNote,
                                     EstimationDefaults estimation, RiskLibrary library, PriceTable prices) {
        SpecCheck check = new SpecCheck(file);
        check.text(spec.id(), "the template id");
        check.text(spec.name(), "the template name");
        check.text(spec.description(), "the template description");
        List<RoleDefinition> roles = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String name : spec.roles()) {
            RoleDefinition role = allRoles.get(name);
            if (role == null) {
                throw check.fail("the role \"" + name + "\" is not defined in the roles file.");
            }
            if (!names.add(name)) {
                throw check.fail("the role \"" + name + "\" is listed twice.");
            }
            roles.add(role);
        }
        Map<String, Technique> techniques = spec.techniques().isEmpty() ? estimation.byId()
                : EstimationDefaults.from(spec.techniques(), file).byId();
        Map<String, TaskSpec> tasks = check.tasks(spec.tasks(), names, techniques);
        ComplianceDates.check(check, tasks.values(), RegulatoryDates.none());
        CostSpecs.check(check, tasks.values(), names, prices);
        check.risks(spec.risks(), tasks, library);
        return new Template(spec, roles, rateNote, techniques, library, prices);
    }

    /** The templates in catalogue order, with their counts. */
    public List<TemplateInfo> templates() {
        return templates.values().stream().map(Template::info).toList();
    }

    /** The template with this id; an unknown id gets a message that lists the known ones. */
    public Template template(String id) {
        Template t = id == null ? null : templates.get(id.strip());
        if (t == null) {
            throw new ValidationException("There is no template \"" + id + "\"; choose one of "
                    + String.join(", ", templates.keySet()) + ".");
        }
        return t;
    }

    public List<TemplateFragment> fragments() {
        return List.copyOf(fragments.values());
    }

    /** The fragment with this id; an unknown id gets a message that lists the known ones. */
    public TemplateFragment fragment(String id) {
        TemplateFragment f = id == null ? null : fragments.get(id.strip());
        if (f == null) {
            throw new ValidationException("There is no template fragment \"" + id + "\"; choose one of "
                    + String.join(", ", fragments.keySet()) + ".");
        }
        return f;
    }

    /** Every role the templates know, with example rates. */
    public List<RoleDefinition> roles() {
        return roles;
    }

    /** The sentence that says the role rates are placeholders. */
    public String rateNote() {
        return rateNote;
    }

    /**
     * The starter price table every new plan gets: common GPU types and hosted-model tiers, each row marked
     * as an example to replace with the user's own quotes.
     */
    public PriceTable starterPrices() {
        return starterPrices;
    }

    /** The sentence that says the starter prices are placeholders. */
    public String priceNote() {
        return priceNote;
    }

    public RiskLibrary riskLibrary() {
        return riskLibrary;
    }

    public EstimationDefaults estimationDefaults() {
        return estimationDefaults;
    }
}
