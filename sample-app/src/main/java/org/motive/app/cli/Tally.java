package org.motive.app.cli;

import java.util.EnumMap;
import java.util.Map;
import org.motive.model.Verdict;

/** How many requests got each verdict, and how many could not be decided. */
final class Tally {

    private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    private int errors;

    void decided(Verdict verdict) {
        verdicts.merge(verdict, 1, Integer::sum);
    }

    void failed() {
        errors++;
    }

    int count(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0);
    }

    int errors() {
        return errors;
    }

    int total() {
        return verdicts.values().stream().mapToInt(Integer::intValue).sum() + errors;
    }

    /** {@code 12 requests: 4 ACCEPT, 3 CLARIFY, 5 DECLINE, 0 errors}. */
    String summary() {
        int total = total();
        return total + (total == 1 ? " request: " : " requests: ")
                + count(Verdict.ACCEPT) + " ACCEPT, "
                + count(Verdict.CLARIFY) + " CLARIFY, "
                + count(Verdict.DECLINE) + " DECLINE, "
                + errors + (errors == 1 ? " error" : " errors");
    }
}
