package org.genaiplan.schedule;

/** An independent beta quantile for the tests: adaptive Simpson integration of the density and bisection. */
final class BetaReference {
    private BetaReference() {
    }

    static double quantile(double a, double b, double p) {
        double total = integral(a, b, 0, 1);
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (integral(a, b, 0, mid) / total < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double integral(double a, double b, double from, double to) {
        int steps = 20_000;
        double h = (to - from) / steps;
        double sum = f(a, b, from) + f(a, b, to);
        for (int i = 1; i < steps; i++) {
            sum += f(a, b, from + i * h) * (i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    private static double f(double a, double b, double x) {
        return Math.pow(x, a - 1) * Math.pow(1 - x, b - 1);
    }
}
