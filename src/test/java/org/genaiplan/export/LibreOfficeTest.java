package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens exported workbooks in LibreOffice (headless, as .ci/run installs it) and converts them to CSV and PDF:
 * another program reads the file, shows our cached totals, and computes the same totals from the formulas.
 */
@Slow
class LibreOfficeTest {
    /** All sheets, each to its own name-suffixed file (LibreOffice 7.2 and later). */
    private static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir
    static Path dir;
    static String soffice;
    static Plan plan;
    static Path workbook;
    static Plan costed;
    static Path costedWorkbook;

    @BeforeAll
    static void findLibreOffice() throws IOException {
        soffice = find("soffice", "libreoffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH; .ci/run installs libreoffice-calc-nogui");
        plan = ExportFixtures.chatbot();
        workbook = ExportFixtures.export(plan, dir, "chatbot.xlsx");
        costed = ExportFixtures.costed();
        costedWorkbook = ExportFixtures.export(costed, dir, "costed.xlsx");
    }

    private static String find(String... names) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(entry, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /** Runs soffice with its own profile (so parallel runs do not collide); recalc: always recalculate on load. */
    private static void convert(String format, Path outDir, boolean recalc, Path... files) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        if (recalc) {
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                    oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """);
        }
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 5 minutes");
        }
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    /*
     * Each start of LibreOffice takes seconds, so the tests share three runs, each made on first use: every sheet of
     * the chatbot workbook as CSV from its cached values; as CSV after a recalculation, the chatbot workbook (copied
     * as recalc.xlsx), the same with the Data Engineer's rate raised by 100 (changed.xlsx), the costed workbook and
     * the same with the H100's price set to 3.00 (costed-gpu.xlsx); and both original workbooks printed to PDF.
     */
    private static Path cachedCsv;
    private static Path recalculatedCsv;
    private static Path printed;

    /** The chatbot workbook's sheets as CSV, from the values we cached in the cells. */
    private static Path cachedCsv() throws Exception {
        if (cachedCsv == null) {
            Path out = Files.createDirectories(dir.resolve("cached"));
            convert(CSV_ALL_SHEETS, out, false, workbook);
            cachedCsv = out;
        }
        return cachedCsv;
    }

    /** recalc-, changed-, costed- and costed-gpu-*.csv, each recalculated by LibreOffice on load. */
    private static Path recalculatedCsv() throws Exception {
        if (recalculatedCsv == null) {
            Path recalc = dir.resolve("recalc.xlsx");
            Files.copy(workbook, recalc);
            Path changed = dir.resolve("changed.xlsx");
            try (XSSFWorkbook wb = ExportFixtures.open(workbook)) {
                Cell rate = ExcelExporterTest.rateCell(wb.getSheet("Costs"), "Data Engineer");
                rate.setCellValue(rate.getNumericCellValue() + 100);
                // cached values stay stale on purpose: only a recalculation can show the new total
                try (var o = Files.newOutputStream(changed)) {
                    wb.write(o);
                }
            }
            Path gpu = dir.resolve("costed-gpu.xlsx");
            try (XSSFWorkbook wb = ExportFixtures.open(costedWorkbook)) {
                CostsSheetTest.labelled(wb.getSheet("Costs"), "H100").getCell(PriceBlock.FIRST).setCellValue(3.0);
                try (var o = Files.newOutputStream(gpu)) {
                    wb.write(o);
                }
            }
            Path out = Files.createDirectories(dir.resolve("recalculated"));
            convert(CSV_ALL_SHEETS, out, true, recalc, changed, costedWorkbook, gpu);
            recalculatedCsv = out;
        }
        return recalculatedCsv;
    }

    /** chatbot.pdf and costed.pdf, the two workbooks as LibreOffice prints them. */
    private static Path printed() throws Exception {
        if (printed == null) {
            Path out = Files.createDirectories(dir.resolve("pdf"));
            convert("pdf", out, false, workbook, costedWorkbook);
            printed = out;
        }
        return printed;
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == ',' && !quoted) {
                    fields.add(f.toString());
                    f.setLength(0);
                } else {
                    f.append(c);
                }
            }
            fields.add(f.toString());
            rows.add(fields);
        }
        return rows;
    }

    private static double grandTotal(Path costsCsv) throws IOException {
        return labelled(costsCsv, "Total (USD)", CostsSheet.PLANNED);
    }

    /** The value in column {@code col} of the first CSV row labelled {@code label} in the Costs label column. */
    private static double labelled(Path costsCsv, String label, int col) throws IOException {
        for (List<String> row : readCsv(costsCsv)) {
            if (row.size() > col && row.get(CostsSheet.LABEL).equals(label)) {
                String value = row.get(col);
                return value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1)) / 100
                        : Double.parseDouble(value);
            }
        }
        throw new AssertionError("no row labelled " + label + " in " + costsCsv.getFileName());
    }

    @Test
    void libreOfficeReadsEverySheetAndShowsOurTotals() throws Exception {
        Path out = cachedCsv();
        assertThat(grandTotal(out.resolve("chatbot-Costs.csv")))
                .isEqualTo(ExportFixtures.totalCost(plan).doubleValue());
        List<List<String>> wbs = readCsv(out.resolve("chatbot-WBS.csv"));
        assertThat(wbs).hasSize(plan.taskCount() + 1);
        Task third = plan.tasksInOrder().get(2);
        assertThat(wbs.get(3).get(0)).isEqualTo("3");
        assertThat(wbs.get(3).get(1)).isEqualTo(plan.wbsCode(third));
        assertThat(wbs.get(3).get(2)).isEqualTo(third.name());
        assertThat(wbs.get(3).get(4)).startsWith(third.start().toLocalDate().toString());
        assertThat(Files.exists(out.resolve("chatbot-Summary.csv"))).isTrue();
        assertThat(Files.exists(out.resolve("chatbot-Gantt.csv"))).isTrue();
        assertThat(Files.exists(out.resolve("chatbot-Risks.csv"))).isTrue();
    }

    @Test
    void libreOfficeReadsTheQualityIssuesDeliverablesAndGatesSheets() throws Exception {
        Path out = cachedCsv();
        List<List<String>> quality = readCsv(out.resolve("chatbot-Quality.csv"));
        assertThat(quality.get(0)).startsWith("ID", "Group", "Metric");
        assertThat(quality.get(1)).startsWith("hallucination-rate", "Quality and safety", "Hallucination rate",
                "at most", "5", "4", "%");
        assertThat(quality.get(1).get(10)).isEqualTo("not measured yet");
        assertThat(readCsv(out.resolve("chatbot-Issues.csv")).get(0)).startsWith("ID", "Grade", "Grade name", "Title");
        assertThat(readCsv(out.resolve("chatbot-Deliverables.csv")).get(0)).startsWith("Deliverable", "Owner");
        List<List<String>> gates = readCsv(out.resolve("chatbot-Gates.csv"));
        assertThat(gates.get(1).get(0)).isEqualTo("Go / no-go");
        assertThat(gates.get(1).get(2)).isEqualTo("pending");
        assertThat(gates.get(1).get(3)).contains("Hallucination rate is not measured yet");
    }

    @Test
    void libreOfficeComputesTheSameTotalsAndFollowsAChangedRate() throws Exception {
        double hours = 0;
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren() && "Data Engineer".equals(t.ownerRole())) {
                hours += t.durationMinutes() / 60.0;
            }
        }
        Path out = recalculatedCsv();
        double ours = ExportFixtures.totalCost(plan).doubleValue();
        assertThat(grandTotal(out.resolve("recalc-Costs.csv"))).isEqualTo(ours);
        assertThat(grandTotal(out.resolve("changed-Costs.csv"))).isCloseTo(ours + 100 * hours,
                org.assertj.core.data.Offset.offset(0.001));
        assertThat(hours).isPositive();
        List<List<String>> risks = readCsv(out.resolve("recalc-Risks.csv"));
        for (int i = 0; i < plan.risks().size(); i++) {
            assertThat(Double.parseDouble(risks.get(i + 1).get(RisksSheet.SCORE))).isEqualTo(plan.risks().get(i).score());
        }
    }

    @Test
    void libreOfficePrintsTheWorkbookToPdf() throws Exception {
        Path out = printed();
        Path pdf = out.resolve("chatbot.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int pages = text.split("/Type\\s*/Page[^s]").length - 1;
        assertThat(pages).as("Summary, WBS, Gantt, Risks and Costs each print at least one page").isGreaterThanOrEqualTo(5);
    }

    @Test
    void libreOfficeRecalculatesTheCostItemsToTheReportsTotalsAndFollowsAChangedGpuPrice() throws Exception {
        Path out = recalculatedCsv();
        Path csv = out.resolve("costed-Costs.csv");
        CostReport report = CostReport.of(costed, ExportFixtures.TODAY);
        assertThat(labelled(csv, "Total (USD)", CostsSheet.PLANNED)).isEqualTo(7510.0);
        assertThat(labelled(csv, "Total (USD)", CostsSheet.ACTUAL)).isEqualTo(1500.0);
        assertThat(labelled(csv, "Total (USD)", CostsSheet.FORECAST)).isEqualTo(7910.0);
        for (var e : report.byCategory().entrySet()) {
            assertThat(labelled(csv, e.getKey().label(), CostsSheet.PLANNED)).as(e.getKey().label())
                    .isEqualTo(e.getValue().planned().doubleValue());
            assertThat(labelled(csv, e.getKey().label(), CostsSheet.FORECAST)).as(e.getKey().label())
                    .isEqualTo(e.getValue().forecast().doubleValue());
        }
        for (var e : report.byPhase().entrySet()) {
            assertThat(labelled(csv, e.getKey(), CostsSheet.PLANNED)).isEqualTo(e.getValue().planned().doubleValue());
        }
        assertThat(labelled(csv, CostBlocks.WHOLE_PLAN, CostsSheet.WARNING))
                .isCloseTo(7910.0 / 8000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(labelled(csv, CostBlocks.WITH_CONTINGENCY, CostsSheet.PLANNED)).isEqualTo(12910.0);
        Path gpu = out.resolve("costed-gpu-Costs.csv");
        assertThat(labelled(gpu, "Total (USD)", CostsSheet.PLANNED)).as("480 GPU-hours at 0.50 more").isEqualTo(7750.0);
        assertThat(labelled(gpu, "Compute", CostsSheet.PLANNED)).isEqualTo(1440.0);
    }

    @Test
    void libreOfficePrintsTheCostChartsOfTheSummary() throws Exception {
        Path out = printed();
        String text = new String(Files.readAllBytes(out.resolve("costed.pdf")), StandardCharsets.ISO_8859_1);
        int pages = text.split("/Type\\s*/Page[^s]").length - 1;
        assertThat(pages).as("the Summary takes two pages: figures and risks, then the charts").isGreaterThanOrEqualTo(6);
        int images = text.split("/Subtype\\s*/Image").length - 1;
        assertThat(images).as("heat map and charts are cells and native charts, drawn as vectors; the one image is"
                + " the Gantt picture").isEqualTo(1);
        String layer = pdfText(out.resolve("costed.pdf"));
        assertThat(layer).contains(SummaryCharts.CUMULATIVE, SummaryCharts.BY_PHASE, SummaryCharts.BY_CATEGORY,
                SummarySheet.HEAT_CAPTION);
    }

    /** The PDF's text layer as {@code pdftotext -layout} lays it out, pages split by form feeds. */
    private static String pdfText(Path pdf) throws Exception {
        String pdftotext = find("pdftotext");
        assumeTrue(pdftotext != null, "pdftotext is not on the PATH; .ci/run installs poppler-utils");
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        Process p = new ProcessBuilder(pdftotext, "-layout", pdf.toString(), txt.toString()).redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    @Test
    void thePrintedWbsKeepsEveryColumnApartOnAFewReadablePages() throws Exception {
        Path out = printed();
        String text = pdfText(out.resolve("chatbot.pdf"));
        String[] pages = text.split("\f");
        long printed = java.util.Arrays.stream(pages).filter(page -> !page.isBlank()).count();
        assertThat(printed).as("Summary and charts, WBS, Gantt, Risks, Costs, Risk analysis, the four quality"
                + " sheets, Model selection, Business case, the three people sheets and Compliance of 60 tasks").isBetween(8L, 26L);
        assertThat(text).contains("Page 1 of " + printed);
        String wbsPages = java.util.Arrays.stream(pages).filter(page -> page.contains("Predecessors"))
                .collect(java.util.stream.Collectors.joining("\n"));
        List<Task> rows = plan.tasksInOrder();
        for (int i = 0; i < rows.size(); i++) {
            Task t = rows.get(i);
            String words = t.name().split(" ")[0];
            java.util.regex.Pattern row = java.util.regex.Pattern.compile("(?m)^\\s*" + (i + 1) + "\\s+"
                    + java.util.regex.Pattern.quote(plan.wbsCode(t)) + "\\s+" + java.util.regex.Pattern.quote(words));
            assertThat(row.matcher(wbsPages).find()).as("row %d: ID, WBS code and name apart", i + 1).isTrue();
        }
        assertThat(wbsPages).as("a date runs into the next column")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}\\S");
        assertThat(text).as("a number runs into the next column's text").doesNotContainPattern("\\d[A-Z][a-z]")
                .doesNotContainPattern("%[A-Za-z]");
    }

    @Test
    void aChangedGpuPriceMovesTheSummarysChartData() throws Exception {
        Path out = recalculatedCsv();
        assertThat(chartFigures(out.resolve("costed-Summary.csv"))).containsExactly(1200.0, 7510.0);
        assertThat(chartFigures(out.resolve("costed-gpu-Summary.csv")))
                .as("480 GPU-hours at 0.50 more: the Compute bar and the end of the curve").containsExactly(1440.0, 7750.0);
    }

    /** The Summary's chart data: Compute's planned cost and the last point of the planned curve. */
    private static List<Double> chartFigures(Path summaryCsv) throws IOException {
        double compute = Double.NaN;
        double curve = Double.NaN;
        for (List<String> row : readCsv(summaryCsv)) {
            if (row.size() > ChartData.PLANNED && row.get(ChartData.FIRST_COLUMN).equals("Compute")) {
                compute = Double.parseDouble(row.get(ChartData.PLANNED));
            }
            if (row.size() > ChartData.PLANNED_TO_DATE && row.get(ChartData.PLANNED_TO_DATE).matches("[0-9.]+")) {
                curve = Double.parseDouble(row.get(ChartData.PLANNED_TO_DATE));
            }
        }
        return List.of(compute, Math.round(curve * 100) / 100.0);
    }
}
