package org.motive.pack;

import java.util.List;
import org.motive.model.Verdict;

/**
 * One row of the verdict table. A row matches a request that shows every item of {@code allOf}, at
 * least one of {@code anyOf} (when given) and none of {@code noneOf}; an item is a signal or a group
 * of signals (a group is present when any of its signals is). The first row that matches decides.
 *
 * @param missing what the request lacks, for the reply ({@code origin}, {@code purpose}, ...)
 * @param reply   the reply template key, or null for no reply
 */
public record VerdictRow(String id, List<String> allOf, List<String> anyOf, List<String> noneOf, Verdict verdict,
                         List<String> missing, String reply) {

    public VerdictRow {
        allOf = List.copyOf(allOf);
        anyOf = List.copyOf(anyOf);
        noneOf = List.copyOf(noneOf);
        missing = List.copyOf(missing);
    }
}
