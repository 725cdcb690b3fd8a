package org.genaiplan.model;

/** Band of a probability x impact score: green 1-4, amber 5-14, red 15-25. */
public enum ScoreBand {
    GREEN, AMBER, RED;

    public static ScoreBand of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("a risk score is 1..25, not " + score);
        }
        return score <= 4 ? GREEN : score <= 14 ? AMBER : RED;
    }
}
