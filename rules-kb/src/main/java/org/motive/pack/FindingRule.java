package org.motive.pack;

import org.motive.model.Severity;

/**
 * One row of {@code tables/findings.csv}: when a request shows {@code signal}, the finding counts
 * {@code points} towards the score and weighs {@code severity} in the explanation.
 */
public record FindingRule(String signal, double points, Severity severity) {
}
