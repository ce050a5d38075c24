package org.motive.pack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.motive.analysis.AnalysisSettings;

/**
 * What {@code pack.yaml} says: the pack's name and version, its languages, its thresholds, and the
 * groups of signals that the decision table may name as one ({@code origin}, {@code purpose}).
 */
public record PackManifest(String name, String version, String description, List<String> languages,
                           String defaultLanguage, Thresholds thresholds, Map<String, List<String>> groups,
                           boolean allowCode) {

    /** The groups every pack must define: the decision summary lists their members. */
    public static final Set<String> REQUIRED_GROUPS = Set.of("origin", "purpose");

    public PackManifest {
        languages = List.copyOf(languages);
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    public List<String> group(String groupName) {
        return groups.getOrDefault(groupName, List.of());
    }

    public AnalysisSettings analysisSettings() {
        return new AnalysisSettings(thresholds.maxMessageChars(), thresholds.greetingTokens(),
                thresholds.signoffTokens(), thresholds.recitalShare(), defaultLanguage);
    }
}
