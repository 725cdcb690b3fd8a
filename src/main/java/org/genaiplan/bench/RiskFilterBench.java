package org.genaiplan.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.RiskLibrary;
import org.genaiplan.templates.RiskLibraryEntry;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.risks.RiskColumn;
import org.genaiplan.ui.risks.RiskRegisterViewModel;
import org.genaiplan.ui.risks.RiskRowViewModel;

/**
 * {@code bench risk-filter risks=<N> ms=<median>}: the risk register's view-model over a plan of N
 * risks (library entries repeated with varied ratings and statuses) is filtered by search text, band
 * and category, then sorted by score and by title, as the grid does. No window is needed.
 */
final class RiskFilterBench {
    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    RiskFilterBench(PrintWriter out, int warmUps, int runs) {
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    static Plan plan(int n, RiskLibrary library) {
        Plan plan = new Plan("Risk benchmark", LocalDate.of(2026, 3, 2));
        RiskStatus[] statuses = RiskStatus.values();
        for (int i = 0; i < n; i++) {
            RiskLibraryEntry e = library.entries().get(i % library.entries().size());
            Risk r = library.addTo(plan, e, LocalDate.of(2026, 3, 2));
            r.setProbability(i % 5 + 1);
            r.setImpact(i / 5 % 5 + 1);
            r.setStatus(statuses[i % statuses.length]);
        }
        plan.changes().drain();
        return plan;
    }

    void run(int n) {
        RiskLibrary library = RiskLibrary.load();
        Plan plan = plan(n, library);
        PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new Session(plan), true);
        RiskRegisterViewModel vm = new RiskRegisterViewModel(editor, new SimpleStringProperty(), library,
                () -> LocalDate.of(2026, 3, 2));
        SortedList<RiskRowViewModel> sorted = new SortedList<>(vm.filteredRows());
        Comparator<RiskRowViewModel> byScore = Comparator.comparingInt(
                (RiskRowViewModel r) -> Integer.parseInt(r.value(RiskColumn.SCORE))).reversed();
        Comparator<RiskRowViewModel> byTitle = Comparator.comparing(r -> r.value(RiskColumn.TITLE));
        String category = library.categoryNames().getFirst();
        long[] times = new long[runs];
        int[] shown = new int[1];
        for (int i = 0; i < warmUps + runs; i++) {
            long start = System.nanoTime();
            vm.clearFilters();
            sorted.setComparator(null);
            vm.searchTextProperty().set("model");
            vm.filters().shownBands().setAll(ScoreBand.AMBER);
            sorted.setComparator(byScore);
            shown[0] = sorted.size();
            vm.filters().shownBands().clear();
            vm.filters().shownCategories().setAll(category);
            sorted.setComparator(byTitle);
            shown[0] += sorted.size();
            long ns = System.nanoTime() - start;
            if (i >= warmUps) {
                times[i - warmUps] = ns;
            }
        }
        if (vm.rows().size() != n || shown[0] == 0) {
            throw new IllegalStateException("the register did not show the generated risks");
        }
        Arrays.sort(times);
        out.println("bench risk-filter risks=" + n + " ms="
                + String.format(Locale.ROOT, "%.2f", times[runs / 2] / 1e6));
        out.flush();
    }

    private record Session(Plan plan) implements PlanSession {
        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        public void commit(org.genaiplan.model.ChangeLog.Changes changes) {
        }

        @Override
        public Save prepareSave(Path target) {
            throw new UnsupportedOperationException("the benchmark saves nothing");
        }

        @Override
        public void close() {
        }
    }
}
