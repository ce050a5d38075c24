package org.motive.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Cuts text into word tokens and normalises each one the same way for messages and for lexicon
 * phrases: Unicode word boundaries (UAX #29), French and Italian elisions removed, lower case,
 * accents and ligatures folded to ASCII. Offsets stay those of the original text, so evidence
 * spans slice the message exactly. Lucene's analysers reuse their components per thread, which
 * keeps this cheap enough to run on every request.
 */
final class Normalizer {

    /** Elided articles and pronouns of French and Italian: "j'ai" reads "ai", "l'article" reads "article". */
    private static final CharArraySet ELISIONS = new CharArraySet(Arrays.asList(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
            "un", "dell", "dall", "nell", "sull", "all", "quest", "quell"), true);

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, ELISIONS);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private Normalizer() {
    }

    /** Receives each token: its normalised form, its offsets in the text and whether it is a word. */
    interface TokenSink {
        void token(String normalized, int start, int end, boolean word);
    }

    static void tokenize(String text, TokenSink sink) {
        try (TokenStream stream = ANALYZER.tokenStream("message", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.token(term.toString(), offset.startOffset(), offset.endOffset(), !EMOJI.equals(type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The normalised tokens of a short text, such as one word of a phrase. */
    static java.util.List<String> normalize(String text) {
        java.util.List<String> out = new java.util.ArrayList<>(2);
        tokenize(text, (normalized, start, end, word) -> out.add(normalized));
        return out;
    }
}
