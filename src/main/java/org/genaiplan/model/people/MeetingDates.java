package org.genaiplan.model.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.genaiplan.model.ValidationException;

/** The dates a recurring communication falls on between the plan's start and finish. */
public final class MeetingDates {
    /** The most milestones one communication may put on the plan. */
    public static final int MAX = 260;

    private MeetingDates() {
    }

    /**
     * The dates of {@code frequency} from {@code start} to {@code finish} (both included): weekly and fortnightly
     * from the start, monthly on the start's day of month, per phase gate on {@code gates} (the phases'
     * finishes), once on the start. Daily is refused: a stand-up is a habit, not a milestone.
     */
    public static List<LocalDate> between(Frequency frequency, LocalDate start, LocalDate finish, List<LocalDate> gates) {
        if (start == null || finish == null || finish.isBefore(start)) {
            throw new ValidationException("The plan needs a start and a finish to place meetings between them.");
        }
        List<LocalDate> dates = new ArrayList<>();
        switch (frequency) {
            case DAILY -> throw new ValidationException("Daily communications are not put on the plan as milestones;"
                    + " choose weekly or less often.");
            case ONCE -> dates.add(start);
            case PHASE_GATE -> {
                for (LocalDate d : new TreeSet<>(gates)) {
                    if (!d.isBefore(start) && !d.isAfter(finish)) {
                        dates.add(d);
                    }
                }
            }
            default -> {
                for (int i = 0; ; i++) {
                    LocalDate d = switch (frequency) {
                        case WEEKLY -> start.plusWeeks(i);
                        case FORTNIGHTLY -> start.plusWeeks(2L * i);
                        default -> start.plusMonths(i);
                    };
                    if (d.isAfter(finish)) {
                        break;
                    }
                    dates.add(d);
                    if (dates.size() > MAX) {
                        throw new ValidationException("That would put more than " + MAX + " milestones on the plan;"
                                + " choose a lower frequency.");
                    }
                }
            }
        }
        return dates;
    }
}
