package org.genaiplan.interop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genaiplan.export.ImportException;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.CpmScheduler;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;

/**
 * Imports another planning tool's file as a new plan: reads it ({@link ForeignReader}), maps it
 * (calendar, tasks, links, people and costs), schedules it with our scheduler and compares the dates with
 * the ones stored in the file ({@link DateAgreement}). The source file is only read.
 */
public final class ForeignImport {

    /** The new, scheduled plan and the import report. */
    public record Result(Plan plan, ImportReport report) {
    }

    /** Whether the file looks like another tool's plan by its name (File > Open uses this). */
    public static boolean accepts(Path file) {
        return FormatSniffer.hasForeignExtension(String.valueOf(file.getFileName()));
    }

    public Result read(Path file, String planName, ProgressListener progress) throws ImportException {
        progress.progress(0, 4, "Reading " + file.getFileName());
        ForeignReader.Read read = new ForeignReader().read(file);
        progress.progress(1, 4, "Mapping");
        if (progress.cancelled()) {
            throw new java.util.concurrent.CancellationException();
        }
        try {
            return map(read, String.valueOf(file.getFileName()), planName, progress);
        } catch (RuntimeException e) {
            throw new ImportException(file.getFileName() + " holds a plan GenAI Planner could not take over: "
                    + (e instanceof ValidationException ? e.getMessage() : "its content is not consistent."), e);
        }
    }

    static Result map(ForeignReader.Read read, String fileName, String planName, ProgressListener progress) {
        ProjectFile project = read.project();
        ProjectProperties properties = project.getProjectProperties();
        List<String> mapped = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        LocalDate start = projectStart(project);
        Plan plan = new Plan(name(properties, planName), start);
        try {
            if (properties.getCurrencyCode() != null) {
                plan.setCurrency(properties.getCurrencyCode());
            }
        } catch (ValidationException e) {
            dropped.add("the currency \"" + properties.getCurrencyCode() + "\" (USD is used)");
        }
        plan.setCalendar(CalendarMapping.map(project.getDefaultCalendar(), mapped, dropped));
        Durations durations = new Durations(properties);
        TaskMapping tasks = new TaskMapping(plan, durations);
        tasks.map(project);
        LinkMapping.map(plan, tasks, durations);
        ResourceMapping.map(plan, project, tasks, durations);
        sort(tasks.counts(), mapped, dropped);
        progress.progress(2, 4, "Scheduling");
        new CpmScheduler().schedule(plan);
        progress.progress(3, 4, "Comparing dates");
        DateAgreement.Result agreement = DateAgreement.compare(plan, tasks.sources(), project.getDefaultCalendar(),
                toolOf(read.format()), start);
        List<String> warnings = project.getIgnoredErrors().stream().map(e -> String.valueOf(e.getMessage())).toList();
        progress.progress(4, 4, "Done");
        return new Result(plan, new ImportReport(fileName, read.format().label(), mapped, dropped, warnings, agreement));
    }

    private static final List<String> KEPT = List.of("tasks", "summaries", "milestones", "links",
            "links with a lag or lead", "constraints", "deadlines", "notes", "fixed costs", "tasks with progress",
            "people with rates", "owners", "further assignments as people cost lines",
            "percent lags turned into working time", "material or cost resources added to fixed costs");

    private static void sort(Map<String, Integer> counts, List<String> mapped, List<String> dropped) {
        for (var e : new TreeMap<>(counts).entrySet()) {
            String line = e.getKey() + ": " + e.getValue();
            if (KEPT.contains(e.getKey())) {
                mapped.add(line);
            } else {
                dropped.add(line);
            }
        }
    }

    private static String name(ProjectProperties properties, String fallback) {
        for (String candidate : new String[] {properties.getProjectTitle(), properties.getName()}) {
            if (candidate != null && !candidate.isBlank() && candidate.strip().length() <= TaskMapping.MAX_NAME
                    && !candidate.strip().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(xml|mpp|mpx|xer)")) {
                return candidate.strip();
            }
        }
        return fallback;
    }

    private static LocalDate projectStart(ProjectFile project) {
        LocalDateTime start = project.getProjectProperties().getStartDate();
        if (start == null) {
            start = project.getTasks().stream().map(org.mpxj.Task::getStart).filter(java.util.Objects::nonNull)
                    .min(LocalDateTime::compareTo).orElse(null);
        }
        return start == null ? LocalDate.now() : start.toLocalDate();
    }

    private static String toolOf(ForeignFormat format) {
        return switch (format) {
            case MSPDI, MPP, MPX -> "MS Project";
            case XER, PMXML -> "Primavera P6";
            case PLANNER -> "GNOME Planner";
            case GANTTPROJECT -> "GanttProject";
            case PROJECTLIBRE -> "ProjectLibre";
            default -> "the tool that wrote the file";
        };
    }
}
