package org.genaiplan.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;

/**
 * The price table at the foot of the Costs sheet: the date prices were checked, the GPU types, the models'
 * token prices, the roles' hourly rates and the people's (their own, or a formula pointing at their role's), each with "example" beside a starter value nobody has replaced.
 * Item rows point at these cells, so a changed price flows into the amounts and totals.
 *
 * <p>Columns: name in B, first price in C, second in D, note in E. Built for a fixed first row, so that the
 * item rows above can name the cells before the block is written.
 */
final class PriceBlock {
    static final int NAME = CostsSheet.LABEL;
    static final int FIRST = NAME + 1;
    static final int SECOND = NAME + 2;
    static final int NOTE = NAME + 3;
    static final String EXAMPLE = "example";
    static final String ROLE_HEADER = "Role";
    static final String RATE_HEADER = "Rate per hour";
    static final String PERSON_HEADER = "Person";

    private final List<Consumer<Row>> lines = new ArrayList<>();
    private final Map<String, Integer> roleRows = new HashMap<>();
    private final Map<String, Integer> gpuRows = new HashMap<>();
    private final Map<String, Integer> modelRows = new HashMap<>();
    private final int firstRow;

    /** The block for {@code plan}, its first line on 0-based row {@code firstRow}. */
    PriceBlock(Plan plan, int firstRow, CostsSheet.Writer w) {
        this.firstRow = firstRow;
        PriceTable table = plan.priceTable();
        LocalDate pricedOn = table.pricedOn();
        add(row -> {
            w.cells().text(row, NAME, "Price table", true, 0);
            w.widths().see(NAME, "Price table");
        });
        add(row -> {
            w.cells().text(row, NAME, "Prices checked on");
            if (pricedOn == null) {
                w.cells().text(row, FIRST, "not set");
            } else {
                w.cells().date(row, FIRST, pricedOn.atStartOfDay(), w.styles().left(w.styles().date));
            }
        });
        add(null);
        add(row -> w.header(row, NAME, "GPU type", "Per GPU-hour", "Peak TFLOP/s", "Note"));
        if (table.gpus().isEmpty()) {
            add(row -> w.cells().text(row, NAME, "No GPU types priced."));
        }
        for (GpuPrice gpu : table.gpus()) {
            gpuRows.put(key(gpu.name()), firstRow + lines.size());
            add(row -> {
                w.label(row, gpu.name());
                w.cells().number(row, FIRST, gpu.pricePerHour().doubleValue(), w.styles().unitPrice);
                w.cells().number(row, SECOND, gpu.peakTflops(), w.styles().hours);
                note(w, row, gpu.example());
            });
        }
        add(null);
        add(row -> w.header(row, NAME, "Model", "Input / 1M tokens", "Output / 1M tokens", "Note"));
        if (table.models().isEmpty()) {
            add(row -> w.cells().text(row, NAME, "No models priced."));
        }
        for (TokenPrice model : table.models()) {
            modelRows.put(key(model.model()), firstRow + lines.size());
            add(row -> {
                w.label(row, model.model());
                w.cells().number(row, FIRST, model.inputPerMillion().doubleValue(), w.styles().unitPrice);
                w.cells().number(row, SECOND, model.outputPerMillion().doubleValue(), w.styles().unitPrice);
                note(w, row, model.example());
            });
        }
        add(null);
        add(row -> w.header(row, NAME, ROLE_HEADER, RATE_HEADER, "", "Note"));
        if (plan.roles().isEmpty()) {
            add(row -> w.cells().text(row, NAME, "No roles."));
        }
        for (Role role : plan.roles()) {
            roleRows.put(role.name(), firstRow + lines.size());
            add(row -> {
                w.label(row, role.name());
                w.cells().number(row, FIRST, role.ratePerHour().doubleValue(), w.styles().unitPrice);
                note(w, row, role.example());
            });
        }
        addPeople(plan, w);
    }

    /** People, when the plan lists any: an own rate, or a formula pointing at their role's rate. */
    private void addPeople(Plan plan, CostsSheet.Writer w) {
        if (plan.resources().people().isEmpty()) {
            return;
        }
        add(null);
        add(row -> w.header(row, NAME, PERSON_HEADER, RATE_HEADER, "Role", "Note"));
        for (Person person : plan.resources().people()) {
            Integer roleRow = person.role() == null ? null : roleRows.get(person.role());
            BigDecimal rate = plan.resources().rateOf(person.name());
            if (person.ratePerHour() != null || roleRow != null) {
                roleRows.put(person.name(), firstRow + lines.size());
            }
            add(row -> {
                w.label(row, person.name());
                if (person.ratePerHour() != null) {
                    w.cells().number(row, FIRST, person.ratePerHour().doubleValue(), w.styles().unitPrice);
                } else if (roleRow != null) {
                    w.cells().formula(row, FIRST, cell(FIRST, roleRow), rate.doubleValue(), w.styles().unitPrice);
                } else {
                    w.cells().text(row, FIRST, "no rate");
                }
                w.cells().text(row, SECOND, person.role());
                if (person.ratePerHour() == null && roleRow != null) {
                    w.cells().text(row, NOTE, "role's rate");
                }
            });
        }
    }

    private void add(Consumer<Row> line) {
        lines.add(line);
    }

    private static void note(CostsSheet.Writer w, Row row, boolean example) {
        if (example) {
            w.cells().styled(row, NOTE, EXAMPLE, w.styles().filled(Styles.TODAY, false, false));
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The lines, first to last; null stands for a blank row. */
    List<Consumer<Row>> lines() {
        return lines;
    }

    int firstRow() {
        return firstRow;
    }

    /** Absolute reference to a role's or person's rate, or null when the plan has no such role or priced person. */
    String roleRate(String role) {
        Integer r = role == null ? null : roleRows.get(role);
        return r == null ? null : cell(FIRST, r);
    }

    /** Absolute reference to a GPU type's price per GPU-hour, or null when it is not priced. */
    String gpuPrice(String type) {
        Integer r = gpuRows.get(key(type));
        return r == null ? null : cell(FIRST, r);
    }

    /** Absolute references to a model's input and output price per million tokens, or null. */
    String[] modelPrices(String model) {
        Integer r = modelRows.get(key(model));
        return r == null ? null : new String[] {cell(FIRST, r), cell(SECOND, r)};
    }

    private static String cell(int col, int row) {
        return "$" + (char) ('A' + col) + "$" + (row + 1);
    }
}
