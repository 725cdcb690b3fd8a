package org.genaiplan.ui.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Role;
import org.genaiplan.model.ScoreBand;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.templates.RiskLibrary;
import org.genaiplan.templates.RiskLibraryEntry;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.AddRisksCommand;
import org.genaiplan.ui.command.DeleteRisksCommand;
import org.genaiplan.ui.command.EditRiskFieldCommand;
import org.genaiplan.ui.command.LinkRiskCommand;
import org.genaiplan.ui.command.PlanCommand;

/**
 * The risk register's state: one row per risk of the open plan, the filters (category, status, owner,
 * band, search text, heat-map cell), the heat-map counts and the register's actions, each run as one
 * command through the {@link PlanEditor} so it can be undone and is saved with the plan.
 */
public final class RiskRegisterViewModel {
    /** A task offered by the link editor: its WBS code and name. */
    public record TaskChoice(long taskId, String wbsCode, String name) {
        @Override
        public String toString() {
            return wbsCode + "  " + name;
        }
    }

    private final PlanEditor editor;
    private final StringProperty statusMessage;
    private final CommandRunner runner;
    private final RiskLibrary library;
    private final Supplier<LocalDate> today;

    private final ObservableList<RiskRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<RiskRowViewModel> filtered = new FilteredList<>(rows);
    private final Map<Long, RiskRowViewModel> rowsById = new HashMap<>();
    private final Map<Long, Risk> risksById = new HashMap<>();

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<RiskStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<ScoreBand> band = new SimpleObjectProperty<>(this, "band");
    private final ObjectProperty<HeatCell> heatCell = new SimpleObjectProperty<>(this, "heatCell");
    private final BooleanProperty residual = new SimpleBooleanProperty(this, "residual");

    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<int[][]> counts = new ReadOnlyObjectWrapper<>(this, "counts", new int[5][5]);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** While several filters change at once, the rows are filtered once at the end. */
    private boolean batching;

    public RiskRegisterViewModel(PlanEditor editor, StringProperty statusMessage, RiskLibrary library,
                                 Supplier<LocalDate> today) {
        this.editor = Objects.requireNonNull(editor);
        this.statusMessage = Objects.requireNonNull(statusMessage);
        this.runner = new CommandRunner(editor, statusMessage);
        this.library = Objects.requireNonNull(library);
        this.today = Objects.requireNonNull(today);
        editor.revisionProperty().addListener((obs, o, n) -> sync());
        ChangeListener<Object> refilter = (obs, o, n) -> refilter();
        searchText.addListener(refilter);
        category.addListener(refilter);
        status.addListener(refilter);
        owner.addListener(refilter);
        band.addListener(refilter);
        heatCell.addListener(refilter);
        residual.addListener((obs, o, n) -> {
            recount();
            if (heatCell.get() != null) {
                heatCell.set(null);
            }
            refilter();
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

    /** Brings the rows in line with the plan after any change (also undo and redo). */
    void sync() {
        Plan plan = editor.plan();
        risksById.clear();
        if (plan == null) {
            rows.clear();
            rowsById.clear();
            categories.clear();
            owners.clear();
            recount();
            refilter();
            return;
        }
        List<RiskRowViewModel> wanted = new ArrayList<>(plan.risks().size());
        Map<Long, RiskRowViewModel> keep = new HashMap<>();
        for (Risk r : plan.risks()) {
            risksById.put(r.id(), r);
            RiskRowViewModel row = rowsById.get(r.id());
            if (row == null) {
                row = new RiskRowViewModel(r.id());
            }
            row.refresh(plan, r);
            keep.put(r.id(), row);
            wanted.add(row);
        }
        rowsById.clear();
        rowsById.putAll(keep);
        if (!wanted.equals(rows)) {
            rows.setAll(wanted);
        }
        syncChoices(plan);
        recount();
        refilter();
    }

    private void syncChoices(Plan plan) {
        List<String> cats = new ArrayList<>(library.categoryNames());
        TreeSet<String> extra = new TreeSet<>();
        TreeSet<String> people = new TreeSet<>();
        for (Role role : plan.roles()) {
            people.add(role.name());
        }
        plan.resources().people().forEach(p -> people.add(p.name()));
        for (Risk r : plan.risks()) {
            if (r.category() != null && !cats.contains(r.category())) {
                extra.add(r.category());
            }
            if (r.owner() != null) {
                people.add(r.owner());
            }
        }
        cats.addAll(extra);
        if (!cats.equals(categories)) {
            categories.setAll(cats);
        }
        if (!new ArrayList<>(people).equals(owners)) {
            owners.setAll(people);
        }
    }

    private void recount() {
        int[][] c = new int[5][5];
        boolean res = residual.get();
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
        return new RiskFilter(category.get(), status.get(), owner.get(), band.get(), searchText.get(),
                heatCell.get(), residual.get());
    }

    private void refilter() {
        if (batching) {
            return;
        }
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

    /** Clears every filter, the heat-map cell too. */
    public void clearFilters() {
        batching = true;
        try {
            searchText.set("");
            category.set(null);
            status.set(null);
            owner.set(null);
            band.set(null);
            heatCell.set(null);
        } finally {
            batching = false;
        }
        refilter();
    }

    /** A click on a heat-map cell: filters to that cell, or clears the cell filter when it is already on. */
    public void toggleHeatCell(int probability, int impact) {
        HeatCell cell = new HeatCell(probability, impact);
        heatCell.set(cell.equals(heatCell.get()) ? null : cell);
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
        Plan plan = editor.plan();
        if (plan == null) {
            return List.of();
        }
        List<TaskChoice> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            out.add(new TaskChoice(t.id(), plan.wbsCode(t), t.name()));
        }
        return out;
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

    /** The given cells as tab-separated text: one line per row, one field per column. */
    public static String copyText(List<RiskRowViewModel> rowsToCopy, List<RiskColumn> columns) {
        StringBuilder out = new StringBuilder();
        for (RiskRowViewModel row : rowsToCopy) {
            List<String> fields = new ArrayList<>();
            for (RiskColumn c : columns) {
                fields.add(row.value(c).replace('\t', ' ').replace('\n', ' '));
            }
            out.append(String.join("\t", fields)).append('\n');
        }
        return out.toString();
    }

    /** Whole rows (every column, from the ID on) as tab-separated text, for pasting as new risks. */
    public static String copyRowsText(List<RiskRowViewModel> rowsToCopy) {
        return copyText(rowsToCopy, List.of(RiskColumn.values()));
    }

    /**
     * Pastes tab-separated text. Whole rows (as {@link #copyRowsText} makes them) become new risks;
     * other text fills the cells from {@code anchorRow}, {@code anchorColumn} rightwards and down over the
     * rows shown in {@code visibleRows}, in one undoable action. Returns null or the refusal sentence.
     */
    public String paste(String text, List<RiskRowViewModel> visibleRows, RiskRowViewModel anchorRow,
                        RiskColumn anchorColumn) {
        Plan plan = editor.plan();
        if (plan == null || text == null || text.isBlank()) {
            return "There is nothing to paste.";
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            if (!line.isEmpty()) {
                lines.add(line.split("\t", -1));
            }
        }
        try {
            if (isWholeRows(lines)) {
                return run(pasteRowsCommand(plan, lines)) ? null : statusMessage.get();
            }
            if (anchorRow == null || anchorColumn == null) {
                throw new ValidationException("Select the cell to paste into first.");
            }
            int startRow = visibleRows.indexOf(anchorRow);
            List<RiskColumn> columns = List.of(RiskColumn.values());
            int startCol = anchorColumn.ordinal();
            List<EditRiskFieldCommand.Change> changes = new ArrayList<>();
            for (int r = 0; r < lines.size() && startRow + r < visibleRows.size(); r++) {
                long id = visibleRows.get(startRow + r).riskId();
                String[] fields = lines.get(r);
                for (int c = 0; c < fields.length && startCol + c < columns.size(); c++) {
                    RiskColumn col = columns.get(startCol + c);
                    if (col.editable()) {
                        changes.add(new EditRiskFieldCommand.Change(id, col.parse(plan, fields[c])));
                    }
                }
            }
            if (changes.isEmpty()) {
                throw new ValidationException("These cells are calculated and cannot be pasted into.");
            }
            return run(new EditRiskFieldCommand("Paste", changes)) ? null : statusMessage.get();
        } catch (ValidationException e) {
            statusMessage.set(e.getMessage());
            return e.getMessage();
        }
    }

    private static boolean isWholeRows(List<String[]> lines) {
        for (String[] l : lines) {
            if (l.length != RiskColumn.values().length || !l[0].matches("R-\\d+")) {
                return false;
            }
        }
        return !lines.isEmpty();
    }

    /** New risks from whole pasted rows; task links are left out (WBS codes belong to the copied plan). */
    private static PlanCommand pasteRowsCommand(Plan plan, List<String[]> lines) {
        List<List<Consumer<Risk>>> parsed = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String[] fields : lines) {
            List<Consumer<Risk>> changes = new ArrayList<>();
            for (RiskColumn c : RiskColumn.values()) {
                if (c.editable() && c != RiskColumn.TASKS) {
                    changes.add(c.parse(plan, fields[c.ordinal()]));
                }
            }
            titles.add(fields[RiskColumn.TITLE.ordinal()]);
            parsed.add(changes);
        }
        return new AddRisksCommand("Paste", p -> {
            List<Risk> out = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                Risk r = p.addRisk(titles.get(i));
                out.add(r);
                parsed.get(i).forEach(ch -> ch.accept(r));
            }
            return out;
        });
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
        return searchText;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<RiskStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ObjectProperty<ScoreBand> bandProperty() {
        return band;
    }

    public ObjectProperty<HeatCell> heatCellProperty() {
        return heatCell;
    }

    /** Whether the heat map (and its cell filter) uses the residual ratings instead of the inherent ones. */
    public BooleanProperty residualProperty() {
        return residual;
    }

    /** The plan's categories: the library's defaults, then any other category a risk uses. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** The plan's roles and any other owner a risk names. */
    public ObservableList<String> owners() {
        return owners;
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
