package org.motive.analysis;

/**
 * Something the analysis could not do as usual, reported as a warning finding rather than an
 * error: {@code language.unsupported}, {@code language.undetermined}, {@code message.truncated},
 * {@code message.binary}.
 */
public record Note(String rule, String detail) {
}
