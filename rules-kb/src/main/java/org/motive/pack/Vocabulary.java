package org.motive.pack;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a verdict table may use, taken from the other files of the pack: the signals of
 * {@code tables/findings.csv}, the groups of {@code pack.yaml}, and the missing items and reply
 * templates that {@code replies/<lang>.yaml} can put into words.
 */
record Vocabulary(Set<String> signals, Map<String, List<String>> groups, Set<String> missingItems,
                  Set<String> replies) {

    Vocabulary {
        signals = Set.copyOf(signals);
        groups = Map.copyOf(groups);
        missingItems = Set.copyOf(missingItems);
        replies = Set.copyOf(replies);
    }

    /** The signals an item stands for: itself, or the members of the group it names. */
    List<String> expand(String item) {
        return groups.containsKey(item) ? groups.get(item) : List.of(item);
    }
}
