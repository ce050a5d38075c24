package org.motive.explain;

import java.util.Collection;
import java.util.Map;

/** The {@link Replies} of every language of a pack; a language without its own reads the default one. */
public final class Explanations {

    private final Map<String, Replies> byLanguage;
    private final Replies fallback;

    public Explanations(Map<String, Replies> byLanguage, String defaultLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.fallback = byLanguage.get(defaultLanguage);
        if (fallback == null) {
            throw new IllegalArgumentException("no replies for the default language " + defaultLanguage);
        }
    }

    public Replies in(String language) {
        return language == null ? fallback : byLanguage.getOrDefault(language, fallback);
    }

    public Collection<Replies> all() {
        return byLanguage.values();
    }
}
