package org.motive.pack;

import java.util.Collection;
import java.util.regex.Pattern;

/** The shapes of the names a pack uses, and a "did you mean" for the misspelt ones. */
final class Names {

    /** {@code origin.past}, {@code crm.knownContact}. */
    static final Pattern SIGNAL = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
    /** {@code no-origin-no-purpose}: row ids and reply keys. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** {@code origin}, {@code concision}: what a request may lack. */
    static final Pattern WORD = Pattern.compile("[a-z][A-Za-z0-9]*");

    private Names() {
    }

    /** " (did you mean 'origin.past'?)" when a known name is one or two edits away, else "". */
    static String suggestion(String name, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
