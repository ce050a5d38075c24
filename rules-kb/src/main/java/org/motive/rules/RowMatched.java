package org.motive.rules;

/** Inserted by the verdict row that matched first; its presence stops every later row. */
public record RowMatched(String id) {
}
