package dev.devflow.audit;

import us.springett.cvss.Cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * An advisory's severity and where it comes from: the score of its CVSS vector, computed by
 * the cvss-calculator library (v4.0 preferred over v3.x, as the newer assessment), else the
 * database's reviewed label. An advisory with neither counts as HIGH, so an unrated
 * vulnerability is never waved through as harmless.
 *
 * @param severity the rating
 * @param score    the CVSS base score, or null when there is no vector
 * @param basis    what the rating rests on: the vector, {@code GitHub reviewed: HIGH}, or {@code not rated}
 */
public record Rating(VulnerabilitySeverity severity, BigDecimal score, String basis) {

    static final String NOT_RATED = "not rated by the advisory; counted as HIGH";

    /** From the advisory's {@code severity} entries ({@code CVSS_V4}, {@code CVSS_V3}) and its label. */
    static Rating of(List<String> vectors, String label) {
        for (String prefix : List.of("CVSS:4.0/", "CVSS:3.1/", "CVSS:3.0/")) {
            for (String vector : vectors) {
                if (vector.startsWith(prefix)) {
                    Optional<BigDecimal> score = score(vector);
                    if (score.isPresent()) {
                        return new Rating(VulnerabilitySeverity.ofScore(score.get()), score.get(), vector);
                    }
                }
            }
        }
        return VulnerabilitySeverity.ofLabel(label).map(s -> new Rating(s, null, "reviewed label " + label.trim()))
                .orElseGet(() -> new Rating(VulnerabilitySeverity.HIGH, null, NOT_RATED));
    }

    /** {@code CRITICAL 10.0} or {@code HIGH}, as messages show it. */
    public String shown() {
        return score == null ? severity.name() : severity.name() + " " + score.toPlainString();
    }

    private static Optional<BigDecimal> score(String vector) {
        try {
            Cvss cvss = Cvss.fromVector(vector);
            if (cvss == null) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(cvss.calculateScore().getBaseScore()).setScale(1, RoundingMode.HALF_UP));
        } catch (RuntimeException e) {
            return Optional.empty(); // a vector the library cannot read: the label decides
        }
    }
}
