package org.motive.pack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers of {@code pack.yaml} ({@code thresholds:}). Every one may be left out for its default.
 *
 * @param longMessageWords more words than this give {@code length.long}
 * @param maxMessageChars  longer messages are analysed up to this many characters
 * @param greetingTokens   a greeting counts only within the first tokens of the message
 * @param signoffTokens    a sign-off counts only within the last tokens of the message
 * @param recitalShare     share of the words in CV-recital sentences above which {@code profile.recital} is given
 */
public record Thresholds(int longMessageWords, int maxMessageChars, int greetingTokens, int signoffTokens,
                         double recitalShare) {

    public static final Thresholds DEFAULTS = new Thresholds(200, 100_000, 6, 14, 0.5);

    /** Every threshold by its YAML name, as the rules read them. */
    public Map<String, Double> byName() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("longMessageWords", (double) longMessageWords);
        values.put("maxMessageChars", (double) maxMessageChars);
        values.put("greetingTokens", (double) greetingTokens);
        values.put("signoffTokens", (double) signoffTokens);
        values.put("recitalShare", recitalShare);
        return values;
    }
}
