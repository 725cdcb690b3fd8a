package org.genaiplan.ui.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.Scheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.command.IndentTasksCommand;
import org.genaiplan.ui.command.MoveTasksCommand;
import org.genaiplan.ui.testing.MemoryClipboard;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.ui.wbs.WbsTreeViewModel;

/**
 * Hand-run timing of the editor's model + view-model work on a large plan (not a unit test):
 * indent / move 100 selected rows of a 5,000-task plan and undo each, with the tree's view-models
 * following every step. Run: java -cp ... org.genaiplan.ui.bench.WbsEditBench [tasks] [scheduler class, default CpmScheduler]
 */
public final class WbsEditBench {
    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Scheduler scheduler;
        if (args.length > 1 && args[1].equals("none")) {
            scheduler = plan -> new org.genaiplan.schedule.ScheduleReport(true, 0, null, List.of(), 0, List.of());
        } else {
            scheduler = args.length > 1 ? (Scheduler) Class.forName(args[1]).getDeclaredConstructor().newInstance()
                    : new org.genaiplan.schedule.CpmScheduler();
        }
        for (int round = 0; round < 5; round++) {
            run(tasks, scheduler, round == 4);
        }
    }

    private static void run(int size, Scheduler scheduler, boolean print) throws Exception {
        MemoryDocuments docs = new MemoryDocuments();
        var session = docs.createNew();
        Plan plan = session.plan();
        List<Task> parents = new ArrayList<>();
        for (int p = 0; p < size / 50; p++) {
            Task parent = plan.addTask(null, "Work package " + p);
            parents.add(parent);
            for (int c = 0; c < 49; c++) {
                Task t = plan.addTask(parent, "Task " + p + "." + c);
                t.setDurationMinutes(480L * (1 + c % 5));
            }
        }
        UndoStack undo = new UndoStack();
        PlanEditor editor = new PlanEditor(() -> scheduler, undo);
        PlanSelection selection = new PlanSelection();
        long t0 = System.nanoTime();
        editor.setSession(session, true);
        WbsTreeViewModel wbs = new WbsTreeViewModel(editor, new ScheduleFormats(), selection,
                new SimpleStringProperty(), new MemoryClipboard());
        long built = System.nanoTime() - t0;
        // 100 selected rows: the 2nd..101st children spread over two work packages.
        List<Long> ids = new ArrayList<>();
        for (int i = 0; ids.size() < 100; i++) {
            Task parent = parents.get(i / 48);
            ids.add(parent.children().get(1 + i % 48).id());
        }
        double indent = time(() -> editor.execute(new IndentTasksCommand(ids)));
        double undoIndent = time(editor::undo);
        double move = time(() -> editor.execute(MoveTasksCommand.down(ids)));
        double undoMove = time(editor::undo);
        if (print) {
            System.out.printf("tasks=%d scheduler=%s build tree=%.1f ms%n", plan.taskCount(),
                    scheduler.getClass().getSimpleName(), built / 1e6);
            System.out.printf("indent 100 rows: %.1f ms, undo: %.1f ms%n", indent, undoIndent);
            System.out.printf("move down 100 rows: %.1f ms, undo: %.1f ms%n", move, undoMove);
            System.out.println("rows in tree: " + wbs.taskCountProperty().get());
        }
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }
}
