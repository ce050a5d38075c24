package org.motive.analysis;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which language a message is written in, cheapest first: the language's frequent words,
 * then which language's phrases match, and only then Lingua's statistical detector (restricted
 * to the pack's languages and a few neighbours, so that an unsupported language is reported
 * rather than misread). Lingua is loaded on first need: most messages never reach it.
 */
final class LanguageGuesser {

    /** Languages Lingua may also answer, so that a message in one of them is not forced into a supported one. */
    private static final List<String> NEIGHBOURS = List.of("es", "it", "pt", "nl");

    /** The answer: an ISO 639-1 code (null when nothing could be told) and how it was found. */
    record Guess(String language, String how) {
    }

    private final Map<String, Lexicon> lexicons;
    private final Set<String> detectable;
    private volatile LanguageDetector detector;

    LanguageGuesser(Map<String, Lexicon> lexicons) {
        this.lexicons = lexicons;
        Set<String> codes = new LinkedHashSet<>(lexicons.keySet());
        codes.addAll(NEIGHBOURS);
        this.detectable = codes;
    }

    Guess guess(Tokens tokens) {
        String best = null;
        int bestVotes = 0;
        int secondVotes = 0;
        for (Lexicon lexicon : lexicons.values()) {
            int votes = 0;
            for (int i = 0; i < tokens.size; i++) {
                if (lexicon.stopwords.contains(tokens.norm[i])) {
                    votes++;
                }
            }
            if (votes > bestVotes) {
                secondVotes = bestVotes;
                bestVotes = votes;
                best = lexicon.language();
            } else if (votes > secondVotes) {
                secondVotes = votes;
            }
        }
        if (bestVotes >= 2 && bestVotes >= 2 * secondVotes) {
            return new Guess(best, "frequent words");
        }
        if (tokens.words <= 12) {
            String byPhrases = byPhrases(tokens);
            if (byPhrases != null) {
                return new Guess(byPhrases, "phrases");
            }
        }
        String detected = detect(tokens.text);
        if (detected != null) {
            return new Guess(detected, "detector");
        }
        return new Guess(bestVotes > secondVotes ? best : null, "frequent words");
    }

    /** The one language whose phrases cover the most tokens, or null on a tie. */
    private String byPhrases(Tokens tokens) {
        String best = null;
        int bestCovered = 0;
        boolean tie = false;
        for (Lexicon lexicon : lexicons.values()) {
            boolean[] covered = new boolean[tokens.size];
            for (PhraseIndex.Match m : lexicon.phrases.match(tokens)) {
                for (int k = m.first(); k <= m.last(); k++) {
                    covered[k] = true;
                }
            }
            int count = 0;
            for (boolean c : covered) {
                count += c ? 1 : 0;
            }
            if (count > bestCovered) {
                best = lexicon.language();
                bestCovered = count;
                tie = false;
            } else if (count == bestCovered && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private String detect(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 12; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        if (letters < 12) {
            return null;
        }
        LanguageDetector d = detector();
        if (d == null) {
            return null;
        }
        Language language = d.detectLanguageOf(text.length() > 2000 ? text.substring(0, 2000) : text);
        if (language == Language.UNKNOWN) {
            return null;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    List<Language> languages = new ArrayList<>();
                    for (String code : detectable) {
                        try {
                            languages.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))));
                        } catch (IllegalArgumentException unknownToLingua) {
                            // A pack language Lingua does not know is still told by its frequent words.
                        }
                    }
                    d = languages.size() < 2 ? null
                            : LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                                    .withLowAccuracyMode().build();
                    detector = d;
                }
            }
        }
        return d;
    }
}
