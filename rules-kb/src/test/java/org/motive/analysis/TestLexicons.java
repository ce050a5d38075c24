package org.motive.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Lexicons for tests: small hand-written ones, or the built-in pack's. */
final class TestLexicons {

    private TestLexicons() {
    }

    static TextAnalyzer small() {
        return analyzer("lexicons-test/lexicons/", List.of("en", "fr", "de"), null);
    }

    static TextAnalyzer builtIn() {
        return analyzer("motive/pack/lexicons/", builtInLanguages(), "motive/pack/lexicons/common.yaml");
    }

    static List<String> builtInLanguages() {
        List<String> out = new ArrayList<>();
        for (String lang : List.of("fr", "en", "de")) {
            if (TestLexicons.class.getClassLoader().getResource("motive/pack/lexicons/" + lang + ".yaml") != null) {
                out.add(lang);
            }
        }
        return out;
    }

    static TextAnalyzer analyzer(String folder, List<String> languages, String common) {
        List<Lexicon> lexicons = new ArrayList<>();
        byte[] commonBytes = common == null ? null : bytes(common);
        for (String lang : languages) {
            try {
                lexicons.add(Lexicon.parse("lexicons/" + lang + ".yaml", bytes(folder + lang + ".yaml"), commonBytes));
            } catch (LexiconException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return TextAnalyzer.create(lexicons, AnalysisSettings.DEFAULTS);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestLexicons.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
