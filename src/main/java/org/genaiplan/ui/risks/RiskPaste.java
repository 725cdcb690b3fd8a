package org.genaiplan.ui.risks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.command.AddRisksCommand;
import org.genaiplan.ui.command.EditRiskFieldCommand;
import org.genaiplan.ui.command.PlanCommand;

/**
 * Tab-separated text pasted into the risk register, as one undoable command: whole rows (as
 * {@link RiskGrid#copyRowsText} makes them) become new risks; other text fills the cells from the anchor cell
 * rightwards and down over the rows shown.
 */
final class RiskPaste {
    private RiskPaste() {
    }

    /** The command that pastes {@code text} (not blank); a refusal as a sentence. */
    static PlanCommand command(Plan plan, String text, List<RiskRowViewModel> visibleRows, RiskRowViewModel anchorRow,
                               RiskColumn anchorColumn) throws ValidationException {
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            if (!line.isEmpty()) {
                lines.add(line.split("\t", -1));
            }
        }
        if (isWholeRows(lines)) {
            return pasteRowsCommand(plan, lines);
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
        return new EditRiskFieldCommand("Paste", changes);
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
}
