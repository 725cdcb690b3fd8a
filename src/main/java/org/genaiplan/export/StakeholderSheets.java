package org.genaiplan.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.people.Communication;
import org.genaiplan.model.people.RaciItem;
import org.genaiplan.model.people.RaciLetter;
import org.genaiplan.model.people.Stakeholder;
import org.genaiplan.model.people.StakeholderPlan;

/**
 * The people and communication sheets: Stakeholders (the register), RACI (phases and deliverables against roles
 * and stakeholders, each letter in its colour, the rows that fail the checks listed under the grid) and
 * Communication (the communication plan). Written when the plan has any of them.
 */
final class StakeholderSheets {
    static final String STAKEHOLDERS = "Stakeholders";
    static final String RACI = "RACI";
    static final String COMMUNICATION = "Communication";
    private static final byte[] R = Styles.rgb(0xbb, 0xde, 0xfb);
    private static final byte[] A = Styles.rgb(0xff, 0xcd, 0xd2);
    private static final byte[] C = Styles.rgb(0xff, 0xec, 0xb3);
    private static final byte[] I = Styles.rgb(0xec, 0xef, 0xf1);

    private StakeholderSheets() {
    }

    static boolean applies(Plan plan) {
        return !plan.stakeholders().none();
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        register(wb, ctx);
        raci(wb, ctx);
        communication(wb, ctx);
    }

    private static void register(SXSSFWorkbook wb, ExportContext ctx) {
        SXSSFSheet sheet = wb.createSheet(STAKEHOLDERS);
        Cells cells = ctx.cells();
        String[] headers = {"Stakeholder", "Role / organisation", "Interest", "Influence", "Engagement", "Attitude",
                "What they need to hear"};
        cells.headers(sheet.createRow(0), headers);
        int r = 1;
        for (Stakeholder s : ctx.plan().stakeholders().stakeholders()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, s.name());
            cells.text(row, 1, s.organisation());
            cells.text(row, 2, s.interest().label());
            cells.text(row, 3, s.influence().label());
            cells.text(row, 4, s.engagement());
            cells.text(row, 5, s.attitude().label());
            cells.sentence(row, 6, s.needs());
        }
        widths(sheet, 26, 30, 10, 10, 16, 12, 60);
        PageSetup.table(Math.max(1, r - 1), headers.length - 1).apply(wb, sheet, ctx.plan().name());
    }

    private static void raci(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        StakeholderPlan s = plan.stakeholders();
        SXSSFSheet sheet = wb.createSheet(RACI);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        List<String> parties = new ArrayList<>();
        for (Role role : plan.roles()) {
            parties.add(role.name());
        }
        for (Stakeholder k : s.stakeholders()) {
            if (!parties.contains(k.name())) {
                parties.add(k.name());
            }
        }
        List<String> headers = new ArrayList<>(List.of("Phase / deliverable", "Kind"));
        headers.addAll(parties);
        cells.headers(sheet.createRow(0), headers.toArray(String[]::new));
        int r = 1;
        for (RaciItem item : s.raci()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, item.name());
            cells.text(row, 1, item.phase() ? "Phase" : "Deliverable");
            for (int p = 0; p < parties.size(); p++) {
                RaciLetter l = item.letter(parties.get(p));
                if (l != null) {
                    cells.styled(row, 2 + p, l.name(), st.filled(colour(l), l == RaciLetter.A || l == RaciLetter.R, true));
                }
            }
        }
        r++;
        Row key = sheet.createRow(r++);
        int col = 0;
        for (RaciLetter l : RaciLetter.values()) {
            CellStyle style = st.filled(colour(l), true, true);
            cells.styled(key, col++, l.name() + " = " + l.meaning(), style);
        }
        List<String> warnings = s.raciWarnings();
        cells.text(sheet.createRow(r++), 0, warnings.isEmpty() ? "Checks pass: every row has one A and at least one R."
                : "Checks (exactly one A, at least one R per row):", true, 0);
        for (String w : warnings) {
            cells.sentence(sheet.createRow(r++), 0, w);
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        for (int p = 0; p < parties.size(); p++) {
            sheet.setColumnWidth(2 + p, 13 * 256);
        }
        PageSetup.table(Math.max(1, r - 1), headers.size() - 1).apply(wb, sheet, plan.name());
    }

    private static byte[] colour(RaciLetter l) {
        return switch (l) {
            case R -> R;
            case A -> A;
            case C -> C;
            case I -> I;
        };
    }

    private static void communication(SXSSFWorkbook wb, ExportContext ctx) {
        SXSSFSheet sheet = wb.createSheet(COMMUNICATION);
        Cells cells = ctx.cells();
        String[] headers = {"Communication", "Audience", "Content", "Frequency", "Channel", "Owner"};
        cells.headers(sheet.createRow(0), headers);
        int r = 1;
        for (Communication c : ctx.plan().stakeholders().communications()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, c.name());
            cells.text(row, 1, c.audience());
            cells.sentence(row, 2, c.content());
            cells.text(row, 3, c.frequency().label());
            cells.text(row, 4, c.channel());
            cells.text(row, 5, c.owner());
        }
        widths(sheet, 28, 32, 50, 16, 24, 22);
        PageSetup.table(Math.max(1, r - 1), headers.length - 1).apply(wb, sheet, ctx.plan().name());
    }

    private static void widths(SXSSFSheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }
}
