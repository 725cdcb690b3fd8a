package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatMapImageTest {

    @TempDir
    Path dir;

    private static Color at(BufferedImage img, int x, int y) {
        return new Color(img.getRGB(x, y));
    }

    /** A pixel near the top-left corner of a cell, away from the count. */
    private static Color cellColour(BufferedImage img, int p, int i) {
        return at(img, HeatMapImage.cellX(i) + 5, HeatMapImage.cellY(p) + 5);
    }

    private static boolean hasDarkInk(BufferedImage img, int p, int i) {
        int x0 = HeatMapImage.cellX(i) + HeatMapImage.CELL / 4;
        int y0 = HeatMapImage.cellY(p) + HeatMapImage.CELL / 4;
        for (int x = x0; x < x0 + HeatMapImage.CELL / 2; x++) {
            for (int y = y0; y < y0 + HeatMapImage.CELL / 2; y++) {
                Color c = at(img, x, y);
                if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void writesAPngWithCellsColouredByBandAndCountsDrawn() throws Exception {
        Plan plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        Risk red = plan.addRisk("Prompt injection");
        red.setProbability(4);
        red.setImpact(5);
        Risk red2 = plan.addRisk("Data poisoning");
        red2.setProbability(4);
        red2.setImpact(5);
        Risk closed = plan.addRisk("Old vendor risk");
        closed.setProbability(1);
        closed.setImpact(1);
        closed.setStatus(RiskStatus.CLOSED);
        int[][] counts = HeatMapImage.count(plan.risks(), false);
        assertThat(counts[3][4]).isEqualTo(2);
        assertThat(counts[0][0]).isZero();

        Path file = dir.resolve("heat.png");
        try (OutputStream out = Files.newOutputStream(file)) {
            HeatMapImage.writePng(counts, "Open risks (inherent)", out);
        }
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(HeatMapImage.WIDTH);
        assertThat(img.getHeight()).isEqualTo(HeatMapImage.HEIGHT);
        assertThat(cellColour(img, 1, 1)).isEqualTo(HeatMapImage.GREEN);
        assertThat(cellColour(img, 2, 2)).isEqualTo(HeatMapImage.GREEN);
        assertThat(cellColour(img, 1, 5)).isEqualTo(HeatMapImage.AMBER);
        assertThat(cellColour(img, 3, 3)).isEqualTo(HeatMapImage.AMBER);
        assertThat(cellColour(img, 3, 5)).isEqualTo(HeatMapImage.RED);
        assertThat(cellColour(img, 5, 5)).isEqualTo(HeatMapImage.RED);
        assertThat(hasDarkInk(img, 4, 5)).as("the count 2 is drawn in cell P4 x I5").isTrue();
        assertThat(hasDarkInk(img, 1, 1)).as("an empty cell shows no number").isFalse();
    }

    @Test
    void residualCountsUseTheResidualRatings() {
        Plan plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        Risk r = plan.addRisk("Hallucinated answers");
        r.setProbability(5);
        r.setImpact(4);
        r.setResidualProbability(2);
        r.setResidualImpact(3);
        assertThat(HeatMapImage.count(plan.risks(), true)[1][2]).isEqualTo(1);
        assertThat(HeatMapImage.count(plan.risks(), true)[4][3]).isZero();
        assertThat(HeatMapImage.png(HeatMapImage.count(plan.risks(), true), "Residual")).startsWith(0x89, 'P', 'N', 'G');
    }
}
