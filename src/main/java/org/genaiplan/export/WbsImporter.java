package org.genaiplan.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Imports a WBS from a .csv/.txt file with {@link CsvImporter}, from anything else with {@link ExcelImporter}. */
public final class WbsImporter {

    /**
     * @param planName     the name of the new plan
     * @param defaultStart the plan's start when no row has a start date
     */
    public ImportResult read(Path file, String planName, LocalDate defaultStart) throws ImportException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return new CsvImporter().read(file, planName, defaultStart);
        }
        return new ExcelImporter().read(file, planName, defaultStart);
    }
}
