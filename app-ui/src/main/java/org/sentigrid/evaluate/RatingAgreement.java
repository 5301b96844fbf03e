package org.sentigrid.evaluate;

/**
 * How compound scores agree with numeric human ratings.
 *
 * @param n          the pairs
 * @param pearson    Pearson's r, with its 95% interval
 * @param spearman   Spearman's rho, with its 95% interval (the same Fisher z)
 * @param intercept  the least-squares line rating = intercept + slope * compound
 * @param mae        the mean absolute error of that line's ratings, in the ratings' units
 */
public record RatingAgreement(int n, double pearson, Correlation.Interval pearson95, double spearman,
                              Correlation.Interval spearman95, double intercept, double slope, double mae) {

    /** @param compound each row's compound; {@code gold} the rating of the same row */
    public static RatingAgreement of(double[] compound, double[] gold) {
        int n = compound.length;
        double pearson = Correlation.pearson(compound, gold);
        double spearman = Correlation.spearman(compound, gold);
        double meanX = n == 0 ? Double.NaN : Correlation.mean(compound);
        double meanY = n == 0 ? Double.NaN : Correlation.mean(gold);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (compound[i] - meanX) * (gold[i] - meanY);
            sxx += (compound[i] - meanX) * (compound[i] - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx; // compound that does not vary predicts the mean rating
        double intercept = meanY - slope * meanX;
        double error = 0;
        for (int i = 0; i < n; i++) {
            error += Math.abs(gold[i] - (intercept + slope * compound[i]));
        }
        return new RatingAgreement(n, pearson, Correlation.interval95(pearson, n), spearman,
                Correlation.interval95(spearman, n), intercept, slope, n == 0 ? Double.NaN : error / n);
    }
}
