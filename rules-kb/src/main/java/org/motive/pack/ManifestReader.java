package org.motive.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.motive.PackException;

/**
 * Reads {@code pack.yaml} into a {@link PackManifest}. Every problem names the YAML path
 * ({@code pack.yaml at thresholds.longMessageWords: ...}); an unknown key is a problem, since it is
 * most often a misspelt one whose value would silently be ignored.
 */
public final class ManifestReader {

    public static final String FILE = "pack.yaml";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-.+][A-Za-z0-9.-]+)?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern GROUP = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Reads the pack's YAML files as trees; a key given twice is an error. */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<String> KEYS = List.of("name", "version", "description", "languages",
            "defaultLanguage", "thresholds", "groups", "allowCode");
    private static final List<String> THRESHOLD_KEYS = List.of("longMessageWords", "maxMessageChars",
            "greetingTokens", "signoffTokens", "recitalShare");

    private ManifestReader() {
    }

    // Read as a tree and checked key by key, rather than bound to classes: the messages name the
    // YAML path in the author's words, and a JVM that has just started reads it several times faster.
    public static PackManifest read(byte[] yaml) throws PackException {
        if (new String(yaml, StandardCharsets.UTF_8).isBlank()) {
            throw new PackException(List.of(FILE + ": empty; it needs at least name, version and languages"));
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " (line " + e.getLocation().getLineNr() + ")";
            throw new PackException(List.of(FILE + line + ": " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new PackException(List.of(FILE + ": " + e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new PackException(List.of(FILE + ": empty; it needs at least name, version and languages"));
        }
        List<String> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new PackException(List.of(FILE + ": expected a mapping of keys to values, such as name: motive"));
        }
        unknownKeys(root, "", KEYS, problems);
        String name = required(text(root, "name", problems), "name", problems);
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(at("name", "'" + name + "' must be letters, digits, '.', '_' or '-'"));
        }
        String version = required(text(root, "version", problems), "version", problems);
        if (version != null && !VERSION.matcher(version).matches()) {
            problems.add(at("version", "'" + version + "' is not a version such as 1.0.0"));
        }
        String description = text(root, "description", problems);
        List<String> languages = texts(root.get("languages"), "languages", problems);
        if (languages.isEmpty()) {
            problems.add(at("languages", "at least one language is needed, e.g. [fr, en, de]"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                problems.add(at("languages[" + i + "]", "'" + language + "' is not a two-letter ISO 639-1 code such as fr"));
            } else if (!seen.add(language)) {
                problems.add(at("languages[" + i + "]", "'" + language + "' is listed twice"));
            }
        }
        String defaultLanguage = text(root, "defaultLanguage", problems);
        if (defaultLanguage == null && !languages.isEmpty()) {
            defaultLanguage = languages.get(0);
        }
        if (defaultLanguage != null && !languages.isEmpty() && !languages.contains(defaultLanguage)) {
            problems.add(at("defaultLanguage", "'" + defaultLanguage + "' is not one of the pack's languages " + languages));
        }
        boolean allowCode = false;
        JsonNode allow = root.get("allowCode");
        if (allow != null && !allow.isNull()) {
            if (allow.isBoolean()) {
                allowCode = allow.booleanValue();
            } else {
                problems.add(at("allowCode", "expected true or false"));
            }
        }
        Thresholds thresholds = thresholds(root.get("thresholds"), problems);
        Map<String, List<String>> groups = groups(root.get("groups"), problems);
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new PackManifest(name, version, description, languages, defaultLanguage, thresholds, groups,
                allowCode);
    }

    private static void unknownKeys(JsonNode node, String path, List<String> known, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(at(path + key, "unknown key '" + key + "'; known keys: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + Names.suggestion(key, known)));
            }
        }
    }

    private static String text(JsonNode parent, String key, List<String> problems) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(at(key, "expected a text"));
            return null;
        }
        return node.asText();
    }

    private static List<String> texts(JsonNode node, String path, List<String> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(at(path, "expected a list such as [a, b]"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual()) {
                out.add(item.asText());
            } else {
                problems.add(at(path + "[" + i + "]", "expected a text"));
            }
        }
        return out;
    }

    private static Thresholds thresholds(JsonNode raw, List<String> problems) {
        Thresholds d = Thresholds.DEFAULTS;
        if (raw == null || raw.isNull()) {
            return d;
        }
        if (!raw.isObject()) {
            problems.add(at("thresholds", "expected a mapping of keys to values, such as longMessageWords: 200"));
            return d;
        }
        unknownKeys(raw, "thresholds.", THRESHOLD_KEYS, problems);
        int longWords = atLeast(raw, d.longMessageWords(), 1, "longMessageWords", problems);
        int maxChars = atLeast(raw, d.maxMessageChars(), 1, "maxMessageChars", problems);
        int greeting = atLeast(raw, d.greetingTokens(), 0, "greetingTokens", problems);
        int signoff = atLeast(raw, d.signoffTokens(), 0, "signoffTokens", problems);
        double share = d.recitalShare();
        JsonNode shareNode = raw.get("recitalShare");
        if (shareNode != null && !shareNode.isNull()) {
            if (!shareNode.isNumber()) {
                problems.add(at("thresholds.recitalShare", "expected a number"));
            } else {
                share = shareNode.asDouble();
                if (share <= 0 || share > 1) {
                    problems.add(at("thresholds.recitalShare", share + " must be above 0 and at most 1, e.g. 0.5"));
                }
            }
        }
        return new Thresholds(longWords, maxChars, greeting, signoff, share);
    }

    private static int atLeast(JsonNode thresholds, int fallback, int min, String key, List<String> problems) {
        JsonNode node = thresholds.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(at("thresholds." + key, "expected a whole number"));
            return fallback;
        }
        int value = node.intValue();
        if (value < min) {
            problems.add(at("thresholds." + key, value + " must be at least " + min));
        }
        return value;
    }

    private static Map<String, List<String>> groups(JsonNode raw, List<String> problems) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (raw != null && !raw.isNull() && !raw.isObject()) {
            problems.add(at("groups", "expected a mapping of group names to lists of signals"));
        } else if (raw != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> group = it.next();
                groups.put(group.getKey(), texts(group.getValue(), "groups." + group.getKey(), problems));
            }
        }
        for (String required : PackManifest.REQUIRED_GROUPS.stream().sorted().toList()) {
            if (!groups.containsKey(required)) {
                problems.add(at("groups", "the group '" + required + "' is required"));
            }
        }
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            if (!GROUP.matcher(group.getKey()).matches()) {
                problems.add(at("groups." + group.getKey(), "a group name is a word such as origin"));
            }
            if (group.getValue().isEmpty()) {
                problems.add(at("groups." + group.getKey(), "a group needs at least one signal"));
            }
        }
        return groups;
    }

    private static String required(String value, String key, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(at(key, "required"));
            return null;
        }
        return value.strip();
    }

    private static String at(String path, String message) {
        return FILE + " at " + path + ": " + message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
