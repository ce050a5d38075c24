package org.motive.model;

import java.util.List;

/**
 * One rule that fired on a request: the rule id (a signal name such as {@code origin.past}, or a
 * verdict row such as {@code origin-without-purpose}), its points, its severity, an explanation in
 * the request's language and the evidence in the message.
 */
public record Finding(String rule, double points, Severity severity, String title, String explanation,
                      List<Evidence> evidence) {

    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
