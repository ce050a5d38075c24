package org.motive.rules;

import java.util.List;

/**
 * A compiled rule as its metadata describes it: {@code @id} (the signal it gives or the verdict row
 * it is), {@code @title}, and {@code @evidenceFrom} (the signals whose evidence shows a derived one).
 *
 * @param source the rule's package and name, to point at it in an error
 */
public record RuleInfo(String source, String id, String title, List<String> evidenceFrom) {

    public RuleInfo {
        evidenceFrom = List.copyOf(evidenceFrom);
    }
}
