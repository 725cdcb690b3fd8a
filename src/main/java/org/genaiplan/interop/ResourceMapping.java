package org.genaiplan.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Resources;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.PeopleCost;
import org.mpxj.Rate;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.TimeUnit;

/**
 * Work resources become people with their standard rate; a task's first assignment becomes its owner
 * (costed at the task's duration, as our owners are) and further assignments become people cost lines
 * with the assignment's hours. Material and cost resources add their assignment's cost to the task's
 * fixed cost. Resource calendars, overtime and cost rate tables are noted as not carried.
 */
final class ResourceMapping {
    private ResourceMapping() {
    }

    static void map(Plan plan, org.mpxj.ProjectFile project, TaskMapping tasks, Durations durations) {
        Map<Resource, String> names = new HashMap<>();
        int calendars = 0;
        for (Resource r : project.getResources()) {
            if (r.getName() == null || r.getName().isBlank() || r.getType() != null && r.getType() != ResourceType.WORK) {
                continue;
            }
            if (plan.resources().personCount() >= Resources.MAX_PEOPLE) {
                tasks.count("resources past the first " + Resources.MAX_PEOPLE);
                break;
            }
            String name = unique(plan, clean(r.getName()));
            BigDecimal rate = hourly(r.getStandardRate(), durations);
            try {
                plan.resources().putPerson(new Person(name, null, rate, 100, ""));
                names.put(r, name);
                tasks.count("people with rates");
            } catch (ValidationException e) {
                tasks.count("resources refused (" + e.getMessage() + ")");
            }
            if (r.getCalendar() != null && r.getCalendar().getCalendarExceptions() != null
                    && !r.getCalendar().getCalendarExceptions().isEmpty()) {
                calendars++;
            }
        }
        if (calendars > 0) {
            tasks.counts().merge("resource calendars (people follow the plan's calendar)", calendars, Integer::sum);
        }
        for (var entry : tasks.all().entrySet()) {
            assignments(entry.getKey(), entry.getValue(), names, tasks);
        }
    }

    private static void assignments(org.mpxj.Task source, Task task, Map<Resource, String> names, TaskMapping tasks) {
        List<CostLine> lines = new ArrayList<>();
        BigDecimal extra = BigDecimal.ZERO;
        for (ResourceAssignment a : source.getResourceAssignments()) {
            Resource r = a.getResource();
            if (r == null) {
                continue;
            }
            String person = names.get(r);
            if (person == null) {
                Number cost = a.getCost();
                if (cost != null && cost.doubleValue() > 0) {
                    extra = extra.add(BigDecimal.valueOf(Math.min(cost.doubleValue(), 1e12)));
                    tasks.count("material or cost resources added to fixed costs");
                }
                continue;
            }
            if (task.hasChildren()) {
                tasks.count("assignments on summary tasks");
                continue;
            }
            if (task.ownerRole() == null) {
                task.setOwnerRole(person);
                tasks.count("owners");
                continue;
            }
            double hours = a.getWork() == null ? 0 : hoursOf(a.getWork());
            lines.add(new CostLine(person + " (assignment)", new PeopleCost(person,
                    BigDecimal.valueOf(Math.clamp(hours, 0, 1e9)).setScale(2, RoundingMode.HALF_UP)), null));
            tasks.count("further assignments as people cost lines");
        }
        if (!lines.isEmpty()) {
            task.setCostLines(lines);
        }
        if (extra.signum() > 0) {
            task.setFixedCost(task.fixedCost().add(extra).setScale(2, RoundingMode.HALF_UP));
        }
    }

    private static double hoursOf(org.mpxj.Duration work) {
        return switch (work.getUnits()) {
            case MINUTES -> work.getDuration() / 60;
            case DAYS -> work.getDuration() * 8;
            case WEEKS -> work.getDuration() * 40;
            default -> work.getDuration();
        };
    }

    static BigDecimal hourly(Rate rate, Durations durations) {
        if (rate == null || rate.getAmount() <= 0) {
            return null;
        }
        TimeUnit u = rate.getUnits() == null ? TimeUnit.HOURS : rate.getUnits();
        double perHour = switch (u) {
            case MINUTES, ELAPSED_MINUTES -> rate.getAmount() * 60;
            case DAYS, ELAPSED_DAYS -> rate.getAmount() / (durations.minutesPerDay() / 60);
            case WEEKS, ELAPSED_WEEKS -> rate.getAmount() / (durations.minutesPerDay() * 5 / 60);
            case MONTHS, ELAPSED_MONTHS -> rate.getAmount() / (durations.minutesPerDay() * 20 / 60);
            case YEARS, ELAPSED_YEARS -> rate.getAmount() / (durations.minutesPerDay() * 240 / 60);
            default -> rate.getAmount();
        };
        return BigDecimal.valueOf(Math.min(perHour, 1e9)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String clean(String name) {
        String s = name.replaceAll("\\p{Cntrl}", " ").strip();
        return s.length() > TaskMapping.MAX_NAME ? s.substring(0, TaskMapping.MAX_NAME) : s;
    }

    private static String unique(Plan plan, String name) {
        String candidate = name;
        for (int i = 2; plan.resources().isOwner(candidate) || plan.resources().hasPersonNamed(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}
