package org.motive.analysis;

/**
 * The thresholds of the analysis, read from {@code pack.yaml} ({@code thresholds:}).
 *
 * @param maxMessageChars  longer messages are analysed up to this many characters, with a note
 * @param greetingTokens   a greeting counts only within the first tokens of the message
 * @param signoffTokens    a sign-off counts only within the last tokens of the message
 * @param recitalShare     share of the words in CV-recital sentences above which
 *                         {@code profile.recital} is given
 * @param defaultLanguage  the language to read a message in when none can be told
 */
public record AnalysisSettings(int maxMessageChars, int greetingTokens, int signoffTokens, double recitalShare,
                               String defaultLanguage) {

    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(100_000, 6, 14, 0.5, "en");
}
