package org.genaiplan.ui.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.templates.RiskLibrary;
import org.genaiplan.templates.RiskLibraryEntry;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanChange;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.TaskChoice;
import org.genaiplan.ui.command.AddRisksCommand;
import org.genaiplan.ui.command.DeleteRisksCommand;
import org.genaiplan.ui.command.EditRiskFieldCommand;
import org.genaiplan.ui.command.LinkRiskCommand;
import org.genaiplan.ui.command.PlanCommand;

/**
 * The risk register's state: one row per risk of the open plan, the rows its {@link RiskFilters} let
 * through, the heat-map counts, the values to pick from ({@link RiskChoices}) and the register's actions,
 * each run as one command through the {@link PlanEditor} so it can be undone and is saved with the plan.
 */
public final class RiskRegisterViewModel {
    private final PlanEditor editor;
    private final StringProperty statusMessage;
    private final CommandRunner runner;
    private final RiskLibrary library;
    private final Supplier<LocalDate> today;

    private final ObservableList<RiskRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<RiskRowViewModel> filtered = new FilteredList<>(rows);
    private final Map<Long, RiskRowViewModel> rowsById = new HashMap<>();
    private final Map<Long, Risk> risksById = new HashMap<>();

    private final RiskFilters filters = new RiskFilters(this::refilter, this::recount);

    private final RiskChoices choices = new RiskChoices();
    private final ReadOnlyObjectWrapper<int[][]> counts = new ReadOnlyObjectWrapper<>(this, "counts", new int[5][5]);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** The tasks some risk is linked to, as of the last sync. */
    private final java.util.Set<Long> linkedTaskIds = new java.util.HashSet<>();

    public RiskRegisterViewModel(PlanEditor editor, StringProperty statusMessage, RiskLibrary library,
                                 Supplier<LocalDate> today) {
        this.editor = Objects.requireNonNull(editor);
        this.statusMessage = Objects.requireNonNull(statusMessage);
        this.runner = new CommandRunner(editor, statusMessage);
        this.library = Objects.requireNonNull(library);
        this.today = Objects.requireNonNull(today);
        editor.addChangeListener(change -> {
            if (change.risks() || change.roles() || change.structure() || linkedTaskChanged(change)) {
                sync();
            }
        });
        sync();
    }

    // ---- rows ----

    /** All rows in register order (unfiltered). */
    public ObservableList<RiskRowViewModel> rows() {
        return rows;
    }

    /** The rows the filters let through, in register order; the view sorts them. */
    public FilteredList<RiskRowViewModel> filteredRows() {
        return filtered;
    }

    public RiskRowViewModel row(long riskId) {
        return rowsById.get(riskId);
    }

    public Plan plan() {
        return editor.plan();
    }

    public RiskLibrary library() {
        return library;
    }

    /** Whether the change touched a task a risk is linked to (the risk rows show its name). */
    private boolean linkedTaskChanged(PlanChange change) {
        for (long id : change.inputs().tasks()) {
            if (linkedTaskIds.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Brings the rows in line with the plan after any change (also undo and redo). */
    void sync() {
        Plan plan = editor.plan();
        risksById.clear();
        if (plan == null) {
            rows.clear();
            rowsById.clear();
            syncChoices(null);
            recount();
            refilter();
            return;
        }
        List<RiskRowViewModel> wanted = new ArrayList<>(plan.risks().size());
        Map<Long, RiskRowViewModel> keep = new HashMap<>();
        linkedTaskIds.clear();
        boolean changed = false;
        for (Risk r : plan.risks()) {
            linkedTaskIds.addAll(r.linkedTaskIds());
            risksById.put(r.id(), r);
            RiskRowViewModel row = rowsById.get(r.id());
            if (row == null) {
                row = new RiskRowViewModel(r.id());
            }
            changed |= row.refresh(plan, r);
            keep.put(r.id(), row);
            wanted.add(row);
        }
        rowsById.clear();
        rowsById.putAll(keep);
        if (!wanted.equals(rows)) {
            rows.setAll(wanted);
            changed = true;
        }
        syncChoices(plan);
        if (changed) {
            // filtering again re-lists every shown row: only when a risk's text, score or the list changed
            recount();
            refilter();
        }
    }

    private void syncChoices(Plan plan) {
        choices.sync(plan, library.categoryNames());
        // A category or owner no longer offered filters nothing any more.
        filters.shownCategories().retainAll(choices.categories());
        filters.shownOwners().retainAll(choices.owners());
    }

    private void recount() {
        int[][] c = new int[5][5];
        boolean res = filters.residualProperty().get();
        for (Risk r : risksById.values()) {
            if (RiskFilter.isOpen(r)) {
                int p = res ? r.residualProbability() : r.probability();
                int i = res ? r.residualImpact() : r.impact();
                c[p - 1][i - 1]++;
            }
        }
        counts.set(c);
    }

    /** The filter the register applies now. */
    public RiskFilter filter() {
        return filters.filter();
    }

    private void refilter() {
        RiskFilter f = filter();
        String[] words = RiskFilter.words(f.text());
        filtered.setPredicate(row -> {
            Risk r = risksById.get(row.riskId());
            return r != null && f.test(r, row.searchText(), words);
        });
        int all = rows.size();
        int shown = filtered.size();
        summary.set(all == shown ? count(all) : shown + " of " + count(all) + " shown");
    }

    private static String count(int n) {
        return n == 1 ? "1 risk" : n + " risks";
    }

    /** The filter settings: categories, statuses, owners and bands to show, search text, heat-map cell. */
    public RiskFilters filters() {
        return filters;
    }

    /** Clears every filter, the heat-map cell too. */
    public void clearFilters() {
        filters.clear();
    }

    /** A click on a heat-map cell: filters to that cell, or clears the cell filter when it is already on. */
    public void toggleHeatCell(int probability, int impact) {
        filters.toggleHeatCell(probability, impact);
    }

    // ---- actions (each one undoable command) ----

    /**
     * Types {@code text} into a cell. Returns null when done, or the sentence saying why the value was
     * refused (the risk keeps its old value).
     */
    public String edit(RiskRowViewModel row, RiskColumn column, String text) {
        Plan plan = editor.plan();
        if (plan == null || row == null) {
            return "No plan is open.";
        }
        if (Objects.equals(row.value(column), text == null ? "" : text.strip())) {
            return null;
        }
        try {
            Consumer<Risk> change = column.parse(plan, text);
            return run(EditRiskFieldCommand.of(row.riskId(), column.header(), change)) ? null : statusMessage.get();
        } catch (ValidationException e) {
            statusMessage.set(e.getMessage());
            return e.getMessage();
        }
    }

    /** Adds a blank open risk raised today and returns its id (0 when it could not be added). */
    public long addBlank() {
        LocalDate raised = today.get();
        AddRisksCommand command = new AddRisksCommand("Add", plan -> {
            Risk r = plan.addRisk("New risk");
            r.setRaised(raised);
            return List.of(r);
        });
        return run(command) ? command.addedIds().getFirst() : 0;
    }

    /** "Add from library": copies the chosen entries into the register as one undoable action. */
    public List<Long> addFromLibrary(List<RiskLibraryEntry> entries) {
        if (entries.isEmpty()) {
            statusMessage.set("Choose at least one risk from the library.");
            return List.of();
        }
        LocalDate raised = today.get();
        List<RiskLibraryEntry> chosen = List.copyOf(entries);
        AddRisksCommand command = new AddRisksCommand("Add", plan -> library.addAll(plan, chosen, raised));
        if (!run(command)) {
            return List.of();
        }
        statusMessage.set("Added " + count(chosen.size()) + " from the library.");
        return command.addedIds();
    }

    /**
     * The ID of a risk already in the register that this library entry would repeat (same title or same
     * cause-event-effect statement, ignoring case and spacing), or null when it is not there yet.
     */
    public String registerCodeOf(RiskLibraryEntry entry) {
        Plan plan = editor.plan();
        return plan == null ? null : library.copyIn(plan, entry).map(Risk::code).orElse(null);
    }

    public boolean delete(List<Long> riskIds) {
        if (riskIds.isEmpty()) {
            statusMessage.set("Select the risks to delete first.");
            return false;
        }
        return run(new DeleteRisksCommand(riskIds));
    }

    /** Sets the tasks a risk is linked to. */
    public boolean link(long riskId, List<Long> taskIds) {
        return run(new LinkRiskCommand(riskId, taskIds));
    }

    /** Every task of the plan, in outline order, for the link editor. */
    public List<TaskChoice> taskChoices() {
        return TaskChoice.of(editor.plan());
    }

    /** The linked tasks as "1.2  Name" lines, for the tooltip of the Linked tasks cell. */
    public String linkedTaskLabels(long riskId) {
        Plan plan = editor.plan();
        Risk r = risksById.get(riskId);
        if (plan == null || r == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (long id : r.linkedTaskIds()) {
            Task t = plan.task(id);
            if (t != null) {
                lines.add(plan.wbsCode(t) + "  " + t.name());
            }
        }
        return String.join("\n", lines);
    }

    public List<Long> linkedTaskIds(long riskId) {
        Risk r = risksById.get(riskId);
        return r == null ? List.of() : List.copyOf(r.linkedTaskIds());
    }

    // ---- clipboard ----

    /**
     * Pastes tab-separated text. Whole rows (as {@link RiskGrid#copyRowsText} makes them) become new risks;
     * other text fills the cells from {@code anchorRow}, {@code anchorColumn} rightwards and down over the
     * rows shown in {@code visibleRows}, in one undoable action. Returns null or the refusal sentence.
     */
    public String paste(String text, List<RiskRowViewModel> visibleRows, RiskRowViewModel anchorRow,
                        RiskColumn anchorColumn) {
        Plan plan = editor.plan();
        if (plan == null || text == null || text.isBlank()) {
            return "There is nothing to paste.";
        }
        try {
            return run(RiskPaste.command(plan, text, visibleRows, anchorRow, anchorColumn)) ? null
                    : statusMessage.get();
        } catch (ValidationException e) {
            statusMessage.set(e.getMessage());
            return e.getMessage();
        }
    }

    // ---- undo ----

    public boolean undo() {
        return runner.undo();
    }

    public boolean redo() {
        return runner.redo();
    }

    /** Runs a command; a refused one leaves its reason in the status bar and returns false. */
    private boolean run(PlanCommand command) {
        return runner.run(command) == null;
    }

    // ---- properties ----

    public StringProperty searchTextProperty() {
        return filters.searchTextProperty();
    }

    public ObjectProperty<HeatCell> heatCellProperty() {
        return filters.heatCellProperty();
    }

    /** Whether the heat map (and its cell filter) uses the residual ratings instead of the inherent ones. */
    public BooleanProperty residualProperty() {
        return filters.residualProperty();
    }

    /** The plan's categories: the library's defaults, then any other category a risk uses. */
    public ObservableList<String> categories() {
        return choices.categories();
    }

    /** The plan's roles and any other owner a risk names. */
    public ObservableList<String> owners() {
        return choices.owners();
    }

    /** Open (not closed) risks per heat-map cell: {@code counts()[p - 1][i - 1]}. */
    public ReadOnlyObjectProperty<int[][]> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public int count(int probability, int impact) {
        return counts.get()[probability - 1][impact - 1];
    }

    /** "12 risks" or "3 of 12 risks shown". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }
}
