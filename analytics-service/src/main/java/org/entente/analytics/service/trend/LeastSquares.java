package org.entente.analytics.service.trend;

import java.util.List;

/** Ordinary least-squares slope of a series over its positions. */
public final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * The slope of the line best fitting {@code values} against their positions (0, 1, 2...), in units per
     * position. Null values are gaps: they are left out, the others keep their positions. Null when fewer than
     * two values are present.
     */
    public static Double slope(List<Double> values) {
        int n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int x = 0; x < values.size(); x++) {
            Double y = values.get(x);
            if (y != null) {
                n++;
                sumX += x;
                sumY += y;
            }
        }
        if (n < 2) {
            return null;
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < values.size(); x++) {
            Double y = values.get(x);
            if (y != null) {
                covariance += (x - meanX) * (y - meanY);
                variance += (x - meanX) * (x - meanX);
            }
        }
        return covariance / variance;
    }
}
