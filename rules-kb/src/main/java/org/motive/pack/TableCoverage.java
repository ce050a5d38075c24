package org.motive.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        List<String> signals = signalsOf(rows, vocabulary);
        if (signals.size() > MAX_SIGNALS) {
            return Optional.empty();
        }
        List<long[]> masks = masks(rows, signals, vocabulary);
        for (long present = 0; present < 1L << signals.size(); present++) {
            if (!matchesAny(present, masks)) {
                return Optional.of(signalsIn(present, signals));
            }
        }
        return Optional.empty();
    }

    /**
     * Warnings about rows that cannot do what they seem to: a row that no request can reach, since
     * every request it matches is decided by a row above it, and a row above that decides against
     * it (another verdict) on some requests while naming no signal the row below ignores, so that
     * it is not an exception placed above a general rule.
     * Each warning is paired with the index of the row it is about.
     */
    static List<Map.Entry<Integer, String>> warnings(List<VerdictRow> rows, Vocabulary vocabulary) {
        List<String> signals = signalsOf(rows, vocabulary);
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        if (signals.size() > MAX_SIGNALS) {
            return out;
        }
        List<long[]> masks = masks(rows, signals, vocabulary);
        boolean[] fires = new boolean[rows.size()];
        boolean[] matches = new boolean[rows.size()];
        long[][] overlap = new long[rows.size()][rows.size()];
        for (long[] row : overlap) {
            java.util.Arrays.fill(row, -1);
        }
        for (long present = 0; present < 1L << signals.size(); present++) {
            int first = -1;
            for (int r = 0; r < rows.size(); r++) {
                if (matches(present, masks.get(r))) {
                    matches[r] = true;
                    if (first < 0) {
                        first = r;
                        fires[r] = true;
                    } else if (overlap[first][r] < 0 && rows.get(first).verdict() != rows.get(r).verdict()) {
                        overlap[first][r] = present;
                    }
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            VerdictRow row = rows.get(r);
            if (!matches[r]) {
                out.add(Map.entry(r, "the row '" + row.id() + "' can never match: its conditions contradict each"
                        + " other (a signal both required and excluded); remove one of them"));
            } else if (!fires[r]) {
                out.add(Map.entry(r, "the row '" + row.id() + "' can never decide: every request it matches is"
                        + " decided by a row above it; move it up or narrow the rows above"));
            }
        }
        for (int first = 0; first < rows.size(); first++) {
            for (int r = first + 1; r < rows.size(); r++) {
                // A row above that names a signal the row below ignores is an exception to it, placed
                // there on purpose (a mass pitch is declined even with an origin and a purpose); only
                // rows that speak of the same signals and still disagree are worth a warning.
                boolean exception = !mentioned(rows.get(r), vocabulary).containsAll(mentioned(rows.get(first), vocabulary));
                if (overlap[first][r] >= 0 && fires[r] && !exception) {
                    out.add(Map.entry(r, "the rows '" + rows.get(first).id() + "' (" + rows.get(first).verdict()
                            + ") and '" + rows.get(r).id() + "' (" + rows.get(r).verdict()
                            + ") both match a request showing " + names(overlap[first][r], signals) + "; '"
                            + rows.get(first).id() + "' is above, so it decides: check that this is meant"));
                }
            }
        }
        return out;
    }

    private static Set<String> mentioned(VerdictRow row, Vocabulary vocabulary) {
        Set<String> signals = new LinkedHashSet<>();
        for (List<String> items : List.of(row.allOf(), row.anyOf(), row.noneOf())) {
            items.forEach(item -> signals.addAll(vocabulary.expand(item)));
        }
        return signals;
    }

    private static String names(long present, List<String> signals) {
        List<String> shown = signalsIn(present, signals);
        return shown.isEmpty() ? "no signal" : String.join(", ", shown);
    }

    /** The signals of one combination, a bit each. */
    private static List<String> signalsIn(long present, List<String> signals) {
        List<String> shown = new ArrayList<>();
        for (int bit = 0; bit < signals.size(); bit++) {
            if ((present & 1L << bit) != 0) {
                shown.add(signals.get(bit));
            }
        }
        return shown;
    }

    private static List<String> signalsOf(List<VerdictRow> rows, Vocabulary vocabulary) {
        Set<String> named = new LinkedHashSet<>();
        for (VerdictRow row : rows) {
            for (List<String> items : List.of(row.allOf(), row.anyOf(), row.noneOf())) {
                items.forEach(item -> named.addAll(vocabulary.expand(item)));
            }
        }
        return new ArrayList<>(named);
    }

    private static List<long[]> masks(List<VerdictRow> rows, List<String> signals, Vocabulary vocabulary) {
        List<long[]> masks = new ArrayList<>();
        for (VerdictRow row : rows) {
            long[] mask = new long[row.allOf().size() + 2];
            for (int i = 0; i < row.allOf().size(); i++) {
                mask[i] = mask(row.allOf().subList(i, i + 1), signals, vocabulary);
            }
            mask[mask.length - 2] = mask(row.anyOf(), signals, vocabulary);
            mask[mask.length - 1] = mask(row.noneOf(), signals, vocabulary);
            masks.add(mask);
        }
        return masks;
    }

    private static boolean matchesAny(long present, List<long[]> masks) {
        for (long[] mask : masks) {
            if (matches(present, mask)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(long present, long[] mask) {
        boolean matches = true;
        for (int i = 0; i < mask.length - 2 && matches; i++) {
            matches = (present & mask[i]) != 0;
        }
        long any = mask[mask.length - 2];
        long none = mask[mask.length - 1];
        return matches && (any == 0 || (present & any) != 0) && (present & none) == 0;
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
