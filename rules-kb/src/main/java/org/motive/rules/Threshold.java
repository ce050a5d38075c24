package org.motive.rules;

/**
 * One threshold of {@code pack.yaml} ({@code longMessageWords = 200}), inserted as a fact so that
 * rules read the pack's values instead of constants.
 */
public record Threshold(String name, double value) {
}
