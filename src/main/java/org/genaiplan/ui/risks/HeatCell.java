package org.genaiplan.ui.risks;

/** One cell of the 5 x 5 heat map: a probability and an impact rating, 1 to 5 each. */
public record HeatCell(int probability, int impact) {
    public HeatCell {
        if (probability < 1 || probability > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("heat map cells run 1..5: " + probability + "x" + impact);
        }
    }

    public int score() {
        return probability * impact;
    }
}
