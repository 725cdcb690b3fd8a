package org.genaiplan.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.mspdi.MSPDIReader;

/** MS Project XML written by {@link MspdiExporter} reads back equal, through MPXJ's reader and through our import. */
class MspdiRoundTripTest {
    static final LocalDate START = LocalDate.of(2027, 1, 4);

    static Plan chatbot() {
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate("Chatbot", START);
        new CpmScheduler().schedule(plan);
        return plan;
    }

    @Test
    void theChatbotTemplateReadsBackEqualThroughMpxjsOwnReaderWithNoWarnings() throws Exception {
        Plan plan = chatbot();
        MspdiExporter exporter = new MspdiExporter();
        ProjectFile written = exporter.toProject(plan);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.write(plan, bytes);
        ProjectFile read = new MSPDIReader().read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.getIgnoredErrors()).as("reader warnings").isEmpty();
        assertThat(read.getProjectProperties().getStartDate()).isEqualTo(written.getProjectProperties().getStartDate());
        assertThat(read.getProjectProperties().getCurrencyCode()).isEqualTo(plan.currency());
        List<org.mpxj.Task> a = tasks(written);
        List<org.mpxj.Task> b = tasks(read);
        assertThat(b).hasSize(plan.taskCount()).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            org.mpxj.Task x = a.get(i);
            org.mpxj.Task y = b.get(i);
            String what = x.getName();
            assertThat(y.getName()).isEqualTo(x.getName());
            assertThat(y.getOutlineLevel()).as(what).isEqualTo(x.getOutlineLevel());
            assertThat(y.getSummary()).as(what).isEqualTo(x.getSummary());
            assertThat(y.getMilestone()).as(what).isEqualTo(x.getMilestone());
            assertThat(minutes(y.getDuration())).as(what).isEqualTo(minutes(x.getDuration()));
            assertThat(y.getStart()).as(what).isEqualTo(x.getStart());
            assertThat(y.getFinish()).as(what).isEqualTo(x.getFinish());
            assertThat(y.getConstraintType()).as(what).isEqualTo(x.getConstraintType());
            assertThat(y.getConstraintDate()).as(what).isEqualTo(x.getConstraintDate());
            assertThat(y.getDeadline()).as(what).isEqualTo(x.getDeadline());
            assertThat(y.getNotes() == null ? "" : y.getNotes().strip()).as(what)
                    .isEqualTo(x.getNotes() == null ? "" : x.getNotes().strip());
            assertThat(number(y.getPercentageComplete())).as(what).isEqualTo(number(x.getPercentageComplete()));
            assertThat(number(y.getFixedCost())).as(what).isEqualTo(number(x.getFixedCost()));
            assertThat(links(y)).as(what).isEqualTo(links(x));
            assertThat(owners(y)).as(what).isEqualTo(owners(x));
        }
        assertThat(resources(read)).isEqualTo(resources(written));
        ProjectCalendar cx = written.getDefaultCalendar();
        ProjectCalendar cy = read.getDefaultCalendar();
        assertThat(cy.getName()).isEqualTo(cx.getName());
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(cy.isWorkingDay(d)).isEqualTo(cx.isWorkingDay(d));
            assertThat(cy.getHours(d).toString()).isEqualTo(cx.getHours(d).toString());
        }
        assertThat(cy.getCalendarExceptions().toString()).isEqualTo(cx.getCalendarExceptions().toString());
    }

    @Test
    void aPlanSurvivesMsProjectXmlAndBackWithItsTasksLinksConstraintsCalendarAndCosts(@TempDir Path dir)
            throws Exception {
        Plan plan = chatbot();
        Path xml = dir.resolve("chatbot.xml");
        try (var out = Files.newOutputStream(xml)) {
            new MspdiExporter().write(plan, out);
        }
        ForeignImport.Result back = new ForeignImport().read(xml, "Back", ProgressListener.NONE);
        Plan copy = back.plan();
        List<Task> a = plan.tasksInOrder();
        List<Task> b = copy.tasksInOrder();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            Task x = a.get(i);
            Task y = b.get(i);
            assertThat(y.name()).isEqualTo(x.name());
            assertThat(y.level()).as(x.name()).isEqualTo(x.level());
            assertThat(y.isMilestone()).as(x.name()).isEqualTo(x.isMilestone());
            if (!x.hasChildren()) {
                assertThat(y.durationMinutes()).as(x.name()).isEqualTo(x.durationMinutes());
            }
            assertThat(y.constraintType()).as(x.name()).isEqualTo(x.constraintType());
            assertThat(y.constraintDate()).as(x.name()).isEqualTo(x.constraintDate());
            assertThat(y.deadline()).as(x.name()).isEqualTo(x.deadline());
            assertThat(y.start()).as(x.name()).isEqualTo(x.start());
            assertThat(y.finish()).as(x.name()).isEqualTo(x.finish());
            assertThat(y.cost().setScale(2, RoundingMode.HALF_UP)).as(x.name() + " cost")
                    .isEqualTo(x.cost().setScale(2, RoundingMode.HALF_UP));
            assertThat(links(copy, y, b)).as(x.name()).isEqualTo(links(plan, x, a));
        }
        assertThat(copy.calendar().workingDays()).isEqualTo(plan.calendar().workingDays());
        assertThat(copy.calendar().dayStart()).isEqualTo(plan.calendar().dayStart());
        assertThat(copy.calendar().minutesPerDay()).isEqualTo(plan.calendar().minutesPerDay());
        assertThat(copy.calendar().holidays()).isEqualTo(plan.calendar().holidays());
        assertThat(copy.startDate()).isEqualTo(plan.startDate());
        assertThat(back.report().agreement().agreed()).isEqualTo(back.report().agreement().compared());
    }

    private static List<String> links(Plan plan, Task task, List<Task> order) {
        List<String> out = new ArrayList<>();
        for (Dependency d : plan.predecessorsOf(task)) {
            out.add(order.indexOf(plan.task(d.predecessorId())) + " " + d.type() + " " + d.lagMinutes());
        }
        out.sort(null);
        return out;
    }

    static List<org.mpxj.Task> tasks(ProjectFile project) {
        return project.getTasks().stream().filter(t -> t.getUniqueID() != 0).toList();
    }

    static long minutes(org.mpxj.Duration d) {
        return d == null ? 0 : new Durations(new ProjectFile().getProjectProperties()).minutes(d, 0);
    }

    static BigDecimal number(Number n) {
        return n == null ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(n.doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }

    static List<String> links(org.mpxj.Task t) {
        List<String> out = new ArrayList<>();
        for (Relation r : t.getPredecessors()) {
            out.add(r.getPredecessorTask().getName() + " " + r.getType() + " " + minutes(r.getLag()));
        }
        out.sort(null);
        return out;
    }

    static List<String> owners(org.mpxj.Task t) {
        return t.getResourceAssignments().stream().map(a -> a.getResource().getName() + " " + minutes(a.getWork()))
                .sorted().toList();
    }

    static List<String> resources(ProjectFile p) {
        List<String> out = new ArrayList<>();
        for (Resource r : p.getResources()) {
            if (r.getName() != null) {
                Object rate = r.getCostRateTable(0) == null || r.getCostRateTable(0).isEmpty() ? null
                        : r.getCostRateTable(0).get(0).getStandardRate();
                out.add(r.getName() + " " + rate);
            }
        }
        return out;
    }
}
