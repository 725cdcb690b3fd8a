package org.genaiplan.export;

import java.awt.Color;
import java.util.Collection;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;

/** The probability x impact heat map's figures and colours, shared by the workbook and the PDF report. */
public final class RiskHeat {
    private RiskHeat() {
    }

    /** Open (not closed) risks per cell, {@code [p - 1][i - 1]}, by inherent or residual ratings. */
    public static int[][] count(Collection<Risk> risks, boolean residual) {
        int[][] counts = new int[5][5];
        for (Risk r : risks) {
            if (r.status() == RiskStatus.CLOSED) {
                continue;
            }
            int p = residual ? r.residualProbability() : r.probability();
            int i = residual ? r.residualImpact() : r.impact();
            counts[p - 1][i - 1]++;
        }
        return counts;
    }

    /** The band's colour, as the workbook's cells have it. */
    public static Color colour(ScoreBand band) {
        byte[] rgb = HeatMapCells.colour(band);
        return new Color(rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff);
    }
}
