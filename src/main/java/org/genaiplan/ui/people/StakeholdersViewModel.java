package org.genaiplan.ui.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.people.Attitude;
import org.genaiplan.model.people.Communication;
import org.genaiplan.model.people.Frequency;
import org.genaiplan.model.people.Level;
import org.genaiplan.model.people.MeetingDates;
import org.genaiplan.model.people.RaciItem;
import org.genaiplan.model.people.RaciLetter;
import org.genaiplan.model.people.Stakeholder;
import org.genaiplan.model.people.StakeholderDefaults;
import org.genaiplan.model.people.StakeholderPlan;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.AddMeetingsCommand;
import org.genaiplan.ui.command.SetStakeholdersCommand;

/**
 * The Stakeholders tab: the register, the RACI matrix (its columns the plan's roles, then the stakeholders) and
 * the communication plan, whose recurring items can be put on the plan as milestones. Every edit is one undoable
 * step; a refused value leaves everything as it was and says why.
 */
public final class StakeholdersViewModel {
    /** The register's columns that can be typed into. */
    public enum StakeholderColumn { NAME, ORGANISATION, INTEREST, INFLUENCE, ATTITUDE, NEEDS }

    /** The communication plan's columns that can be typed into. */
    public enum CommunicationColumn { NAME, AUDIENCE, CONTENT, FREQUENCY, CHANNEL, OWNER }

    private final CommandRunner runner;
    private final StringProperty message;
    private final ObservableList<Stakeholder> stakeholders = FXCollections.observableArrayList();
    private final ObservableList<RaciItem> raci = FXCollections.observableArrayList();
    private final ObservableList<Communication> communications = FXCollections.observableArrayList();
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");

    public StakeholdersViewModel(PlanEditor editor, StringProperty message) {
        this.runner = new CommandRunner(editor, message);
        this.message = message;
        editor.addChangeListener(change -> {
            if (change.settings() || change.roles() || change.document()) {
                refresh();
            }
        });
        refresh();
    }

    /** Reads the plan again. */
    public void refresh() {
        StakeholderPlan s = current();
        stakeholders.setAll(s.stakeholders());
        raci.setAll(s.raci());
        communications.setAll(s.communications());
        List<String> names = new ArrayList<>();
        Plan plan = runner.plan();
        if (plan != null) {
            for (Role r : plan.roles()) {
                names.add(r.name());
            }
        }
        for (Stakeholder st : s.stakeholders()) {
            if (!names.contains(st.name())) {
                names.add(st.name());
            }
        }
        if (!names.equals(parties)) {
            parties.setAll(names);
        }
        List<String> w = s.raciWarnings();
        warnings.set(s.raci().isEmpty() ? "" : w.isEmpty() ? "RACI checks pass: every row has one A and at least one R."
                : w.size() + (w.size() == 1 ? " RACI warning: " : " RACI warnings: ") + String.join("  ", w));
    }

    private StakeholderPlan current() {
        Plan plan = runner.plan();
        return plan == null ? StakeholderPlan.EMPTY : plan.stakeholders();
    }

    private String change(String label, UnaryOperator<StakeholderPlan> change) {
        if (runner.plan() == null) {
            return runner.refuse("Open a plan first.");
        }
        try {
            return runner.run(new SetStakeholdersCommand(label, change));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    /** Fills the empty parts (register, RACI, communication plan) with the seeds' starting point, in one step. */
    public String useSeedDefaults() {
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("Open a plan first.");
        }
        StakeholderPlan s = plan.stakeholders();
        if (!s.stakeholders().isEmpty() && !s.raci().isEmpty() && !s.communications().isEmpty()) {
            return runner.refuse("The register, the RACI matrix and the communication plan are filled already.");
        }
        StakeholderPlan d = StakeholderDefaults.forPlan(plan);
        return change("Add Starter Stakeholders", old -> new StakeholderPlan(
                old.stakeholders().isEmpty() ? d.stakeholders() : old.stakeholders(),
                old.raci().isEmpty() ? d.raci() : old.raci(),
                old.communications().isEmpty() ? d.communications() : old.communications()));
    }

    // ---- register ----

    public String addStakeholder(String name) {
        return change("Add Stakeholder", s -> s.withStakeholders(added(s.stakeholders(), new Stakeholder(name))));
    }

    public String removeStakeholder(int index) {
        return change("Remove Stakeholder", s -> {
            List<Stakeholder> list = new ArrayList<>(s.stakeholders());
            String name = list.remove(index).name();
            return s.withStakeholders(list).withPartyRenamed(name, null);
        });
    }

    /** Edits a field of a stakeholder; renaming one renames their RACI column too. */
    public String editStakeholder(int index, StakeholderColumn column, String text) {
        return change("Edit Stakeholder", s -> {
            List<Stakeholder> list = new ArrayList<>(s.stakeholders());
            Stakeholder old = list.get(index);
            Stakeholder made = switch (column) {
                case NAME -> old.withName(text);
                case ORGANISATION -> old.withOrganisation(text);
                case INTEREST -> old.withInterest(Level.parse(text, "Interest"));
                case INFLUENCE -> old.withInfluence(Level.parse(text, "Influence"));
                case ATTITUDE -> old.withAttitude(Attitude.parse(text));
                case NEEDS -> old.withNeeds(text);
            };
            list.set(index, made);
            StakeholderPlan named = s.withStakeholders(list);
            return made.name().equals(old.name()) ? named : named.withPartyRenamed(old.name(), made.name());
        });
    }

    // ---- RACI ----

    public String addRaciRow(String name, boolean phase) {
        return change("Add RACI Row", s -> s.withRaci(added(s.raci(), new RaciItem(name, phase))));
    }

    public String removeRaciRow(int index) {
        return change("Remove RACI Row", s -> {
            List<RaciItem> list = new ArrayList<>(s.raci());
            list.remove(index);
            return s.withRaci(list);
        });
    }

    public String renameRaciRow(int index, String name) {
        return change("Rename RACI Row", s -> {
            List<RaciItem> list = new ArrayList<>(s.raci());
            list.set(index, list.get(index).withName(name));
            return s.withRaci(list);
        });
    }

    /** Sets the letter {@code party} holds on row {@code index}: R, A, C or I, blank to empty it. */
    public String setCell(int index, String party, String text) {
        RaciLetter letter;
        try {
            letter = RaciLetter.parse(text);
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
        if (index < 0 || index >= current().raci().size() || current().raci().get(index).letter(party) == letter) {
            return null;
        }
        return change("Set RACI " + (letter == null ? "Cell" : letter.name()), s -> {
            List<RaciItem> list = new ArrayList<>(s.raci());
            list.set(index, list.get(index).with(party, letter));
            return s.withRaci(list);
        });
    }

    /** The letter a cell shows ("" when empty). */
    public static String cellText(RaciItem row, String party) {
        RaciLetter l = row == null ? null : row.letter(party);
        return l == null ? "" : l.name();
    }

    // ---- communication plan ----

    public String addCommunication(String name) {
        return change("Add Communication", s -> s.withCommunications(added(s.communications(), new Communication(name))));
    }

    public String removeCommunication(int index) {
        return change("Remove Communication", s -> {
            List<Communication> list = new ArrayList<>(s.communications());
            list.remove(index);
            return s.withCommunications(list);
        });
    }

    public String editCommunication(int index, CommunicationColumn column, String text) {
        return change("Edit Communication", s -> {
            List<Communication> list = new ArrayList<>(s.communications());
            Communication old = list.get(index);
            list.set(index, switch (column) {
                case NAME -> old.withName(text);
                case AUDIENCE -> old.withAudience(text);
                case CONTENT -> old.withContent(text);
                case FREQUENCY -> old.withFrequency(Frequency.parse(text));
                case CHANNEL -> old.withChannel(text);
                case OWNER -> old.withOwner(text);
            });
            return s.withCommunications(list);
        });
    }

    /**
     * Puts communication {@code index} on the plan as milestones on each of its dates between the plan's start and
     * its finish (per phase gate: each phase's finish), under the "Communication" summary task; one undoable step.
     */
    public String addMeetings(int index) {
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("Open a plan first.");
        }
        if (index < 0 || index >= plan.stakeholders().communications().size()) {
            return runner.refuse("Select a line of the communication plan first.");
        }
        Communication c = plan.stakeholders().communications().get(index);
        LocalDate finish = null;
        List<LocalDate> gates = new ArrayList<>();
        for (Task root : plan.roots()) {
            if (root.finish() == null || root.name().equals(AddMeetingsCommand.SUMMARY)) {
                continue;
            }
            LocalDate f = root.finish().toLocalDate();
            finish = finish == null || f.isAfter(finish) ? f : finish;
            if (root.hasChildren()) {
                gates.add(f);
            }
        }
        List<LocalDate> dates;
        try {
            dates = MeetingDates.between(c.frequency(), plan.startDate(), finish, gates);
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
        if (dates.isEmpty()) {
            return runner.refuse("\"" + c.name() + "\" falls on no date between the plan's start and finish.");
        }
        String result = runner.run(new AddMeetingsCommand(c.name(), dates, c.owner()));
        if (result == null) {
            message.set(dates.size() + " \"" + c.name() + "\" milestones added under \""
                    + AddMeetingsCommand.SUMMARY + "\".");
        }
        return result;
    }

    private static <T> List<T> added(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    public ObservableList<Stakeholder> stakeholders() {
        return stakeholders;
    }

    public ObservableList<RaciItem> raci() {
        return raci;
    }

    public ObservableList<Communication> communications() {
        return communications;
    }

    /** The RACI matrix's columns: the plan's roles, then the stakeholders. */
    public ObservableList<String> parties() {
        return parties;
    }

    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }
}
