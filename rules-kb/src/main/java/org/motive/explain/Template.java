package org.motive.explain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders. A placeholder without a value disappears with the white space
 * before it, so "Kind regards,\n{recipientFirstName}" reads "Kind regards," when the name is unknown.
 */
final class Template {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private Template() {
    }

    static String render(String text, Map<String, String> values) {
        int open = text.indexOf('{');
        if (open < 0) {
            return text;
        }
        // One pass, no regex: this runs for every finding of every decision.
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        while (open >= 0) {
            int close = open + 1;
            while (close < text.length() && isNameChar(text.charAt(close))) {
                close++;
            }
            if (close == open + 1 || close >= text.length() || text.charAt(close) != '}') {
                open = text.indexOf('{', open + 1);
                continue;
            }
            String value = values.get(text.substring(open + 1, close));
            int spaceStart = open;
            while (spaceStart > copied && Character.isWhitespace(text.charAt(spaceStart - 1))) {
                spaceStart--;
            }
            if (value == null || value.isEmpty()) {
                out.append(text, copied, spaceStart);
            } else {
                out.append(text, copied, open).append(value);
            }
            copied = close + 1;
            open = text.indexOf('{', copied);
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
