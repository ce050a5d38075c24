package org.motive.analysis;

import java.util.List;
import org.motive.model.ContactRequest;

/** Turns a request's message into the signals of the policy, with evidence. Thread-safe. */
public final class TextAnalyzer {

    private final List<Lexicon> lexicons;
    private final AnalysisSettings settings;

    private TextAnalyzer(List<Lexicon> lexicons, AnalysisSettings settings) {
        this.lexicons = List.copyOf(lexicons);
        this.settings = settings;
    }

    public static TextAnalyzer create(List<Lexicon> lexicons, AnalysisSettings settings) {
        return new TextAnalyzer(lexicons, settings);
    }

    public Analysis analyze(ContactRequest request) {
        // Placeholder until the matcher lands: no signals.
        String lang = request.language() == null ? settings.defaultLanguage() : request.language();
        return new Analysis(lang, lang, Register.UNKNOWN, request.message().split("\\s+").length, List.of(), List.of());
    }
}
