package org.motive.model;

import java.time.Instant;
import java.util.List;

/**
 * The explained answer to one request: the verdict, the rule that decided it, every finding with
 * its evidence, what is missing, one sentence on what would change the verdict ({@code hint}), a
 * reply draft, and the exact rule set ({@code rulesVersion}) that decided, so that the decision can
 * be audited later on its own.
 */
public record Decision(String requestId, Verdict verdict, String decidedBy, double score, String language,
                       String summary, String hint, List<Finding> findings, List<String> missing, String reply,
                       SignalSummary signals, String rulesVersion, Instant decidedAt, ContactRequest request) {

    public Decision {
        findings = findings == null ? List.of() : List.copyOf(findings);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** The finding of the given rule id, or null. */
    public Finding finding(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElse(null);
    }
}
