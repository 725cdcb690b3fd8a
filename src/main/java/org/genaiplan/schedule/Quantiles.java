package org.genaiplan.schedule;

import java.util.concurrent.ConcurrentHashMap;
import org.genaiplan.model.Distribution;

/**
 * The inverse distribution functions a risk analysis draws from: a value {@code u} in (0, 1) gives the
 * value with that cumulative probability. PERT-beta is read from a table of its standard shape (built once
 * per mode position, which is rounded to 0.1 % of the range, and interpolated linearly between 4,096
 * equal steps of probability); triangular, uniform and lognormal are closed forms.
 */
public final class Quantiles {
    private static final int STEPS = 4096;
    private static final int GRID = 16384;
    private static final ConcurrentHashMap<Integer, double[]> BETA_TABLES = new ConcurrentHashMap<>();
    /** The standard normal 95th percentile. */
    static final double Z95 = 1.6448536269514722;

    private final Distribution shape;
    private final double low;
    private final double likely;
    private final double high;
    private final double[] table;
    private final double mu;
    private final double sigma;

    public Quantiles(Distribution shape, double low, double likely, double high) {
        if (!(low <= likely && likely <= high)) {
            throw new IllegalArgumentException("three points out of order: " + low + ", " + likely + ", " + high);
        }
        this.shape = shape;
        this.low = low;
        this.likely = likely;
        this.high = high;
        double range = high - low;
        this.table = shape == Distribution.PERT && range > 0 ? betaTable((likely - low) / range) : null;
        if (shape == Distribution.LOGNORMAL && likely > 0 && high > likely) {
            // mode = exp(mu - sigma^2) = likely, P95 = exp(mu + Z95 sigma) = high
            double gap = Math.log(high / likely);
            sigma = (-Z95 + Math.sqrt(Z95 * Z95 + 4 * gap)) / 2;
            mu = Math.log(likely) + sigma * sigma;
        } else {
            sigma = 0;
            mu = likely > 0 ? Math.log(likely) : 0;
        }
    }

    public double quantile(double u) {
        double range = high - low;
        if (range <= 0) {
            return likely;
        }
        return switch (shape) {
            case PERT -> {
                double x = u * STEPS;
                int i = (int) x;
                if (i >= STEPS) {
                    yield high;
                }
                double f = x - i;
                yield low + range * (table[i] + f * (table[i + 1] - table[i]));
            }
            case TRIANGULAR -> {
                double c = (likely - low) / range;
                yield u < c ? low + Math.sqrt(u * range * (likely - low))
                        : high - Math.sqrt((1 - u) * range * (high - likely));
            }
            case UNIFORM -> low + u * range;
            case LOGNORMAL -> sigma == 0 ? likely : Math.exp(mu + sigma * inverseNormal(u));
        };
    }

    /** The mean of the distribution (PERT: (o + 4m + p) / 6). */
    public double mean() {
        return switch (shape) {
            case PERT -> (low + 4 * likely + high) / 6;
            case TRIANGULAR -> (low + likely + high) / 3;
            case UNIFORM -> (low + high) / 2;
            case LOGNORMAL -> sigma == 0 ? likely : Math.exp(mu + sigma * sigma / 2);
        };
    }

    /** Quantiles of the standard PERT-beta on [0, 1] with its mode at {@code mode}, at u = k / STEPS. */
    static double[] betaTable(double mode) {
        int key = (int) Math.round(mode * 1000);
        return BETA_TABLES.computeIfAbsent(key, k -> buildBeta(k / 1000.0));
    }

    private static double[] buildBeta(double mode) {
        double a = 1 + 4 * mode;
        double b = 1 + 4 * (1 - mode);
        double[] cdf = new double[GRID + 1];
        double prev = density(0, a, b);
        double h = 1.0 / GRID;
        // Simpson's rule on each grid step (midpoint evaluated), so the CDF is accurate to ~1e-12.
        for (int i = 1; i <= GRID; i++) {
            double x = i * h;
            double mid = density(x - h / 2, a, b);
            double cur = density(x, a, b);
            cdf[i] = cdf[i - 1] + h * (prev + 4 * mid + cur) / 6;
            prev = cur;
        }
        double total = cdf[GRID];
        double[] q = new double[STEPS + 1];
        int j = 0;
        for (int k = 0; k <= STEPS; k++) {
            double target = total * k / STEPS;
            while (j < GRID && cdf[j + 1] < target) {
                j++;
            }
            if (j >= GRID) {
                q[k] = 1;
                continue;
            }
            double span = cdf[j + 1] - cdf[j];
            double f = span > 0 ? (target - cdf[j]) / span : 0;
            q[k] = Math.min(1, Math.max(0, (j + f) * h));
        }
        q[0] = 0;
        q[STEPS] = 1;
        return q;
    }

    private static double density(double x, double a, double b) {
        if (x <= 0) {
            return a == 1 ? 1 : 0;
        }
        if (x >= 1) {
            return b == 1 ? 1 : 0;
        }
        return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x));
    }

    /** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
    public static double inverseNormal(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double plow = 0.02425;
        double x;
        if (p < plow) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - plow) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        return x;
    }
}
