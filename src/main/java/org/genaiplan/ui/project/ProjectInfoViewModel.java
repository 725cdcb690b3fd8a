package org.genaiplan.ui.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ProjectInfo;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.schedule.DurationFormat;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.SetProjectInfoCommand;

/**
 * The Project information dialog's state: the plan's name, dates, currency, calendar (working days, hours,
 * exceptions) and the default duration of new tasks, as the user types them. {@link #problemProperty()}
 * says in one sentence what stops the values from being applied; {@link #apply()} sets them all as one
 * undoable command.
 */
public final class ProjectInfoViewModel {
    private final CommandRunner runner;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> statusDate = new SimpleObjectProperty<>(this, "statusDate");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>(this, "deadline");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    private final ObservableSet<DayOfWeek> workingDays = FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
    private final StringProperty hoursPerDay = new SimpleStringProperty(this, "hoursPerDay", "");
    private final StringProperty dayStart = new SimpleStringProperty(this, "dayStart", "");
    private final StringProperty defaultDuration = new SimpleStringProperty(this, "defaultDuration", "");
    private final ObservableList<CalendarException> exceptions = FXCollections.observableArrayList();
    private final ObservableList<CalendarException> exceptionsView = FXCollections.unmodifiableObservableList(exceptions);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ProjectInfoViewModel(CommandRunner runner) {
        this.runner = Objects.requireNonNull(runner);
        reload();
        for (Observable o : new Observable[] {name, start, statusDate, deadline, currency, workingDays, hoursPerDay,
                dayStart, defaultDuration, exceptions}) {
            o.addListener(x -> check());
        }
        check();
    }

    /** A view-model over the open plan of {@code editor}, reporting refusals in {@code message}. */
    public static ProjectInfoViewModel create(PlanEditor editor, StringProperty message) {
        return new ProjectInfoViewModel(new CommandRunner(editor, message));
    }

    /** Fills every field from the open plan. */
    public void reload() {
        Plan plan = runner.plan();
        if (plan == null) {
            return;
        }
        WorkingCalendar c = plan.calendar();
        name.set(plan.name());
        description.set(plan.description());
        start.set(plan.startDate());
        statusDate.set(plan.statusDate());
        deadline.set(plan.deadline());
        currency.set(plan.currency());
        workingDays.clear();
        workingDays.addAll(c.workingDays());
        hoursPerDay.set(BigDecimal.valueOf(c.minutesPerDay()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString());
        dayStart.set(c.dayStart().toString());
        defaultDuration.set(new DurationFormat(c).format(plan.defaultDurationMinutes()));
        exceptions.setAll(c.exceptions());
    }

    // ---- exceptions ----

    /**
     * Adds days off from {@code first} to {@code last} (null: one day) with an optional name; returns null, or
     * the sentence saying why not (an overlap with another exception, an end before the start).
     */
    public String addException(LocalDate first, LocalDate last, String exceptionName) {
        if (first == null) {
            return "Choose the first day off.";
        }
        try {
            CalendarException added = new CalendarException(first, last, exceptionName);
            List<CalendarException> list = new ArrayList<>(exceptions);
            list.add(added);
            exceptions.setAll(WorkingCalendar.standard().withExceptions(list).exceptions());
            return null;
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    /** Removes the exception at {@code index}; returns null, or why not. */
    public String removeException(int index) {
        if (index < 0 || index >= exceptions.size()) {
            return "Select an exception to remove.";
        }
        exceptions.remove(index);
        return null;
    }

    // ---- applying ----

    /** The values as project information, or a {@link ValidationException} saying what is wrong. */
    public ProjectInfo build() {
        if (start.get() == null) {
            throw new ValidationException("Choose the project start.");
        }
        if (deadline.get() != null && deadline.get().isBefore(start.get())) {
            throw new ValidationException("The deadline (" + deadline.get() + ") is before the project start ("
                    + start.get() + ").");
        }
        if (workingDays.isEmpty()) {
            throw new ValidationException("Choose at least one working day a week.");
        }
        WorkingCalendar calendar = new WorkingCalendar(workingDays, time(dayStart.get()), minutes(hoursPerDay.get()),
                List.copyOf(exceptions));
        long duration = new DurationFormat(calendar).parse(defaultDuration.get());
        if (duration <= 0) {
            throw new ValidationException("The default duration for new tasks must be more than zero.");
        }
        return new ProjectInfo(name.get(), description.get(), start.get(), statusDate.get(), deadline.get(),
                currency.get(), calendar, duration);
    }

    /** Applies the values as one undoable command; returns null when applied (or nothing changed), else why not. */
    public String apply() {
        Plan plan = runner.plan();
        if (plan == null) {
            String why = runner.refuse("No plan is open.");
            problem.set(why);
            return why;
        }
        ProjectInfo info;
        try {
            info = build();
        } catch (ValidationException e) {
            problem.set(e.getMessage());
            return e.getMessage();
        }
        if (info.equals(ProjectInfo.of(plan))) {
            return null;
        }
        String why = runner.run(new SetProjectInfoCommand(info));
        if (why != null) {
            problem.set(why);
        }
        return why;
    }

    private void check() {
        try {
            build();
            problem.set("");
        } catch (ValidationException e) {
            problem.set(e.getMessage());
        }
    }

    private static int minutes(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.endsWith("h")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            BigDecimal hours = new BigDecimal(t);
            if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
                throw new ValidationException("Hours per day must be more than 0 and at most 24.");
            }
            return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationException("Hours per day must be a number such as 8 or 7.5, not \"" + text.strip()
                    + "\".");
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("The working day starts at a time such as 08:00 or 9:30, not \""
                    + (text == null ? "" : text.strip()) + "\".");
        }
    }

    // ---- properties ----

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> statusDateProperty() {
        return statusDate;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    /** The working weekdays; add or remove days to change them. */
    public ObservableSet<DayOfWeek> workingDays() {
        return workingDays;
    }

    public StringProperty hoursPerDayProperty() {
        return hoursPerDay;
    }

    public StringProperty dayStartProperty() {
        return dayStart;
    }

    /** The default duration of new tasks as typed ("1d", "4h"), in the edited calendar's days. */
    public StringProperty defaultDurationProperty() {
        return defaultDuration;
    }

    /** The holidays and other exceptions, sorted by date; change them with {@link #addException} and {@link #removeException}. */
    public ObservableList<CalendarException> exceptions() {
        return exceptionsView;
    }

    /** Empty when the values can be applied, else one sentence saying what to fix. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The open plan, or null. */
    public Plan plan() {
        return runner.plan();
    }
}
