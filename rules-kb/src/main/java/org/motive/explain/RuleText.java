package org.motive.explain;

/** How a rule is shown: a short title and one sentence saying what it found. */
public record RuleText(String title, String explanation) {
}
