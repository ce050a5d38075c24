package org.motive.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that some row of a verdict table matches every request, by trying every combination of
 * the signals the table names (signals treated as independent, which can only find more gaps than
 * there are). Tables that name too many signals to try them all are not checked.
 */
final class TableCoverage {

    /** 2^20 combinations, a few milliseconds. */
    private static final int MAX_SIGNALS = 20;

    private TableCoverage() {
    }

    /** The signals of a request that no row matches, or empty when every request is matched. */
    static Optional<List<String>> uncovered(List<VerdictRow> rows, Vocabulary vocabulary) {
        Set<String> named = new LinkedHashSet<>();
        for (VerdictRow row : rows) {
            for (List<String> items : List.of(row.allOf(), row.anyOf(), row.noneOf())) {
                items.forEach(item -> named.addAll(vocabulary.expand(item)));
            }
        }
        List<String> signals = new ArrayList<>(named);
        if (signals.size() > MAX_SIGNALS) {
            return Optional.empty();
        }
        List<long[]> masks = new ArrayList<>(); // per row: all-of masks..., then any-of mask, none-of mask
        for (VerdictRow row : rows) {
            long[] mask = new long[row.allOf().size() + 2];
            for (int i = 0; i < row.allOf().size(); i++) {
                mask[i] = mask(row.allOf().subList(i, i + 1), signals, vocabulary);
            }
            mask[mask.length - 2] = mask(row.anyOf(), signals, vocabulary);
            mask[mask.length - 1] = mask(row.noneOf(), signals, vocabulary);
            masks.add(mask);
        }
        for (long present = 0; present < 1L << signals.size(); present++) {
            if (!matchesAny(present, masks)) {
                List<String> shown = new ArrayList<>();
                for (int bit = 0; bit < signals.size(); bit++) {
                    if ((present & 1L << bit) != 0) {
                        shown.add(signals.get(bit));
                    }
                }
                return Optional.of(shown);
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAny(long present, List<long[]> masks) {
        for (long[] mask : masks) {
            boolean matches = true;
            for (int i = 0; i < mask.length - 2 && matches; i++) {
                matches = (present & mask[i]) != 0;
            }
            long any = mask[mask.length - 2];
            long none = mask[mask.length - 1];
            if (matches && (any == 0 || (present & any) != 0) && (present & none) == 0) {
                return true;
            }
        }
        return false;
    }

    private static long mask(List<String> items, List<String> signals, Vocabulary vocabulary) {
        long mask = 0;
        for (String item : items) {
            for (String signal : vocabulary.expand(item)) {
                mask |= 1L << signals.indexOf(signal);
            }
        }
        return mask;
    }
}
