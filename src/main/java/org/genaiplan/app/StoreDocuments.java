package org.genaiplan.app;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.genaiplan.model.Plan;
import org.genaiplan.store.FileStamp;
import org.genaiplan.store.PlanDocument;
import org.genaiplan.store.PlanFileException;
import org.genaiplan.store.StoreHome;
import org.genaiplan.templates.RoleDefinition;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.templates.TemplateFragment;
import org.genaiplan.ui.CatalogEntry;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.DocumentService;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.command.PlanFragment;

/**
 * The window's documents: plans in the H2 working store, saved as .genaiplan packages; templates from the
 * catalog. The catalog is asked for only when needed (a new plan's starter prices, the template menus), so
 * start-up can read it in the background.
 */
final class StoreDocuments implements DocumentService {
    private final StoreHome home;
    private final Supplier<TemplateCatalog> catalogs;
    private final StartAhead ahead;

    /** @param ahead the start-up's first plan, handed out once to the first matching open or new; or null */
    StoreDocuments(StoreHome home, Supplier<TemplateCatalog> catalog, StartAhead ahead) {
        this.home = home;
        this.catalogs = catalog;
        this.ahead = ahead;
    }

    StoreHome home() {
        return home;
    }

    private TemplateCatalog catalog() {
        return catalogs.get();
    }

    @Override
    public PlanSession createNew() throws DocumentException {
        PlanSession begun = ahead == null ? null : ahead.take(null);
        return begun != null ? begun : createNow();
    }

    /** A new, empty plan, made now. */
    PlanSession createNow() throws DocumentException {
        return start(newPlan(catalog(), LocalDate.now()));
    }

    /**
     * An empty plan as File > New makes it: untitled (saving names it after the file), starting the Monday
     * after {@code today}, with the standard GenAI team roles at example rates and the starter prices.
     */
    static Plan newPlan(TemplateCatalog catalog, LocalDate today) {
        Plan plan = new Plan(Plan.UNTITLED, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        plan.setPriceTable(catalog.starterPrices());
        for (RoleDefinition role : catalog.roles()) {
            plan.putRole(role.toRole());
        }
        plan.setQuality(org.genaiplan.templates.QualityStarter.metricsOnly());
        return plan;
    }

    @Override
    public PlanSession open(Path file) throws DocumentException {
        PlanSession begun = ahead == null ? null : ahead.take(file);
        return begun != null ? begun : openNow(file);
    }

    /** Opens {@code file} now. */
    PlanSession openNow(Path file) throws DocumentException {
        try {
            return new StoreSession(PlanDocument.open(file, home));
        } catch (PlanFileException e) {
            throw new DocumentException(e.getMessage(), e);
        }
    }

    @Override
    public List<CatalogEntry> templates() {
        return catalog().templates().stream().map(t -> new CatalogEntry(t.id(), t.name(), t.description())).toList();
    }

    @Override
    public PlanSession createFromTemplate(String templateId) throws DocumentException {
        return start(catalog().template(templateId).instantiate(LocalDate.now()));
    }

    @Override
    public PlanSession adopt(Plan plan) throws DocumentException {
        return start(plan);
    }

    @Override
    public List<CatalogEntry> fragments() {
        return catalog().fragments().stream().map(f -> new CatalogEntry(f.id(), f.name(), f.description())).toList();
    }

    @Override
    public PlanFragment fragment(String fragmentId) throws DocumentException {
        TemplateFragment f = catalog().fragment(fragmentId);
        if (f == null) {
            throw new DocumentException("There is no work package \"" + fragmentId + "\".");
        }
        return new TemplateFragments(f);
    }

    private PlanSession start(Plan plan) throws DocumentException {
        try {
            return new StoreSession(PlanDocument.create(plan, home));
        } catch (PlanFileException e) {
            throw new DocumentException(e.getMessage(), e);
        }
    }

    /** One open document over the store's {@link PlanDocument}. */
    static final class StoreSession implements PlanSession {
        private final PlanDocument document;

        StoreSession(PlanDocument document) {
            this.document = document;
        }

        @Override
        public Plan plan() {
            return document.plan();
        }

        @Override
        public Optional<Path> file() {
            return document.file();
        }

        @Override
        public void commit(org.genaiplan.model.ChangeLog.Changes changes) throws DocumentException {
            try {
                document.commit(changes);
            } catch (PlanFileException e) {
                throw new DocumentException(e.getMessage(), e);
            }
        }

        @Override
        public Save prepareSave(Path target) throws DocumentException {
            PlanDocument.Save save;
            try {
                save = document.prepareSave(target);
            } catch (PlanFileException e) {
                throw new DocumentException(e.getMessage(), e);
            }
            return new Save() {
                private FileStamp written;

                @Override
                public Path target() {
                    return save.target();
                }

                @Override
                public void write() throws DocumentException {
                    try {
                        written = save.write();
                    } catch (PlanFileException e) {
                        throw new DocumentException(e.getMessage(), e);
                    }
                }

                @Override
                public void finish() {
                    save.finish(written);
                }

                @Override
                public void abandon() {
                    save.abandon();
                }
            };
        }

        @Override
        public void close() {
            document.close();
        }
    }
}
