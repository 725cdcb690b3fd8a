package org.genaiplan.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.PredecessorFormat;

/**
 * Writes a plan's WBS as one flat CSV table (UTF-8 with a byte-order mark so that Excel reads accents):
 * ID, WBS, Outline Level, Task Name, Duration (days), Start, Finish, Deadline (empty when the task has none),
 * Predecessors, % Complete, Owner, Cost, Critical, then the three-point estimate (Optimistic, Most likely and
 * Pessimistic in days, Distribution; empty when the duration is certain). The ID is MS Project's row number and the predecessors name tasks by it. Text that a spreadsheet
 * would take for a formula gets a leading {@code '}; {@link CsvImporter} reads it back.
 */
public final class CsvExporter {
    static final String HEADER = "ID,WBS,Outline Level,Task Name,Duration (days),Start,Finish,Deadline,Predecessors,"
            + "% Complete,Owner,Cost,Critical," + String.join(",", EstimateColumns.HEADERS);

    public void export(Plan plan, Path target, ProgressListener listener) throws IOException {
        ReplaceFile.write(target, ".csv", out -> {
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(plan, writer, listener);
            writer.flush();
        });
    }

    public void write(Plan plan, Writer writer, ProgressListener listener) throws IOException {
        BufferedWriter out = writer instanceof BufferedWriter b ? b : new BufferedWriter(writer);
        List<Task> rows = plan.tasksInOrder();
        Progress progress = new Progress(listener, rows.size());
        PredecessorFormat preds = new PredecessorFormat(plan);
        double perDay = plan.calendar().minutesPerDay();
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
        int id = 0;
        for (Task t : rows) {
            out.write(Integer.toString(++id));
            out.write(',');
            out.write(SafeText.csvField(plan.wbsCode(t)));
            out.write(',');
            out.write(Integer.toString(t.level()));
            out.write(',');
            out.write(SafeText.csvField(t.name()));
            out.write(',');
            out.write(WbsBuilder.text(t.rolledUpDurationMinutes() / perDay));
            out.write(',');
            out.write(t.start() == null ? "" : t.start().toLocalDate().toString());
            out.write(',');
            out.write(t.finish() == null ? "" : t.finish().toLocalDate().toString());
            out.write(',');
            out.write(t.deadline() == null ? "" : t.deadline().toString());
            out.write(',');
            out.write(SafeText.csvField(preds.format(t)));
            out.write(',');
            out.write(Long.toString(Math.round(t.rolledUpPercentComplete())));
            out.write(',');
            out.write(SafeText.csvField(t.ownerRole()));
            out.write(',');
            out.write(t.cost().toPlainString());
            out.write(',');
            out.write(t.isCritical() ? "Yes" : "");
            out.write(EstimateColumns.csv(t, perDay));
            out.write("\r\n");
            progress.step("CSV");
        }
        out.flush();
        progress.finish("Done");
    }
}
