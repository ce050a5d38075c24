package org.motive.explain;

/**
 * How a verdict row is shown: a title, a summary of the decision, and a hint, one sentence saying
 * what would change the verdict.
 */
public record RowText(String title, String summary, String hint) {
}
