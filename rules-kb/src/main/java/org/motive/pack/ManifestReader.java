package org.motive.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
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

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ManifestReader() {
    }

    /** The shape of the file, with every value optional so that absence is reported by name. */
    private record Raw(String name, String version, String description, List<String> languages,
                       String defaultLanguage, RawThresholds thresholds, LinkedHashMap<String, List<String>> groups) {
    }

    private record RawThresholds(Integer longMessageWords, Integer maxMessageChars, Integer greetingTokens,
                                 Integer signoffTokens, Double recitalShare) {
    }

    public static PackManifest read(byte[] yaml) throws PackException {
        if (new String(yaml, StandardCharsets.UTF_8).isBlank()) {
            throw new PackException(List.of(FILE + ": empty; it needs at least name, version and languages"));
        }
        Raw raw;
        try {
            raw = YAML.readValue(yaml, Raw.class);
        } catch (JsonProcessingException e) {
            throw new PackException(List.of(FILE + describe(e)));
        } catch (IOException e) {
            throw new PackException(List.of(FILE + ": " + e.getMessage()));
        }
        if (raw == null) {
            throw new PackException(List.of(FILE + ": empty; it needs at least name, version and languages"));
        }
        List<String> problems = new ArrayList<>();
        String name = required(raw.name(), "name", problems);
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(at("name", "'" + name + "' must be letters, digits, '.', '_' or '-'"));
        }
        String version = required(raw.version(), "version", problems);
        if (version != null && !VERSION.matcher(version).matches()) {
            problems.add(at("version", "'" + version + "' is not a version such as 1.0.0"));
        }
        List<String> languages = raw.languages() == null ? List.of() : raw.languages();
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
        String defaultLanguage = raw.defaultLanguage() == null && !languages.isEmpty() ? languages.get(0)
                : raw.defaultLanguage();
        if (defaultLanguage != null && !languages.isEmpty() && !languages.contains(defaultLanguage)) {
            problems.add(at("defaultLanguage", "'" + defaultLanguage + "' is not one of the pack's languages " + languages));
        }
        Thresholds thresholds = thresholds(raw.thresholds(), problems);
        Map<String, List<String>> groups = groups(raw.groups(), problems);
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new PackManifest(name, version, raw.description(), languages, defaultLanguage, thresholds, groups);
    }

    private static Thresholds thresholds(RawThresholds raw, List<String> problems) {
        Thresholds d = Thresholds.DEFAULTS;
        if (raw == null) {
            return d;
        }
        int longWords = atLeast(raw.longMessageWords(), d.longMessageWords(), 1, "longMessageWords", problems);
        int maxChars = atLeast(raw.maxMessageChars(), d.maxMessageChars(), 1, "maxMessageChars", problems);
        int greeting = atLeast(raw.greetingTokens(), d.greetingTokens(), 0, "greetingTokens", problems);
        int signoff = atLeast(raw.signoffTokens(), d.signoffTokens(), 0, "signoffTokens", problems);
        double share = raw.recitalShare() == null ? d.recitalShare() : raw.recitalShare();
        if (share <= 0 || share > 1) {
            problems.add(at("thresholds.recitalShare", share + " must be above 0 and at most 1, e.g. 0.5"));
        }
        return new Thresholds(longWords, maxChars, greeting, signoff, share);
    }

    private static int atLeast(Integer value, int fallback, int min, String key, List<String> problems) {
        if (value == null) {
            return fallback;
        }
        if (value < min) {
            problems.add(at("thresholds." + key, value + " must be at least " + min));
        }
        return value;
    }

    private static Map<String, List<String>> groups(Map<String, List<String>> raw, List<String> problems) {
        Map<String, List<String>> groups = raw == null ? Map.of() : raw;
        for (String required : PackManifest.REQUIRED_GROUPS.stream().sorted().toList()) {
            if (!groups.containsKey(required)) {
                problems.add(at("groups", "the group '" + required + "' is required"));
            }
        }
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            if (!GROUP.matcher(group.getKey()).matches()) {
                problems.add(at("groups." + group.getKey(), "a group name is a word such as origin"));
            }
            if (group.getValue() == null || group.getValue().isEmpty()) {
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

    /** " at thresholds.recitalShare: ..." from a Jackson error, or " (line 3): ..." for a syntax error. */
    static String describe(JsonProcessingException e) {
        String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException)) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String why;
            if (e instanceof UnrecognizedPropertyException unknown) {
                why = "unknown key '" + unknown.getPropertyName() + "'; known keys: "
                        + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                        .collect(Collectors.joining(", "));
            } else if (e instanceof InvalidFormatException format) {
                why = "'" + format.getValue() + "' is not " + expected(format.getTargetType());
            } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                why = "expected " + expected(mismatch.getTargetType());
            } else {
                why = firstLine(e.getOriginalMessage());
            }
            // The parser has often read ahead of the faulty key by then, so its line would mislead.
            return " at " + path + ": " + why;
        }
        return line + ": " + firstLine(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list such as [a, b]";
        }
        return "a mapping of keys to values";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
