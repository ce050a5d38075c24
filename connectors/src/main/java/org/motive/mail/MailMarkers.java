package org.motive.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The markers of quoted replies, signatures and footers, read from {@code mail-markers.yaml} so
 * that a language adds lines, not code.
 */
record MailMarkers(List<Pattern> replyHeaders, List<Pattern> headerBlockFirst, List<Pattern> headerBlockThen,
                   List<Pattern> signatureSeparators, List<Pattern> footers, List<String> htmlQuotes) {

    private static final String RESOURCE = "mail-markers.yaml";

    static final MailMarkers BUILT_IN = load();

    private static MailMarkers load() {
        try (InputStream in = MailMarkers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the connectors jar");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Object> block = map(root, "headerBlock");
            return new MailMarkers(patterns(root, "replyHeaders"), patterns(block, "first"),
                    patterns(block, "then"), patterns(root, "signatureSeparators"), patterns(root, "footers"),
                    strings(root, "htmlQuotes"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    static boolean anyMatches(List<Pattern> patterns, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Pattern pattern : patterns) {
            if (pattern.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean anyFinds(List<Pattern> patterns, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Pattern pattern : patterns) {
            if (pattern.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalStateException(key + " must be a map");
        }
        return (Map<String, Object>) value;
    }

    static List<String> strings(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(key + " must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    /**
     * The markers of a list, compiled to match a line in lower case: comparing without case
     * folding is several times faster, and every line of every message goes through them.
     */
    static List<Pattern> patterns(Map<String, Object> parent, String key) {
        List<String> regexes = strings(parent, key);
        for (String regex : regexes) {
            // Escapes such as \S or \W are upper case on purpose; any other capital could never match.
            if (regex.replaceAll("\\\\.", "").chars().anyMatch(Character::isUpperCase)) {
                throw new IllegalStateException(RESOURCE + " at " + key + ": '" + regex
                        + "' has a capital letter; write markers in lower case, lines are compared in lower case");
            }
            Pattern.compile(regex); // each one on its own first, so that an error names it
        }
        // One alternation per list: a line is scanned once instead of once per marker.
        return regexes.isEmpty() ? List.of()
                : List.of(Pattern.compile(regexes.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|"))));
    }
}
