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
    private static final Pattern WITH_SPACE = Pattern.compile("\\s*\\{([A-Za-z]+)}");

    private Template() {
    }

    static String render(String text, Map<String, String> values) {
        Matcher matcher = WITH_SPACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            String replacement;
            if (value == null || value.isEmpty()) {
                replacement = "";
            } else {
                String found = matcher.group();
                replacement = found.substring(0, found.indexOf('{')) + value;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
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
