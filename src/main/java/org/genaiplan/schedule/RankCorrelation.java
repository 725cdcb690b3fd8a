package org.genaiplan.schedule;

import java.util.SplittableRandom;

/**
 * The Iman-Conover method (1982): induces a chosen rank correlation among k variables without changing
 * their distributions. Van der Waerden scores are shuffled into k columns, their sample correlation E is
 * removed and the target C put in ({@code T = S (P Q^-1)^T} with C = P P^T and E = Q Q^T, Cholesky), and
 * each variable's draws are then arranged in the rank order of its column of T.
 */
final class RankCorrelation {
    private RankCorrelation() {
    }

    /** For each of k variables, the rank (0..n-1) its draw takes at each iteration; every pair correlates by rho. */
    static int[][] ranks(int k, int n, double rho, SplittableRandom random) {
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = Quantiles.inverseNormal((i + 1.0) / (n + 1));
        }
        double[][] s = new double[k][n];
        for (int c = 0; c < k; c++) {
            double[] col = s[c];
            System.arraycopy(scores, 0, col, 0, n);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = col[i];
                col[i] = col[j];
                col[j] = t;
            }
        }
        double[][] e = new double[k][k];
        java.util.stream.IntStream.range(0, k).parallel().forEach(a -> {
            for (int b = 0; b <= a; b++) {
                double sum = 0;
                double[] sa = s[a];
                double[] sb = s[b];
                for (int i = 0; i < n; i++) {
                    sum += sa[i] * sb[i];
                }
                e[a][b] = sum;
            }
        });
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                e[b][a] = e[a][b];
            }
        }
        double[][] target = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                target[a][b] = a == b ? e[a][a] : rho * Math.sqrt(e[a][a] * e[b][b]);
            }
        }
        // scores have the same variance in every column, so scaling C by it keeps the shape
        double[][] p = cholesky(target);
        double[][] q = cholesky(e);
        double[][] b = multiply(p, invertLower(q));
        int[][] ranks = new int[k][];
        java.util.stream.IntStream.range(0, k).parallel().forEach(c -> {
            double[] t = new double[n];
            for (int m = 0; m <= c; m++) {
                double w = b[c][m];
                double[] sm = s[m];
                for (int i = 0; i < n; i++) {
                    t[i] += w * sm[i];
                }
            }
            int[] order = Draws.sortedIndex(t);
            int[] r = new int[n];
            for (int rank = 0; rank < n; rank++) {
                r[order[rank]] = rank;
            }
            ranks[c] = r;
        });
        return ranks;
    }

    static double[][] cholesky(double[][] a) {
        int k = a.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int m = 0; m < j; m++) {
                    sum -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalArgumentException("correlation matrix not positive definite");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    static double[][] invertLower(double[][] l) {
        int k = l.length;
        double[][] inv = new double[k][k];
        for (int i = 0; i < k; i++) {
            inv[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double sum = 0;
                for (int m = j; m < i; m++) {
                    sum -= l[i][m] * inv[m][j];
                }
                inv[i][j] = sum / l[i][i];
            }
        }
        return inv;
    }

    /** Product of two lower-triangular matrices (lower-triangular). */
    static double[][] multiply(double[][] a, double[][] b) {
        int k = a.length;
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int m = j; m <= i; m++) {
                    sum += a[i][m] * b[m][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }
}
